// The facts at the head of a printed document (case number, pool, period, grant, who signed, …): a
// table of rows, each fact its label in a header cell and its value beside it (one fact a row, or
// `perRow` side by side).
import type { ReactNode } from 'react'

export interface PrintFact {
  label: ReactNode
  value: ReactNode
  /** A figure: right-aligned (`className="num"`). */
  num?: boolean
}

/** `false` or `null` leaves a fact out, e.g. a date not yet set. */
export function PrintFacts({ facts, className, perRow = 1 }: { facts: readonly (PrintFact | false | null)[]; className?: string; perRow?: number }) {
  const shown = facts.filter((f): f is PrintFact => Boolean(f))
  const rows = Array.from({ length: Math.ceil(shown.length / perRow) }, (_, r) => shown.slice(r * perRow, (r + 1) * perRow))
  return (
    <table className={className}>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((f, i) => [
              <th key={`l${i}`}>{f.label}</th>,
              <td key={`v${i}`} className={f.num ? 'num' : undefined}>
                {f.value}
              </td>
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
