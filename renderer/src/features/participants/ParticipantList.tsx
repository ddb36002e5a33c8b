// The participant list: filters, the group at intake and now, job broker, exit, and progression reminders.
import { useMemo, useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { Alert, Box, Button, Chip, Link, MenuItem, Stack, TableCell, TextField, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { formatDate } from '@shared/domain/dates'
import { useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { ParticipantsTabs, ReminderChip, t, ui, useStaff } from './common'
import { formatMonth } from '@shared/domain/months'
import { LinkRow } from '../../components/LinkRow'
import { WINDOW_FROM, WindowedRows, windowScrollSx } from '../../components/WindowedRows'
import { WideTable } from '../../components/SimpleTable'

const l = ui.list

/** Rows of one fixed height, so the list can be windowed (issue 14: 6.000 participants). */
const ROW_HEIGHT = 41

export function ParticipantList() {
  const projectId = useRequiredProjectId()
  const participants = useApiQuery('participants.list', { projectId })
  const staff = useStaff(projectId)
  const [search, setSearch] = useState('')
  const [broker, setBroker] = useState('')
  const [state, setState] = useState<'open' | 'closed' | 'all'>('open')
  const list = useMemo(() => {
    const q = search.trim().toLowerCase()
    return (participants.data ?? []).filter(
      (p) =>
        (q === '' || p.pseudonym.toLowerCase().includes(q) || p.caseNumber.toLowerCase().includes(q)) &&
        (broker === '' || String(p.jobBrokerId ?? '') === broker) &&
        (state === 'all' || (state === 'open' ? p.open : !p.open))
    )
  }, [participants.data, search, broker, state])
  const reminders = (participants.data ?? []).filter((p) => p.inEffortGroup && p.reminder && p.reminder.kind !== 'followUpSoon').length

  return (
    <>
      <PageHeader
        title={l.title}
        subtitle={l.subtitle}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`/projekt/${projectId}/deltagere/ny`}>
            {l.add}
          </Button>
        }
      />
      <ParticipantsTabs projectId={projectId} />
      <QueryView query={participants}>
        {(all) =>
          all.length === 0 ? (
            <Alert severity="info">{l.empty}</Alert>
          ) : (
            <>
              {reminders > 0 ? (
                <Alert severity="warning" sx={{ mb: 2 }} data-testid="progression-reminders">
                  {l.remindersTitle(reminders)}
                </Alert>
              ) : null}
              <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
                <TextField size="small" label={l.search} value={search} onChange={(e) => setSearch(e.target.value)} sx={{ minWidth: 280 }} />
                <TextField size="small" select label={l.filterBroker} value={broker} onChange={(e) => setBroker(e.target.value)} sx={{ minWidth: 220 }}>
                  <MenuItem value="">{l.allBrokers}</MenuItem>
                  {(staff.data ?? []).map((s) => (
                    <MenuItem key={s.id} value={String(s.id)}>
                      {s.name}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  size="small"
                  select
                  label={l.filterState}
                  value={state}
                  onChange={(e) => setState(e.target.value as typeof state)}
                  sx={{ minWidth: 180 }}
                >
                  <MenuItem value="open">{l.stateOpen}</MenuItem>
                  <MenuItem value="closed">{l.stateClosed}</MenuItem>
                  <MenuItem value="all">{l.stateAll}</MenuItem>
                </TextField>
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="participant-count">
                {l.count(list.length, all.length)}
              </Typography>
              {list.length === 0 ? (
                <Alert severity="info">{l.noMatch}</Alert>
              ) : (
                <WideTable
                  bare
                  windowScroll
                  containerTestId="participant-table"
                  containerSx={windowScrollSx(list.length)}
                  label={l.title}
                  stickyHeader={list.length > WINDOW_FROM}
                  columns={[l.pseudonym, l.caseNumber, l.intake, l.group, l.effortGroup, l.broker, l.exit, l.lastStatus, l.reminder]}
                >
                  <WindowedRows
                    count={list.length}
                    columns={9}
                    rowHeight={ROW_HEIGHT}
                    row={(i) => {
                      const p = list[i]!
                      return (
                        <LinkRow key={p.id} to={`/projekt/${projectId}/deltagere/${p.id}`} sx={{ height: ROW_HEIGHT, '& td': { py: 0, whiteSpace: 'nowrap' } }}>
                          <TableCell>
                            <Link component={RouterLink} to={`/projekt/${projectId}/deltagere/${p.id}`}>
                              {p.pseudonym}
                            </Link>
                          </TableCell>
                          <TableCell>{p.caseNumber}</TableCell>
                          <TableCell>{formatDate(p.intakeDate)}</TableCell>
                          <TableCell>{p.currentGroup === p.intakeGroup ? String(p.intakeGroup) : `${p.intakeGroup} → ${p.currentGroup}`}</TableCell>
                          <TableCell>
                            <Chip
                              size="small"
                              variant="outlined"
                              color={p.inEffortGroup ? 'primary' : 'default'}
                              label={p.inEffortGroup ? l.inEffortGroup : l.notInEffortGroup}
                            />
                          </TableCell>
                          <TableCell>{p.jobBrokerName ?? ''}</TableCell>
                          <TableCell>{p.exitDate ? `${formatDate(p.exitDate)} (${t.exitReasons[p.exitReason!]})` : ''}</TableCell>
                          <TableCell>{p.lastStatusMonth ? formatMonth(p.lastStatusMonth) : ''}</TableCell>
                          <TableCell>
                            <ReminderChip reminder={p.inEffortGroup ? p.reminder : null} />
                          </TableCell>
                        </LinkRow>
                      )
                    }}
                  />
                </WideTable>
              )}
              <Box sx={{ mt: 2 }} />
            </>
          )
        }
      </QueryView>
    </>
  )
}
