import type { ReactNode } from 'react'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'

/**
 * A titled panel of a settings or import screen: an outlined paper, its title (h2) and, under it, a
 * grey line that says what the panel is for (with a gap before the panel's content unless `tight`).
 */
export function PaperSection({
  title,
  help,
  tight = false,
  mb,
  children
}: {
  title: ReactNode
  help: ReactNode
  tight?: boolean
  /** The gap under the panel, before the next. */
  mb?: number
  children: ReactNode
}) {
  return (
    <Paper variant="outlined" sx={mb === undefined ? { p: 3 } : { p: 3, mb }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={tight ? undefined : { mb: 2 }}>
        {help}
      </Typography>
      {children}
    </Paper>
  )
}
