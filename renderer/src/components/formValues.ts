// A form's starting values: its text fields as the thing it edits has them, or empty for a new one.

type TextKey<S> = { [K in keyof S]-?: S[K] extends string | null | undefined ? K : never }[keyof S]

/** The `keys` of `source` as the form's text (a value it lacks, or no source at all, is ''). */
export function textsOf<S extends object, K extends TextKey<S>>(source: S | null | undefined, keys: readonly K[]): { [P in K]: NonNullable<S[P]> | '' } {
  return Object.fromEntries(keys.map((k) => [k, source?.[k] ?? ''])) as { [P in K]: NonNullable<S[P]> | '' }
}
