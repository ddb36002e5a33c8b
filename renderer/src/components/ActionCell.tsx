// The action column of a wide table (issue 12, «Screens that fit»): on a 1366×768 laptop a table
// with many columns scrolls sideways inside its container, and the buttons a user must click
// (Underskriv, Godkend, Ret, Fasthold …) would end up out of sight. This cell stays pinned to the
// table's right edge, above the columns that scroll under it; use it for the header cell too.
import { TableCell, type TableCellProps } from '@mui/material'
import { alpha, type SxProps, type Theme } from '@mui/material/styles'

const pinned: SxProps<Theme> = (t) => ({
  position: 'sticky',
  right: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  whiteSpace: 'nowrap',
  // A line and a soft shadow show that columns pass under the pinned one.
  boxShadow: `inset 1px 0 0 ${t.palette.divider}, -6px 0 6px -6px rgba(0, 0, 0, 0.25)`,
  '@media print': { position: 'static', boxShadow: 'none' },
  // A selected row keeps its colour in the pinned cell (painted over the opaque background).
  '.Mui-selected > &': {
    backgroundImage: `linear-gradient(${alpha(t.palette.primary.main, t.palette.action.selectedOpacity)}, ${alpha(t.palette.primary.main, t.palette.action.selectedOpacity)})`
  }
})

export function ActionCell({ sx, ...props }: TableCellProps) {
  return <TableCell {...props} sx={[pinned, ...(Array.isArray(sx) ? sx : [sx])]} />
}
