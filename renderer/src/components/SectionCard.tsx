import type { ReactNode } from 'react'
import type { SxProps, Theme } from '@mui/material/styles'
import { Link as RouterLink } from 'react-router'
import Button from '@mui/material/Button'
import Card from '@mui/material/Card'
import CardActions from '@mui/material/CardActions'
import CardContent from '@mui/material/CardContent'
import Typography from '@mui/material/Typography'

/** A titled part of a page: an outlined card whose title is the part's heading (h2). */
export function SectionCard({
  title,
  children,
  section = false,
  label,
  sx,
  testId,
  links,
  tight = false
}: {
  title: ReactNode
  children: ReactNode
  /** A landmark (`<section>` named by `label`), for a part a user or a test finds by its name. */
  section?: boolean
  label?: string
  sx?: SxProps<Theme>
  testId?: string
  /** Links at the card's foot, e.g. a front-page card's way to its screens. */
  links?: readonly { to: string; label: string }[]
  /** No gap under the title, for a part whose first line goes with it (e.g. the date it is as of). */
  tight?: boolean
}) {
  return (
    <Card variant="outlined" {...(section ? { component: 'section' as const } : {})} aria-label={label} sx={sx} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom={!tight}>
          {title}
        </Typography>
        {children}
      </CardContent>
      {links ? (
        <CardActions>
          {links.map((l) => (
            <Button key={l.to} component={RouterLink} to={l.to}>
              {l.label}
            </Button>
          ))}
        </CardActions>
      ) : null}
    </Card>
  )
}
