// Forslag til punkter: items proposed for coming meetings, per group; put one on a planned agenda.
import { useState } from 'react'
import { z } from 'zod'
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { itemFieldsSchema, type AgendaItem, type Group, type MeetingSummary } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, textFieldsOf, FormRootError, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { LabelledFormDialog } from '../../components/FormDialog'
import { GroupField } from './ui'

const t = da.meetings

const schema = textFieldsOf(itemFieldsSchema, { title: t.items.itemTitle, caseSummary: t.items.caseSummary, proposedBy: t.items.proposedBy }).extend({
  groupId: z.string().min(1)
})
type Values = z.infer<typeof schema>

function ProposeDialog({ groups, onClose }: { groups: Group[]; onClose: () => void }) {
  const save = useApiMutation('meetings.items.save')
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { groupId: String(groups[0]?.id ?? ''), title: '', caseSummary: '', proposedBy: '' }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['title', 'caseSummary', 'proposedBy']}
      save={(v) => save.mutateAsync({ groupId: Number(v.groupId), title: v.title, caseSummary: v.caseSummary, proposedBy: v.proposedBy })}
      onClose={onClose}
      title={t.backlog.add}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <GroupField control={form.control} groups={groups} />
        <FormTextField control={form.control} name="title" label={t.items.itemTitle} fullWidth required />
        <FormTextField control={form.control} name="caseSummary" label={t.items.caseSummary} fullWidth multiline minRows={3} />
        <FormTextField control={form.control} name="proposedBy" label={t.items.proposedBy} fullWidth />
      </Stack>
    </LabelledFormDialog>
  )
}

function BacklogItem({ item, meetings }: { item: AgendaItem; meetings: MeetingSummary[] }) {
  const move = useApiMutation('meetings.items.move')
  const remove = useApiMutation('meetings.items.delete')
  const [target, setTarget] = useState('')
  const [error, setError] = useState<string | null>(null)
  const planned = meetings.filter((m) => m.groupId === item.groupId && (m.status === 'draft' || m.status === 'invited'))
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" component="h3">
          {item.title}
        </Typography>
        {item.proposedBy ? <Typography variant="body2" color="text.secondary">{`${t.items.proposedBy}: ${item.proposedBy}`}</Typography> : null}
        {item.caseSummary ? <Typography sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>{item.caseSummary}</Typography> : null}
        {planned.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t.backlog.noMeetings}
          </Typography>
        ) : (
          <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
            <TextField select size="small" label={t.backlog.chooseMeeting} value={target} onChange={(e) => setTarget(e.target.value)} sx={{ minWidth: 260 }}>
              {planned.map((m) => (
                <MenuItem key={m.id} value={String(m.id)}>
                  {`${formatDate(m.date)} ${m.title}`}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              disabled={!target}
              onClick={async () => {
                try {
                  await move.mutateAsync({ itemId: item.id, meetingId: Number(target) })
                } catch (e) {
                  setError(errorMessage(e))
                }
              }}
            >
              {t.backlog.putOn}
            </Button>
            <Button color="error" onClick={() => void remove.mutateAsync({ itemId: item.id })}>
              {da.common.delete}
            </Button>
          </Stack>
        )}
        <FormRootError message={error ?? undefined} sx={{ mt: 1 }} />
      </CardContent>
    </Card>
  )
}

export function BacklogPage() {
  const projectId = useRequiredProjectId()
  const backlog = useApiQuery('meetings.backlog', { projectId })
  const groups = useApiQuery('meetings.groups.list', { projectId })
  const meetings = useApiQuery('meetings.list', { projectId })
  const [adding, setAdding] = useState(false)
  return (
    <Stack spacing={2}>
      <Typography>{t.backlog.intro}</Typography>
      <div>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setAdding(true)} disabled={!groups.data?.length}>
          {t.backlog.add}
        </Button>
      </div>
      <QueryView query={backlog}>
        {(items) =>
          items.length === 0 ? (
            <Alert severity="info">{t.backlog.none}</Alert>
          ) : (
            <Stack spacing={2}>
              {(groups.data ?? []).map((g) => {
                const own = items.filter((i) => i.groupId === g.id)
                if (own.length === 0) return null
                return (
                  <Stack key={g.id} spacing={1}>
                    <Typography variant="h6" component="h2">
                      {g.name}
                    </Typography>
                    {own.map((i) => (
                      <BacklogItem key={i.id} item={i} meetings={meetings.data ?? []} />
                    ))}
                  </Stack>
                )
              })}
            </Stack>
          )
        }
      </QueryView>
      {adding && groups.data ? <ProposeDialog groups={groups.data} onClose={() => setAdding(false)} /> : null}
    </Stack>
  )
}
