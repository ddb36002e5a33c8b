// The small table of a card (group members, a participant's group changes, answers and statuses),
// or, when there is nothing to list, a grey line that says so.
import type { ReactNode } from 'react'
import Typography from '@mui/material/Typography'
import { SimpleTable } from './SimpleTable'

export function CardTable({
  empty,
  emptyText,
  label,
  head,
  children
}: {
  empty: boolean
  emptyText: string
  /** The table's accessible name. */
  label?: string
  /** The head row's cells; no head row when not given. */
  head?: ReactNode
  /** The body's rows. */
  children: ReactNode
}) {
  if (empty) return <Typography color="text.secondary">{emptyText}</Typography>
  return (
    <SimpleTable label={label} head={head}>
      {children}
    </SimpleTable>
  )
}
