// Søg: search across all the project's decisions and action items.
import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { Alert, Chip, InputAdornment, Link, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material'
import SearchIcon from '@mui/icons-material/Search'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { meetingPath } from './ui'

const t = da.meetings

export function SearchPage() {
  const projectId = useRequiredProjectId()
  const [query, setQuery] = useState('')
  const [submitted, setSubmitted] = useState('')
  const hits = useApiQuery('meetings.search', { projectId, query: submitted }, { enabled: submitted.trim().length > 0 })
  return (
    <Stack spacing={2}>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          setSubmitted(query.trim())
        }}
      >
        <TextField
          fullWidth
          label={t.search.label}
          placeholder={t.search.placeholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              )
            }
          }}
        />
      </form>
      {submitted ? (
        <QueryView query={hits}>
          {(list) =>
            list.length === 0 ? (
              <Alert severity="info">{t.search.none}</Alert>
            ) : (
              <Paper variant="outlined">
                <Typography sx={{ p: 2, pb: 0 }} data-testid="search-count">
                  {t.search.hits(list.length)}
                </Typography>
                <List aria-label={t.search.label}>
                  {list.map((h, i) => (
                    <ListItem key={`${h.itemId}-${h.field}-${h.actionId ?? i}`} divider>
                      <ListItemText
                        primary={
                          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                            <Chip size="small" label={t.search.fields[h.field]} />
                            {h.actionStatus ? <Chip size="small" variant="outlined" label={t.actionStatuses[h.actionStatus]} /> : null}
                            <span>{h.text}</span>
                          </Stack>
                        }
                        secondary={
                          <Link component={RouterLink} to={meetingPath(projectId, h.meetingId)}>
                            {`${h.groupName}, ${formatDate(h.meetingDate)}, ${t.actions.fromItem('', h.itemNumber, h.itemTitle).replace(/^, /, '')}${h.closed ? ` ${t.print.closedTag}` : ''}`}
                          </Link>
                        }
                      />
                    </ListItem>
                  ))}
                </List>
              </Paper>
            )
          }
        </QueryView>
      ) : null}
    </Stack>
  )
}
