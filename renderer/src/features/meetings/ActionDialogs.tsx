// Dialogs for action items: add or change one (from a decision), and change its status.
import { z } from 'zod'
import { Alert, MenuItem, Stack } from '@mui/material'
import { meetingsApi, type ActionItem } from '@shared/api/meetings'
import { actionStatuses, isClosedActionStatus, type ActionStatus } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { useApiMutation } from '../../api/hooks'
import { FormDateField, FormTextField, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { optionalDateField } from './ui'
import { LabelledFormDialog } from '../../components/FormDialog'

const t = da.meetings

const actionSchema = textFieldsOf(meetingsApi['meetings.actions.save'].input, { text: t.actions.text, owner: t.actions.owner }).extend({
  dueDate: optionalDateField()
})
type ActionValues = z.infer<typeof actionSchema>

export function ActionDialog({ itemId, action, onClose }: { itemId: number; action: ActionItem | null; onClose: () => void }) {
  const save = useApiMutation('meetings.actions.save')
  const remove = useApiMutation('meetings.actions.delete')
  const form = useGuardedForm<ActionValues>({
    resolver: zodResolver(actionSchema),
    defaultValues: { text: action?.text ?? '', owner: action?.owner ?? '', dueDate: action?.dueDate ?? '' }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['text', 'owner', 'dueDate']}
      save={(v) => save.mutateAsync({ ...(action ? { actionId: action.id } : { itemId }), text: v.text, owner: v.owner, dueDate: v.dueDate || null })}
      onClose={onClose}
      title={action ? t.actions.text : t.actions.add}
      label={t.actions.add}
      submitLabel={t.actions.save}
      remove={action ? { label: t.actions.remove, run: () => remove.mutateAsync({ actionId: action.id }) } : undefined}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <FormTextField control={form.control} name="text" label={t.actions.text} fullWidth required multiline minRows={2} />
        <FormTextField control={form.control} name="owner" label={t.actions.owner} fullWidth />
        <FormDateField control={form.control} name="dueDate" label={t.actions.dueDate} />
      </Stack>
    </LabelledFormDialog>
  )
}

const statusSchema = textFieldsOf(meetingsApi['meetings.actions.setStatus'].input, { statusNote: t.actions.statusNote }).extend({
  status: z.enum(actionStatuses),
  closedOn: optionalDateField()
})
type StatusValues = z.infer<typeof statusSchema>

/** Changes an action item's status; closing defaults to `closeDate` (e.g. the meeting where it was reported done). */
export function ActionStatusDialog({
  action,
  closeDate,
  onClose
}: {
  action: { id: number; text: string; status: ActionStatus; closedOn: string | null; statusNote: string }
  closeDate: string
  onClose: () => void
}) {
  const save = useApiMutation('meetings.actions.setStatus')
  const form = useGuardedForm<StatusValues>({
    resolver: zodResolver(statusSchema),
    defaultValues: { status: action.status, closedOn: action.closedOn ?? '', statusNote: action.statusNote }
  })
  return (
    <LabelledFormDialog
      form={form}
      fields={['status', 'closedOn', 'statusNote']}
      save={(v) =>
        save.mutateAsync({
          actionId: action.id,
          status: v.status,
          closedOn: isClosedActionStatus(v.status) ? v.closedOn || closeDate : null,
          statusNote: v.statusNote
        })
      }
      onClose={onClose}
      title={t.actions.setStatus}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Alert severity="info" icon={false}>
          {action.text}
        </Alert>
        <FormTextField control={form.control} name="status" label={t.actions.status} select fullWidth>
          {actionStatuses.map((s) => (
            <MenuItem key={s} value={s}>
              {t.actionStatuses[s]}
            </MenuItem>
          ))}
        </FormTextField>
        <FormDateField control={form.control} name="closedOn" label={t.actions.closedOn} />
        <FormTextField control={form.control} name="statusNote" label={t.actions.statusNote} fullWidth multiline minRows={2} />
      </Stack>
    </LabelledFormDialog>
  )
}
