// Text that is not valid Unicode (a lone surrogate such as "a\ud800b", e.g. half an emoji cut by a
// paste) is stored by SQLite as something else than what was hashed, so the audit trail would break
// for ever. It is refused at the contract boundary, in every string of every input.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True when `text` holds no lone surrogate (String.prototype.isWellFormed, without ES2024 lib). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text)
}

/** The path of the first string (or object key) in `value` that is not valid Unicode, or null. */
export function findIllFormedText(value: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path
  if (depth > 50 || value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findIllFormedText(value[i], [...path, i], depth + 1)
      if (hit) return hit
    }
    return null
  }
  for (const [k, v] of Object.entries(value)) {
    if (!isWellFormedText(k)) return [...path, k]
    const hit = findIllFormedText(v, [...path, k], depth + 1)
    if (hit) return hit
  }
  return null
}
