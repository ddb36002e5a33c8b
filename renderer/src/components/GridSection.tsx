import type { ReactNode } from 'react'
import Grid from '@mui/material/Grid'
import Typography from '@mui/material/Typography'

/** A full-width row of a page's grid that is a part of the page: its heading (h2), then the part. */
export function GridSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Grid size={12}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Grid>
  )
}
