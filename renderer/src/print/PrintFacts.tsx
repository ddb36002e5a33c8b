// The facts at the head of a printed document (case number, pool, period, grant, who signed, …): a
// table of rows, each its label in a header cell and its value beside it.
import type { ReactNode } from 'react'

export interface PrintFact {
  label: ReactNode
  value: ReactNode
  /** A figure: right-aligned (`className="num"`). */
  num?: boolean
}

/** `false` or `null` leaves a fact out, e.g. a date not yet set. */
export function PrintFacts({ facts, className }: { facts: readonly (PrintFact | false | null)[]; className?: string }) {
  return (
    <table className={className}>
      <tbody>
        {facts.map((f, i) =>
          f ? (
            <tr key={i}>
              <th>{f.label}</th>
              <td className={f.num ? 'num' : undefined}>{f.value}</td>
            </tr>
          ) : null
        )}
      </tbody>
    </table>
  )
}
