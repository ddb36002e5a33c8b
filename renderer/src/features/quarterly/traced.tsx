// What the quarterly pack's sections share: the figures that, in the preview, open the rows they are
// made of (TraceDialog), and a count with its change since the previous quarter.
import { da } from '@shared/texts/da'
import type { TraceRequest } from './TraceDialog'

export const d = da.quarterly.doc

export type OnTrace = ((t: TraceRequest) => void) | undefined

/** A figure; in the preview (onTrace given) a button that opens the rows it is made of. */
export function Traced({ text, request, onTrace, testId }: { text: string; request: TraceRequest; onTrace: OnTrace; testId?: string | undefined }) {
  if (!onTrace) return <span data-testid={testId}>{text}</span>
  return (
    <button type="button" className="quarterly-trace" data-testid={testId} onClick={() => onTrace(request)}>
      {text}
    </button>
  )
}

/** A count and its change since the previous quarter, e.g. «Møder holdt i kvartalet: 2 ▲ 1 flere end forrige kvartal (1)». */
export function CountLine({
  text,
  now,
  before,
  testId,
  onClick
}: {
  text: string
  now: number
  before: number | null
  testId: string
  onClick?: (() => void) | undefined
}) {
  const diff = before === null ? 0 : now - before
  const mark = diff === 0 ? d.arrowSame : diff > 0 ? d.arrowUp : d.arrowDown
  return (
    <p data-testid={testId}>
      {onClick ? (
        <button type="button" className="quarterly-trace" onClick={onClick}>
          {text}
        </button>
      ) : (
        text
      )}
      {before === null ? null : <span className="quarterly-arrow">{` ${d.countChange(mark, diff, before)}`}</span>}
    </p>
  )
}
