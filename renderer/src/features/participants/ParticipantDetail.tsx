// One participant: facts, group changes, monthly statuses and progression answers.
import { useState } from 'react'
import { Link as RouterLink, useNavigate } from 'react-router'
import { Box, Button, Grid, IconButton, MenuItem, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material'
import EditIcon from '@mui/icons-material/Edit'
import DeleteIcon from '@mui/icons-material/Delete'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatScore } from '@shared/domain/participants/progression'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { ReminderChip, t, ui } from './common'
import { ProgressionForm } from './ProgressionForm'
import { ReasonDialog } from './ReasonDialog'
import { formatMonth } from '@shared/domain/months'
import { FormRootError } from '../../components/form'
import { SectionCard } from '../../components/SectionCard'
import { CardTable } from '../../components/CardTable'

const d = ui.detail

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography>{value || '–'}</Typography>
    </Box>
  )
}

function GroupChangeForm({ projectId, participantId }: { projectId: number; participantId: number }) {
  const add = useApiMutation('participants.groupChange.add')
  const [date, setDate] = useState('')
  const [group, setGroup] = useState('2')
  const [error, setError] = useState<string | null>(null)
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'flex-start' }} useFlexGap>
      <TextField
        size="small"
        type="date"
        label={t.fields.changeDate}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField size="small" select label={t.fields.toGroup} value={group} onChange={(e) => setGroup(e.target.value)} sx={{ minWidth: 140 }}>
        {[1, 2, 3].map((g) => (
          <MenuItem key={g} value={String(g)}>
            {t.groupShort(g)}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="outlined"
        loading={add.isPending}
        onClick={async () => {
          setError(null)
          try {
            await add.mutateAsync({ projectId, participantId, changeDate: date, toGroup: Number(group) as 1 | 2 | 3 })
            setDate('')
          } catch (e) {
            setError(errorMessage(e))
          }
        }}
      >
        {d.addGroupChange}
      </Button>
      <FormRootError message={error ?? undefined} sx={{ width: '100%' }} />
    </Stack>
  )
}

export function ParticipantDetail({ participantId }: { participantId: number }) {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  const detail = useApiQuery('participants.get', { projectId, participantId })
  const remove = useApiMutation('participants.delete')
  const removeChange = useApiMutation('participants.groupChange.delete')
  const removeAnswer = useApiMutation('participants.progression.delete')
  const [deleting, setDeleting] = useState(false)
  const [changeToRemove, setChangeToRemove] = useState<number | null>(null)
  const [answerToRemove, setAnswerToRemove] = useState<number | null>(null)
  const [answering, setAnswering] = useState(false)
  const rules = useApiQuery('participants.targets.get', { projectId })
  const themes = rules.data?.rules.progression.themes ?? []
  return (
    <QueryView query={detail}>
      {({ participant: p, statuses, progression }) => (
        <>
          <PageHeader
            title={p.pseudonym}
            subtitle={p.caseNumber}
            actions={
              <>
                <Button startIcon={<ArrowBackIcon />} component={RouterLink} to={`/projekt/${projectId}/deltagere`}>
                  {d.back}
                </Button>
                <Button startIcon={<EditIcon />} component={RouterLink} to={`/projekt/${projectId}/deltagere/${p.id}/rediger`}>
                  {d.edit}
                </Button>
                <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDeleting(true)}>
                  {d.delete}
                </Button>
              </>
            }
          />
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 6 }}>
              <SectionCard title={d.facts}>
                <Fact label={t.fields.intakeDate!} value={formatDate(p.intakeDate)} />
                <Fact label={t.fields.intakeGroup!} value={t.groups[p.intakeGroup]!} />
                <Fact label={d.currentGroup} value={t.groups[p.currentGroup]!} />
                <Fact label={ui.list.effortGroup} value={p.inEffortGroup ? ui.list.inEffortGroup : ui.list.notInEffortGroup} />
                <Fact label={t.fields.jobBrokerId!} value={p.jobBrokerName ?? ''} />
                <Fact label={t.fields.exitDate!} value={p.exitDate ? `${formatDate(p.exitDate)} (${t.exitReasons[p.exitReason!]})` : ''} />
                <Fact label={t.fields.note!} value={p.note} />
                <ReminderChip reminder={p.reminder} />
              </SectionCard>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <SectionCard title={d.groupChanges}>
                <CardTable empty={p.groupChanges.length === 0} emptyText={d.noGroupChanges}>
                  {p.groupChanges.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell>{formatDate(c.changeDate)}</TableCell>
                      <TableCell>{t.groupShort(c.toGroup)}</TableCell>
                      <TableCell>{c.note}</TableCell>
                      <TableCell align="right">
                        <IconButton aria-label={d.removeChange} size="small" onClick={() => setChangeToRemove(c.id)}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    </TableRow>
                  ))}
                </CardTable>
                <GroupChangeForm projectId={projectId} participantId={p.id} />
              </SectionCard>
            </Grid>
            <Grid size={12}>
              <SectionCard title={d.progression}>
                <CardTable
                  empty={progression.length === 0}
                  emptyText={d.noAnswers}
                  label={d.progression}
                  head={
                    <>
                      <TableCell>{ui.progression.occasion}</TableCell>
                      <TableCell>{ui.progression.answeredOn}</TableCell>
                      {themes.map((th) => (
                        <TableCell key={th.key} align="right">
                          {th.label}
                        </TableCell>
                      ))}
                      <TableCell />
                    </>
                  }
                >
                  {progression.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>{t.occasions[a.occasion]}</TableCell>
                      <TableCell>{formatDate(a.answeredOn)}</TableCell>
                      {themes.map((th) => (
                        <TableCell key={th.key} align="right">
                          {a.themeScores[th.key] === undefined ? '–' : formatScore(a.themeScores[th.key]!)}
                        </TableCell>
                      ))}
                      <TableCell align="right">
                        <IconButton aria-label={ui.progression.remove} size="small" onClick={() => setAnswerToRemove(a.id)}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    </TableRow>
                  ))}
                </CardTable>
                {answering ? (
                  <ProgressionForm projectId={projectId} participantId={p.id} onDone={() => setAnswering(false)} />
                ) : (
                  <Button sx={{ mt: 2 }} variant="outlined" onClick={() => setAnswering(true)}>
                    {d.addAnswer}
                  </Button>
                )}
              </SectionCard>
            </Grid>
            <Grid size={12}>
              <SectionCard title={d.statuses}>
                <CardTable
                  empty={statuses.length === 0}
                  emptyText={d.noStatuses}
                  label={d.statuses}
                  head={
                    <>
                      <TableCell>{ui.month.month}</TableCell>
                      <TableCell>{t.fields.activities}</TableCell>
                      <TableCell align="right">{ui.month.hours}</TableCell>
                      <TableCell>{t.fields.passiveReason}</TableCell>
                      <TableCell>{t.fields.cvUpdatedOn}</TableCell>
                      <TableCell>{t.fields.jobPlan}</TableCell>
                      <TableCell>{t.fields.jobGoal}</TableCell>
                    </>
                  }
                >
                  {statuses.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{formatMonth(s.month)}</TableCell>
                      <TableCell>{s.passive ? t.fields.passive : s.activities.map((a) => t.activities[a]).join(', ')}</TableCell>
                      <TableCell align="right">{s.paidHoursMinutes ? formatHours(s.paidHoursMinutes) : ''}</TableCell>
                      <TableCell>{s.passiveReason ?? ''}</TableCell>
                      <TableCell>{formatDate(s.cvUpdatedOn)}</TableCell>
                      <TableCell>{s.jobPlan ? da.common.yes : da.common.no}</TableCell>
                      <TableCell>{s.jobGoal}</TableCell>
                    </TableRow>
                  ))}
                </CardTable>
              </SectionCard>
            </Grid>
          </Grid>
          <ReasonDialog
            open={deleting}
            title={d.deleteTitle}
            text={d.deleteText}
            confirmLabel={d.delete}
            onClose={() => setDeleting(false)}
            onConfirm={async (reason) => {
              await remove.mutateAsync({ projectId, participantId: p.id, reason })
              navigate(`/projekt/${projectId}/deltagere`)
            }}
          />
          <ReasonDialog
            open={changeToRemove !== null}
            title={d.removeChange}
            confirmLabel={d.removeChange}
            onClose={() => setChangeToRemove(null)}
            onConfirm={(reason) => removeChange.mutateAsync({ projectId, changeId: changeToRemove!, reason })}
          />
          <ReasonDialog
            open={answerToRemove !== null}
            title={ui.progression.remove}
            confirmLabel={ui.progression.remove}
            reasonLabel={ui.progression.removeReason}
            onClose={() => setAnswerToRemove(null)}
            onConfirm={(reason) => removeAnswer.mutateAsync({ projectId, answerId: answerToRemove!, reason })}
          />
        </>
      )}
    </QueryView>
  )
}
