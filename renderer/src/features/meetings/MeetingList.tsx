// Møder: every meeting of the project, newest first, and "Nyt møde".
import { useEffect, useState } from 'react'
import { Link as RouterLink, useNavigate } from 'react-router'
import { useWatch } from 'react-hook-form'
import { z } from 'zod'
import { Alert, Button, Grid, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import type { Group } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { GroupField, MeetingStatusChip, meetingFormSchema, meetingPath } from './ui'
import { LinkRow } from '../../components/LinkRow'
import { LabelledFormDialog } from '../../components/FormDialog'

const t = da.meetings

const schema = meetingFormSchema.extend({
  groupId: z.string().min(1, `${da.validationMessages.fieldPrefix(t.meeting.group)} ${da.validationMessages.required}.`)
})
type Values = z.infer<typeof schema>

function NewMeetingDialog({ groups, open, onClose }: { groups: Group[]; open: boolean; onClose: () => void }) {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  const create = useApiMutation('meetings.create')
  const first = groups[0]
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      groupId: first ? String(first.id) : '',
      title: first ? t.meeting.defaultTitle(first.name) : '',
      date: '',
      startTime: '13:00',
      endTime: '15:00',
      place: '',
      guests: ''
    }
  })
  const groupId = useWatch({ control: form.control, name: 'groupId' })
  useEffect(() => {
    // The title follows the group until the user writes their own.
    const g = groups.find((x) => String(x.id) === groupId)
    const title = form.getValues('title')
    if (g && (title === '' || groups.some((x) => t.meeting.defaultTitle(x.name) === title))) form.setValue('title', t.meeting.defaultTitle(g.name))
  }, [groupId, groups, form])
  return (
    <LabelledFormDialog
      form={form}
      fields={['title', 'date', 'startTime', 'endTime', 'place', 'guests', 'groupId']}
      save={async (v) => {
        const m = await create.mutateAsync({ ...v, groupId: Number(v.groupId) })
        navigate(meetingPath(projectId, m.id))
      }}
      onClose={onClose}
      title={t.meeting.newTitle}
      open={open}
      submitLabel={t.meeting.create}
    >
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={12}>
          <GroupField control={form.control} groups={groups} />
        </Grid>
        <FormTextField cell={12} control={form.control} name="title" label={t.meeting.titleField} fullWidth required />
        <FormDateField cell={{ xs: 12, sm: 4 }} control={form.control} name="date" label={t.meeting.date} />
        <FormTextField cell={{ xs: 6, sm: 4 }} control={form.control} name="startTime" label={t.meeting.startTime} helperText={t.meeting.timeHelp} fullWidth />
        <FormTextField cell={{ xs: 6, sm: 4 }} control={form.control} name="endTime" label={t.meeting.endTime} helperText={t.meeting.timeHelp} fullWidth />
        <FormTextField cell={12} control={form.control} name="place" label={t.meeting.place} fullWidth />
      </Grid>
    </LabelledFormDialog>
  )
}

export function MeetingList() {
  const projectId = useRequiredProjectId()
  const meetings = useApiQuery('meetings.list', { projectId })
  const groups = useApiQuery('meetings.groups.list', { projectId })
  const [open, setOpen] = useState(false)
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)} disabled={!groups.data?.length}>
          {t.list.newMeeting}
        </Button>
      </Stack>
      {groups.data && groups.data.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.groups.none}
        </Alert>
      ) : null}
      {open && groups.data ? <NewMeetingDialog groups={groups.data} open={open} onClose={() => setOpen(false)} /> : null}
      <QueryView query={meetings}>
        {(list) =>
          list.length === 0 ? (
            <Alert severity="info">{t.list.none}</Alert>
          ) : (
            <Paper variant="outlined">
              <Table size="small" aria-label={t.title}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t.list.date}</TableCell>
                    <TableCell>{t.list.time}</TableCell>
                    <TableCell>{t.list.titleCol}</TableCell>
                    <TableCell>{t.list.group}</TableCell>
                    <TableCell>{t.list.place}</TableCell>
                    <TableCell align="right">{t.list.items}</TableCell>
                    <TableCell>{t.list.status}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.map((m) => (
                    <LinkRow key={m.id} to={meetingPath(projectId, m.id)} data-testid={`meeting-row-${m.id}`}>
                      <TableCell>
                        <Link component={RouterLink} to={meetingPath(projectId, m.id)}>
                          {formatDate(m.date)}
                        </Link>
                      </TableCell>
                      <TableCell>{`${m.startTime}–${m.endTime}`}</TableCell>
                      <TableCell>{m.title}</TableCell>
                      <TableCell>{m.groupName}</TableCell>
                      <TableCell>{m.place}</TableCell>
                      <TableCell align="right">{m.itemCount}</TableCell>
                      <TableCell>
                        <MeetingStatusChip status={m.status} />
                      </TableCell>
                    </LinkRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          )
        }
      </QueryView>
    </>
  )
}
