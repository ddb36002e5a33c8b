// A table row that opens its item (issue 12: «every list row opens its item»). A click anywhere
// on the row, or Enter when the row has the keyboard focus, goes to `to`; the row keeps its real
// link (in the first cell) for screen readers. Clicks on the row's own buttons and links, and a
// click that ends a text selection, do not open the row.
import type { KeyboardEvent, MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import { TableRow, type TableRowProps } from '@mui/material'

const INTERACTIVE = 'a, button, input, select, textarea, [role="button"], [role="checkbox"], [role="combobox"]'

export function LinkRow({ to, sx, ...props }: TableRowProps & { to: string }) {
  const navigate = useNavigate()
  const onClick = (e: MouseEvent<HTMLTableRowElement>) => {
    const target = e.target as Element
    if (target.closest(INTERACTIVE) && target.closest(INTERACTIVE) !== e.currentTarget) return
    if (window.getSelection()?.toString()) return
    navigate(to)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.key === 'Enter' && e.target === e.currentTarget) {
      e.preventDefault()
      navigate(to)
    }
  }
  return <TableRow hover tabIndex={0} onClick={onClick} onKeyDown={onKeyDown} sx={[{ cursor: 'pointer' }, ...(Array.isArray(sx) ? sx : [sx])]} {...props} />
}
