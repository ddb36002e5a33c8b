// Used by every domain that stores free text about citizens (participants, meetings).
// Puljestyr never stores a CPR number (docs/domain.md rule 14 «Personal data»). A text "looks like
// a CPR number" when it holds DDMMYY-NNNN or ten digits in a row (also with a space for the dash)
// whose first six digits are a real date, the century given by the 7th digit and the year as the
// CPR rules say:   7th digit 0–3: 1900–1999; 4 and 9: 2000–2036 for YY 00–36, else 1937–1999; 5–8:
// 2000–2057 for YY 00–57, else 1858–1899. The modulus-11 check is not used: CPR numbers issued
// since 2007 need not pass it.

const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\s\u2010-\u2013]?(\d)(\d{3})(?!\d)/g

export function centuryOf(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900
  return yy <= 57 ? 2000 : 1800
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const d = new Date(Date.UTC(2000, month - 1, day))
  d.setUTCFullYear(year)
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** True when the digits form a CPR number with a valid birth date. */
function isCprLike(dd: string, mm: string, yy: string, seventh: string): boolean {
  const year = centuryOf(Number(yy), Number(seventh)) + Number(yy)
  return isRealDate(year, Number(mm), Number(dd))
}

/** Six digits in a row: every candidate has them (a cheap first test; most cells have none). */
const SIX_DIGITS = /\d{6}/

/** True when `text` contains something that looks like a CPR number anywhere in it. */
export function containsCpr(text: string | null | undefined): boolean {
  if (!text || text.length < 10 || !SIX_DIGITS.test(text)) return false
  for (const m of text.matchAll(CANDIDATE)) {
    if (isCprLike(m[1]!, m[2]!, m[3]!, m[4]!)) return true
  }
  return false
}

/** The names of the fields whose text looks like a CPR number, in the order given. */
export function fieldsWithCpr(values: Record<string, string | null | undefined>): string[] {
  return Object.entries(values)
    .filter(([, v]) => containsCpr(v))
    .map(([k]) => k)
}
