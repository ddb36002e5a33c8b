// The tables of the screens, written once: a small table with its head row, its body and, where it
// has totals, its footer; bare (inside a card or a panel) or, for a page's wide table, inside a
// container that scrolls sideways when the columns do not fit (issue 12, «Screens that fit»),
// usually an outlined paper. A page writes only its rows.
import type { ReactNode } from 'react'
import type { SxProps, Theme } from '@mui/material/styles'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableContainer from '@mui/material/TableContainer'
import TableFooter from '@mui/material/TableFooter'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { HeadRow, type HeadCell } from './HeadRow'

const totalsSx: SxProps<Theme> = { '& td, & th': { fontSize: '0.875rem', color: 'text.primary', fontWeight: 500 } }

export type SimpleTableProps = {
  /** The table's accessible name. */
  label?: string
  /** The head row from its columns' names (see HeadRow). */
  columns?: readonly HeadCell[]
  /** What follows the named columns in the head row, e.g. the action column's empty head cell. */
  headEnd?: ReactNode
  /** The head row's cells, written out where a column needs more than its name; no head row when neither this nor `columns` is given. */
  head?: ReactNode
  /** The footer's rows: the totals, in the body's size and colour but of medium weight. */
  foot?: ReactNode
  /** The body's rows. */
  children: ReactNode
  /** MUI's normal row height instead of the small one. */
  normalSize?: boolean
  stickyHeader?: boolean
  sx?: SxProps<Theme>
  testId?: string
}

export function SimpleTable({ label, columns, headEnd, head, foot, children, normalSize = false, stickyHeader, sx, testId }: SimpleTableProps) {
  return (
    <Table size={normalSize ? undefined : 'small'} aria-label={label} stickyHeader={stickyHeader} sx={sx} data-testid={testId}>
      {columns !== undefined ? (
        <HeadRow cells={columns} end={headEnd} />
      ) : head !== undefined ? (
        <TableHead>
          <TableRow>{head}</TableRow>
        </TableHead>
      ) : null}
      <TableBody>{children}</TableBody>
      {foot === undefined ? null : <TableFooter sx={totalsSx}>{foot}</TableFooter>}
    </Table>
  )
}

/**
 * A page's wide table: the table in a container that scrolls sideways, an outlined paper unless
 * `bare`. `windowScroll` marks the container whose long list WindowedRows windows.
 */
export function WideTable({
  bare = false,
  containerSx,
  containerTestId,
  windowScroll = false,
  after,
  ...table
}: SimpleTableProps & {
  bare?: boolean
  containerSx?: SxProps<Theme>
  containerTestId?: string
  windowScroll?: boolean
  /** What follows the table inside the container, e.g. its pagination. */
  after?: ReactNode
}) {
  const container = { 'data-window-scroll': windowScroll ? true : undefined, 'data-testid': containerTestId, sx: containerSx }
  return bare ? (
    <TableContainer {...container}>
      <SimpleTable {...table} />
      {after}
    </TableContainer>
  ) : (
    <TableContainer component={Paper} variant="outlined" {...container}>
      <SimpleTable {...table} />
      {after}
    </TableContainer>
  )
}
