// After the meeting: approving its minutes (which locks them) and the addenda, the only way
// anything is added to minutes once approved.
import { useState } from 'react'
import { z } from 'zod'
import { Box, Button, DialogContentText, MenuItem, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { meetingsApi, type Meeting } from '@shared/api/meetings'
import { formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiMutation } from '../../api/hooks'
import { FormRootError, FormTextField, submitTo, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { LabelledFormDialog } from '../../components/FormDialog'
import { SectionCard } from '../../components/SectionCard'

const t = da.meetings

const approveSchema = textFieldsOf(meetingsApi['meetings.approve'].input, { approverName: t.approval.approverName, approverRole: t.approval.approverRole })
type ApproveValues = z.infer<typeof approveSchema>

/** Approving the minutes: who approves (the chair by default); the minutes are then locked. */
export function ApproveMinutesDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const approve = useApiMutation('meetings.approve')
  const chair = meeting.attendance.find((a) => a.role === 'chair')
  const form = useGuardedForm<ApproveValues>({
    resolver: zodResolver(approveSchema),
    defaultValues: { approverName: chair?.name ?? '', approverRole: chair ? `${t.roles.chair}, ${meeting.groupName.toLowerCase()}` : '' }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['approverName', 'approverRole']}
      save={(v) => approve.mutateAsync({ meetingId: meeting.id, ...v })}
      onClose={onClose}
      title={t.approval.title}
      submitLabel={t.approval.confirm}
    >
      <DialogContentText>{t.approval.intro}</DialogContentText>
      <Stack spacing={2} sx={{ mt: 2 }}>
        <FormTextField control={form.control} name="approverName" label={t.approval.approverName} fullWidth required />
        <FormTextField control={form.control} name="approverRole" label={t.approval.approverRole} helperText={t.approval.approverRoleHelp} fullWidth required />
      </Stack>
    </LabelledFormDialog>
  )
}

const addendumSchema = textFieldsOf(meetingsApi['meetings.addenda.add'].input, {
  text: t.addenda.text,
  authorName: t.addenda.authorName,
  authorRole: t.addenda.authorRole
}).extend({ itemId: z.string() })
type AddendumValues = z.infer<typeof addendumSchema>

/** Addenda to locked minutes: what was added afterwards, by whom, and a form to add one. */
export function AddendaCard({ meeting }: { meeting: Meeting }) {
  const add = useApiMutation('meetings.addenda.add')
  const [open, setOpen] = useState(false)
  const form = useGuardedForm<AddendumValues>({
    resolver: zodResolver(addendumSchema),
    defaultValues: { text: '', itemId: '', authorName: '', authorRole: '' }
  })
  const submit = submitTo(form, ['text', 'authorName', 'authorRole'], async (v) => {
    await add.mutateAsync({
      meetingId: meeting.id,
      text: v.text,
      itemId: v.itemId ? Number(v.itemId) : null,
      authorName: v.authorName,
      authorRole: v.authorRole
    })
    form.reset()
    setOpen(false)
  })
  return (
    <SectionCard title={t.addenda.title} section label={t.addenda.title}>
      {meeting.addenda.map((a) => (
        <Box key={a.id} sx={{ mb: 2 }}>
          <Typography variant="subtitle2">{t.addenda.heading(formatDateTime(a.createdAt), a.authorName, a.authorRole)}</Typography>
          {a.itemNumber ? <Typography variant="body2">{t.addenda.regarding(a.itemNumber)}</Typography> : null}
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{a.text}</Typography>
        </Box>
      ))}
      {open ? (
        <form onSubmit={submit} noValidate aria-label={t.addenda.add}>
          <Stack spacing={2}>
            <FormTextField control={form.control} name="text" label={t.addenda.text} fullWidth multiline minRows={3} required />
            <FormTextField control={form.control} name="itemId" label={t.addenda.item} select fullWidth>
              <MenuItem value="">{t.addenda.noItem}</MenuItem>
              {meeting.items.map((i) => (
                <MenuItem key={i.id} value={String(i.id)}>{`${i.number}. ${i.title}`}</MenuItem>
              ))}
            </FormTextField>
            <Stack direction="row" spacing={2}>
              <FormTextField control={form.control} name="authorName" label={t.addenda.authorName} fullWidth required />
              <FormTextField control={form.control} name="authorRole" label={t.addenda.authorRole} fullWidth required />
            </Stack>
            <FormRootError message={form.formState.errors.root?.message} sx={{ mt: 0 }} />
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
                {t.addenda.add}
              </Button>
              <Button onClick={() => setOpen(false)}>{da.common.cancel}</Button>
            </Stack>
          </Stack>
        </form>
      ) : (
        <Button startIcon={<AddIcon />} onClick={() => setOpen(true)}>
          {t.addenda.add}
        </Button>
      )}
    </SectionCard>
  )
}
