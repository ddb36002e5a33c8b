// One section of the settings page: an outlined paper, a landmark named by its heading (h2).
import type { ReactNode } from 'react'
import { Paper, Typography } from '@mui/material'

export function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 3 }}>
      <Typography variant="h5" component="h2" id={id} gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  )
}
