// The one windowing of long tables (#14: a jobcenter's project has hundreds of participants and staff
// months): above WINDOW_FROM rows only the rows scrolled into view (and a margin) are in the page,
// with spacer rows above and below that keep the table's scroll height. The table sits in a scroll
// box marked `data-window-scroll` (see windowScrollSx). Printed, every row is in the page.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/** Up to this many rows a table is rendered whole; above it only the rows in view. */
export const WINDOW_FROM = 100
/** The scroll box's height while windowed (it fits a 1366×768 screen below the page's header). */
export const WINDOW_VIEW_HEIGHT = 600
/** Rows rendered beyond the view on each side, so scrolling and tabbing never meet an empty row. */
const OVERSCAN = 10

/** The scroll box of a windowed table: a fixed height while windowed, none when printed. */
export function windowScrollSx(count: number) {
  return count > WINDOW_FROM ? { maxHeight: WINDOW_VIEW_HEIGHT, overflowY: 'auto', '@media print': { maxHeight: 'none', overflow: 'visible' } } : undefined
}

/** True while the browser prints the page: a printed list holds every row, not only those in view. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    // flushSync: the rows must be in the page before the browser lays it out for print.
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    const media = window.matchMedia('print')
    const change = () => setPrinting(media.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    media.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      media.removeEventListener('change', change)
    }
  }, [])
  return printing
}

function Spacer({ height, columns, bind }: { height: number; columns: number; bind?: (el: HTMLTableRowElement | null) => void }) {
  // Inline styles: they hold against a table's own cell padding and borders.
  return (
    <tr aria-hidden ref={bind} style={{ height }}>
      <td colSpan={columns} style={{ padding: 0, border: 0, height }} />
    </tr>
  )
}

/**
 * The rows of a table body, windowed above WINDOW_FROM rows. `rowHeight` is each row's height in
 * pixels (a number when all are alike, else per row: the rows' own height should match it, or the
 * spacers only estimate). `row(i)` renders row i (one `<tr>`, or a row and its note row).
 */
export function WindowedRows({
  count,
  columns,
  rowHeight,
  row
}: {
  count: number
  columns: number
  rowHeight: number | ((i: number) => number)
  row: (i: number) => ReactNode
}) {
  const [view, setView] = useState({ top: 0, height: WINDOW_VIEW_HEIGHT })
  const printing = usePrinting()
  const windowed = count > WINDOW_FROM && !printing
  // Where each row starts: tops[i], and the whole height tops[count].
  const tops = useMemo(() => {
    const out = new Float64Array(count + 1)
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + (typeof rowHeight === 'number' ? rowHeight : rowHeight(i))
    return out
  }, [count, rowHeight])
  // Follows the scroll box the table sits in; the listener goes with the rows (React 19 ref cleanup).
  const bind = useCallback((el: HTMLTableRowElement | null) => {
    const box = el?.closest<HTMLElement>('[data-window-scroll]')
    if (!box) return
    const update = () => setView({ top: box.scrollTop, height: box.clientHeight || WINDOW_VIEW_HEIGHT })
    update()
    box.addEventListener('scroll', update, { passive: true })
    return () => box.removeEventListener('scroll', update)
  }, [])
  if (!windowed) return <>{Array.from({ length: count }, (_, i) => row(i))}</>
  // The first row whose bottom is below the view's top, and the first whose top is below its bottom.
  const find = (y: number) => {
    let lo = 0
    let hi = count
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tops[mid + 1]! <= y) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const first = Math.max(0, find(view.top) - OVERSCAN)
  const last = Math.min(count, find(view.top + view.height) + 1 + OVERSCAN)
  return (
    <>
      <Spacer height={tops[first]!} columns={columns} bind={bind} />
      {Array.from({ length: last - first }, (_, k) => row(first + k))}
      {last < count ? <Spacer height={tops[count]! - tops[last]!} columns={columns} /> : null}
    </>
  )
}
