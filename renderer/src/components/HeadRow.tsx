// A table's head row from its columns' names, in order: a name alone is a left-aligned column, one
// given as `{ right: name }` a right-aligned one (amounts, hours, counts). `end` is what follows,
// e.g. the action column's empty head cell.
import type { ReactNode } from 'react'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'

export type HeadCell = string | { right: string }

export function HeadRow({ cells, end }: { cells: readonly HeadCell[]; end?: ReactNode }) {
  return (
    <TableHead>
      <TableRow>
        {cells.map((c, i) =>
          typeof c === 'string' ? (
            <TableCell key={i}>{c}</TableCell>
          ) : (
            <TableCell key={i} align="right">
              {c.right}
            </TableCell>
          )
        )}
        {end}
      </TableRow>
    </TableHead>
  )
}
