// What approving and stepping back share (months, weeks, accounts): the approver's name and role,
// remembered on this computer for the next approval, and the dialog of a step back (unlocking an
// approved month or week, withdrawing a signed account) that asks why and who.
import type { ReactNode } from 'react'
import type { Control, FieldValues } from 'react-hook-form'
import { Alert, Stack, Typography } from '@mui/material'
import { approverFields, stepBackFields } from '@shared/api/schemas'
import { da } from '@shared/texts/da'
import { FormTextField, submitTo, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { FormDialog } from '../../components/FormDialog'

const m = da.time.ui.months
const APPROVER_KEY = 'puljestyr.approver'

export function rememberedApprover(): { name: string; role: string } {
  try {
    const v = JSON.parse(localStorage.getItem(APPROVER_KEY) ?? '{}') as { name?: string; role?: string }
    return { name: v.name ?? '', role: v.role ?? '' }
  } catch {
    return { name: '', role: '' }
  }
}

export function rememberApprover(v: { approverName: string; approverRole: string }): void {
  localStorage.setItem(APPROVER_KEY, JSON.stringify({ name: v.approverName, role: v.approverRole }))
}

/** The approver's fields, by the contract's rules. */
export const approverSchema = textFieldsOf({ shape: approverFields }, { approverName: m.approverName, approverRole: m.approverRole })
export const APPROVER_FIELDS = ['approverName', 'approverRole'] as const

export function approverDefaults(): { approverName: string; approverRole: string } {
  const remembered = rememberedApprover()
  return { approverName: remembered.name, approverRole: remembered.role }
}

/** An approval preview's foot: what the approval posts in all, and why it cannot be approved, if so. */
export function PreviewTotal({ text, testId, problem }: { text: string; testId: string; problem: string | null }) {
  return (
    <>
      <Typography sx={{ fontWeight: 500 }} data-testid={testId}>
        {text}
      </Typography>
      {problem ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      ) : null}
    </>
  )
}

export function ApproverFields<T extends FieldValues>({ control }: { control: Control<T> }) {
  return (
    <>
      <FormTextField control={control} name={'approverName' as never} label={m.approverName} fullWidth required />
      <FormTextField control={control} name={'approverRole' as never} label={m.approverRole} fullWidth required />
    </>
  )
}

const stepBackSchema = textFieldsOf({ shape: stepBackFields }, { reason: m.reason, actorName: m.actorName })

/** A step back: a warning of what it undoes, why (a reason the audit trail keeps) and who. */
export function StepBackDialog({
  title,
  info,
  submitLabel,
  actorName,
  onClose,
  save
}: {
  title: ReactNode
  info: ReactNode
  submitLabel: ReactNode
  /** Who is asked by default (the remembered approver, or nobody). */
  actorName: string
  onClose: () => void
  save: (values: { reason: string; actorName: string }) => Promise<void>
}) {
  const form = useGuardedForm({ resolver: zodResolver(stepBackSchema), defaultValues: { reason: '', actorName } })
  const submit = submitTo(form, ['reason', 'actorName'], save)
  return (
    <FormDialog form={form} onSubmit={submit} onClose={onClose} title={title} submitLabel={submitLabel} submitColor="warning">
      <Alert severity="warning" sx={{ mb: 2 }}>
        {info}
      </Alert>
      <Stack spacing={2}>
        <FormTextField control={form.control} name="reason" label={m.reason} fullWidth required multiline minRows={2} />
        <FormTextField control={form.control} name="actorName" label={m.actorName} fullWidth required />
      </Stack>
    </FormDialog>
  )
}
