// Participants are vulnerable citizens: Puljestyr never stores a CPR number (DOMAIN.md, "Personal
// data"). Minutes are free text, so every text field of a meeting is checked before it is saved.

/** A CPR number: DDMMYY-NNNN (or without the dash) whose first six digits are a real date. */
const CPR = /(?<!\d)(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?!\d)/g

export function containsCpr(text: string): boolean {
  for (const m of text.matchAll(CPR)) {
    const day = Number(m[1])
    const month = Number(m[2])
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true
  }
  return false
}
