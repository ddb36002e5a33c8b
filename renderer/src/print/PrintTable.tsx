// A plain table of a printed document: a head row of column names, a body row per item, and what
// stands in its place when it has no rows. The document's print CSS styles it; `num` columns are
// right-aligned figures.
import type { Key, ReactNode } from 'react'

export interface PrintColumn<T> {
  /** The column's name in the head row; a table whose columns have none has no head row. */
  head?: ReactNode
  /** A figure column: right-aligned (`className="num"`) in the head and in every row. */
  num?: boolean
  cell: (row: T, index: number) => ReactNode
}

/** What a table does when it is empty; a table without it is printed even with no rows. */
export interface WhenEmpty {
  /** The paragraph printed in its place (nothing when not given). */
  text?: string
  testId?: string
  /** Whether it counts as empty; by default when it has no rows. */
  isEmpty?: boolean
  /** Keep the empty table in the page, hidden, after the text (instead of leaving it out). */
  hideTable?: boolean
}

export function PrintTable<T>({
  rows,
  rowKey,
  columns,
  className,
  rowData,
  whenEmpty,
  total
}: {
  rows: readonly T[]
  rowKey: (row: T) => Key
  columns: readonly PrintColumn<T>[]
  className?: string
  /** `data-*` attributes of a row's `<tr>`, e.g. a traffic light's colour for the print CSS. */
  rowData?: (row: T) => Record<`data-${string}`, string>
  whenEmpty?: WhenEmpty
  /** A last row in header cells, e.g. the total of the rows above it. */
  total?: T
}) {
  const isEmpty = whenEmpty ? (whenEmpty.isEmpty ?? rows.length === 0) : false
  const text = isEmpty && whenEmpty?.text !== undefined ? <p data-testid={whenEmpty.testId}>{whenEmpty.text}</p> : null
  if (isEmpty && !whenEmpty?.hideTable) return text
  const numClass = (c: PrintColumn<T>) => (c.num ? 'num' : undefined)
  return (
    <>
      {text}
      <table className={className} hidden={whenEmpty?.hideTable ? isEmpty : undefined}>
        {columns.some((c) => c.head !== undefined) ? (
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} className={numClass(c)}>
                  {c.head}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((c, i) => (
                <td key={i} className={numClass(c)}>
                  {c.cell(row, r)}
                </td>
              ))}
            </tr>
          ))}
          {total === undefined ? null : (
            <tr>
              {columns.map((c, i) => (
                <th key={i} className={numClass(c)}>
                  {c.cell(total, rows.length)}
                </th>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </>
  )
}
