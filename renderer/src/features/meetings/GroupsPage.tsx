// Grupper og medlemmer: the project's groups with their required cadence and their members
// (with start and end dates, so that old minutes keep the members of their day).
import { useState } from 'react'
import { z } from 'zod'
import { Alert, Box, Button, Card, CardContent, Grid, IconButton, MenuItem, Stack, TableCell, TableRow, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import EditIcon from '@mui/icons-material/Edit'
import { meetingsApi, type Group, type Member } from '@shared/api/meetings'
import { formatDate, toIsoDate } from '@shared/domain/dates'
import { cadenceMonthOptions, groupKinds, memberRoles, type GroupKind, type MemberRole } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormDateField, FormTextField, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { optionalDateField } from './ui'
import { LabelledFormDialog } from '../../components/FormDialog'
import { CardTable } from '../../components/CardTable'
import { textsOf } from '../../components/formValues'

const t = da.meetings

const groupSchema = textFieldsOf(meetingsApi['meetings.groups.save'].input, { name: t.groups.name, description: t.groups.description }).extend({
  kind: z.enum(groupKinds),
  cadence: z.string()
})
type GroupValues = z.infer<typeof groupSchema>

function GroupDialog({ group, onClose }: { group: Group | null; onClose: () => void }) {
  const projectId = useRequiredProjectId()
  const save = useApiMutation('meetings.groups.save')
  const form = useGuardedForm<GroupValues>({
    resolver: zodResolver(groupSchema),
    defaultValues: {
      kind: group?.kind ?? 'other',
      name: group?.name ?? '',
      description: group?.description ?? '',
      cadence: group?.cadenceMonths === null || group === null ? 'pool' : String(group.cadenceMonths)
    }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['kind', 'name', 'description']}
      save={(v) =>
        save.mutateAsync({
          projectId,
          ...(group ? { groupId: group.id } : {}),
          kind: v.kind,
          name: v.name,
          description: v.description,
          cadenceMonths: v.cadence === 'pool' ? null : Number(v.cadence)
        })
      }
      onClose={onClose}
      title={group ? t.groups.edit : t.groups.add}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <FormTextField control={form.control} name="kind" label={t.groups.kind} select fullWidth>
          {groupKinds.map((k) => (
            <MenuItem key={k} value={k}>
              {t.groupKinds[k]}
            </MenuItem>
          ))}
        </FormTextField>
        <FormTextField control={form.control} name="name" label={t.groups.name} fullWidth required />
        <FormTextField control={form.control} name="description" label={t.groups.description} fullWidth multiline minRows={2} />
        <FormTextField control={form.control} name="cadence" label={t.groups.cadence} select fullWidth>
          <MenuItem value="pool">{t.groups.cadencePool}</MenuItem>
          {cadenceMonthOptions.map((n) => (
            <MenuItem key={n} value={String(n)}>
              {t.groups.cadenceOption(n)}
            </MenuItem>
          ))}
          <MenuItem value="0">{t.groups.cadenceNone}</MenuItem>
        </FormTextField>
      </Stack>
    </LabelledFormDialog>
  )
}

const memberSchema = textFieldsOf(meetingsApi['meetings.members.save'].input, {
  name: t.members.name,
  administration: t.members.administration,
  jobTitle: t.members.jobTitle,
  email: t.members.email
}).extend({
  role: z.enum(memberRoles),
  startDate: optionalDateField(),
  endDate: optionalDateField()
})
type MemberValues = z.infer<typeof memberSchema>

function MemberDialog({ groupId, member, onClose }: { groupId: number; member: Member | null; onClose: () => void }) {
  const save = useApiMutation('meetings.members.save')
  const remove = useApiMutation('meetings.members.delete')
  const form = useGuardedForm<MemberValues>({
    resolver: zodResolver(memberSchema),
    defaultValues: { ...textsOf(member, ['name', 'administration', 'jobTitle', 'email', 'startDate', 'endDate']), role: member?.role ?? 'member' }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['name', 'administration', 'jobTitle', 'role', 'email', 'startDate', 'endDate']}
      save={(v) =>
        save.mutateAsync({
          groupId,
          ...(member ? { memberId: member.id } : {}),
          ...v,
          role: v.role as MemberRole,
          startDate: v.startDate || null,
          endDate: v.endDate || null
        })
      }
      onClose={onClose}
      title={member ? t.members.edit : t.members.add}
      remove={member ? { label: t.members.remove, run: () => remove.mutateAsync({ memberId: member.id }) } : undefined}
    >
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <FormTextField cell={{ xs: 12, sm: 7 }} control={form.control} name="name" label={t.members.name} fullWidth required />
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormTextField control={form.control} name="role" label={t.members.role} select fullWidth>
            {memberRoles.map((r) => (
              <MenuItem key={r} value={r}>
                {t.roles[r]}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <FormTextField cell={{ xs: 12, sm: 6 }} control={form.control} name="administration" label={t.members.administration} fullWidth />
        <FormTextField cell={{ xs: 12, sm: 6 }} control={form.control} name="jobTitle" label={t.members.jobTitle} fullWidth />
        <FormTextField cell={12} control={form.control} name="email" label={t.members.email} fullWidth />
        <FormDateField cell={{ xs: 12, sm: 6 }} control={form.control} name="startDate" label={t.members.startDate} />
        <FormDateField cell={{ xs: 12, sm: 6 }} control={form.control} name="endDate" label={t.members.endDate} helperText={t.members.endHelp} />
      </Grid>
    </LabelledFormDialog>
  )
}

function period(m: Member): string {
  if (!m.startDate && !m.endDate) return ''
  return `${formatDate(m.startDate) || '…'}–${formatDate(m.endDate) || ''}`
}

function GroupCard({ group }: { group: Group }) {
  const [editing, setEditing] = useState(false)
  const [member, setMember] = useState<Member | 'new' | null>(null)
  const today = toIsoDate(new Date())
  return (
    <Card variant="outlined" data-testid={`group-${group.kind}`}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2 }}>
          <Box>
            <Typography variant="h6" component="h2">
              {group.name}
            </Typography>
            <Typography color="text.secondary">
              {`${t.groupKinds[group.kind]} · ${t.groups.cadenceLabel(group.effectiveCadenceMonths)} (${group.cadenceSource === 'pool' ? t.groups.fromPool : t.groups.fromGroup})`}
            </Typography>
            {group.description ? <Typography sx={{ mt: 1 }}>{group.description}</Typography> : null}
          </Box>
          <Button startIcon={<EditIcon />} onClick={() => setEditing(true)} aria-label={`${t.groups.edit}: ${group.name}`}>
            {da.common.edit}
          </Button>
        </Stack>
        <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
          {t.groups.members}
        </Typography>
        <CardTable
          empty={group.members.length === 0}
          emptyText={t.groups.noMembers}
          label={`${t.groups.members}: ${group.name}`}
          head={
            <>
              <TableCell>{t.members.name}</TableCell>
              <TableCell>{t.members.role}</TableCell>
              <TableCell>{t.members.jobTitle}</TableCell>
              <TableCell>{t.members.administration}</TableCell>
              <TableCell>{t.members.period}</TableCell>
              <TableCell />
            </>
          }
        >
          {group.members.map((m) => (
            <TableRow key={m.id} sx={m.endDate && m.endDate < today ? { opacity: 0.6 } : undefined}>
              <TableCell>{m.name}</TableCell>
              <TableCell>{t.roles[m.role]}</TableCell>
              <TableCell>{m.jobTitle}</TableCell>
              <TableCell>{m.administration}</TableCell>
              <TableCell>{period(m)}</TableCell>
              <TableCell align="right">
                <IconButton size="small" onClick={() => setMember(m)} aria-label={`${t.members.edit}: ${m.name}`}>
                  <EditIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </CardTable>
        <Button startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => setMember('new')}>
          {t.members.add}
        </Button>
      </CardContent>
      {editing ? <GroupDialog group={group} onClose={() => setEditing(false)} /> : null}
      {member ? <MemberDialog groupId={group.id} member={member === 'new' ? null : member} onClose={() => setMember(null)} /> : null}
    </Card>
  )
}

export function GroupsPage() {
  const projectId = useRequiredProjectId()
  const groups = useApiQuery('meetings.groups.list', { projectId })
  const save = useApiMutation('meetings.groups.save')
  const [adding, setAdding] = useState(false)
  const createDefaults = async () => {
    const defaults: [GroupKind, string][] = [
      ['steering', t.groups.steeringDefaultName],
      ['implementation', t.groups.implementationDefaultName]
    ]
    for (const [kind, name] of defaults) await save.mutateAsync({ projectId, kind, name, description: '', cadenceMonths: null })
  }
  return (
    <QueryView query={groups}>
      {(list) => (
        <Stack spacing={3}>
          {list.length === 0 ? (
            <Alert
              severity="info"
              action={
                <Button color="inherit" onClick={() => void createDefaults()} loading={save.isPending}>
                  {t.groups.createDefaults}
                </Button>
              }
            >
              {t.groups.none}
            </Alert>
          ) : null}
          {list.map((g) => (
            <GroupCard key={g.id} group={g} />
          ))}
          <Box>
            <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setAdding(true)}>
              {t.groups.add}
            </Button>
          </Box>
          {adding ? <GroupDialog group={null} onClose={() => setAdding(false)} /> : null}
        </Stack>
      )}
    </QueryView>
  )
}
