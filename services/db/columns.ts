// A contract field's name and its column's: `caseNumber` in the API is `case_number` in every
// table. Where a row's own columns are the contract's fields under those names, they are written
// by naming the fields once (columnsOf), not by a hand-written mapper per table.

/** `caseNumber` → `case_number`, at the type level. */
export type ColumnName<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${ColumnName<Rest>}` : S

/** `caseNumber` → `case_number`. */
export function columnName<S extends string>(field: S): ColumnName<S> {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as ColumnName<S>
}

/** The given fields of a contract value as the columns of its row, each under its column's name. */
export function columnsOf<T extends object, K extends keyof T & string>(input: T, fields: readonly K[]): { [F in K as ColumnName<F>]: T[F] } {
  const out: Record<string, unknown> = {}
  for (const field of fields) out[columnName(field)] = input[field]
  return out as { [F in K as ColumnName<F>]: T[F] }
}
