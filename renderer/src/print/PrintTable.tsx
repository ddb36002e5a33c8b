// A plain table of a printed document: a head row of column names, a body row per item, total rows
// in header cells, and what stands in its place when it has no rows. The document's print CSS styles
// it; `num` columns are right-aligned figures.
import type { Key, ReactNode } from 'react'

export interface PrintColumn<T> {
  /** The column's name in the head row; a table whose columns have none has no head row. */
  head?: ReactNode
  /**
   * A figure column: right-aligned (`className="num"`) in the head and in every row; `'wrap'`: its
   * head may wrap between words (`num-wrap`) instead of widening the table.
   */
  num?: boolean | 'wrap'
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
  rowClass,
  whenEmpty,
  total,
  totals = total === undefined ? [] : [total]
}: {
  rows: readonly T[]
  rowKey: (row: T) => Key
  columns: readonly PrintColumn<T>[]
  className?: string
  /** `data-*` attributes of a row's `<tr>`, e.g. a traffic light's colour for the print CSS. */
  rowData?: (row: T) => Record<`data-${string}`, string>
  /** A row's `className`, e.g. a day off or a missed period. */
  rowClass?: (row: T) => string | undefined
  whenEmpty?: WhenEmpty
  /** A last row in header cells, e.g. the total of the rows above it. */
  total?: T
  /** Several last rows in header cells (e.g. a total per year); a cell with nothing in it is a plain `<th />`. */
  totals?: readonly T[]
}) {
  const isEmpty = whenEmpty ? (whenEmpty.isEmpty ?? rows.length === 0) : false
  const text = isEmpty && whenEmpty?.text !== undefined ? <p data-testid={whenEmpty.testId}>{whenEmpty.text}</p> : null
  if (isEmpty && !whenEmpty?.hideTable) return text
  const numClass = (c: PrintColumn<T>) => (c.num ? 'num' : undefined)
  const headClass = (c: PrintColumn<T>) => (c.num === 'wrap' ? 'num-wrap' : numClass(c))
  return (
    <>
      {text}
      <table className={className} hidden={whenEmpty?.hideTable ? isEmpty : undefined}>
        {columns.some((c) => c.head !== undefined) ? (
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} className={headClass(c)}>
                  {c.head}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row)} className={rowClass?.(row)} {...rowData?.(row)}>
              {columns.map((c, i) => (
                <td key={i} className={numClass(c)}>
                  {c.cell(row, r)}
                </td>
              ))}
            </tr>
          ))}
          {totals.map((row, r) => (
            <tr key={`total-${String(rowKey(row))}`}>
              {columns.map((c, i) => {
                const content = c.cell(row, rows.length + r)
                return content === null || content === undefined ? (
                  <th key={i} />
                ) : (
                  <th key={i} className={numClass(c)}>
                    {content}
                  </th>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
