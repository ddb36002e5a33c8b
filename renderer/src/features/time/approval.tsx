// What approving and stepping back share (months, weeks, accounts): the approver's name and role,
// remembered on this computer for the next approval, and the dialog of a step back (unlocking an
// approved month or week, withdrawing a signed account) that asks why and who.
import type { ComponentProps, ReactNode } from 'react'
import type { Control, FieldValues, UseFormReturn } from 'react-hook-form'
import type { UseQueryResult } from '@tanstack/react-query'
import { Alert, Stack, Typography } from '@mui/material'
import { approverFields, stepBackFields } from '@shared/api/schemas'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import type { ApiClientError } from '../../api/client'
import { FormTextField, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { FormDialog } from '../../components/FormDialog'
import { QueryView } from '../../shell/StateViews'

const m = da.time.ui.months
const APPROVER_KEY = 'puljestyr.approver'

function rememberedApprover(): { name: string; role: string } {
  try {
    const v = JSON.parse(localStorage.getItem(APPROVER_KEY) ?? '{}') as { name?: string; role?: string }
    return { name: v.name ?? '', role: v.role ?? '' }
  } catch {
    return { name: '', role: '' }
  }
}

function rememberApprover(v: { approverName: string; approverRole: string }): void {
  localStorage.setItem(APPROVER_KEY, JSON.stringify({ name: v.approverName, role: v.approverRole }))
}

/** The approver's fields, by the contract's rules. */
export const approverSchema = textFieldsOf({ shape: approverFields }, { approverName: m.approverName, approverRole: m.approverRole })
const APPROVER_FIELDS = ['approverName', 'approverRole'] as const

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

/** A preview's line of one hourly rate's part: its dates, hours, rate and amount. */
export function segmentText(s: { from: string; to: string; minutes: number; hourlyRateOre: number; amountOre: number }): string {
  return m.segment(formatDate(s.from), formatDate(s.to), formatHours(s.minutes), formatKr(s.hourlyRateOre), formatKr(s.amountOre))
}

/**
 * An approval (a month's or a week's): what it will post (the preview, which may say why it cannot
 * be approved, and then the button is off), then who approves. `before` comes above the preview,
 * `after` under it, `ownFields` before the approver's own. The approver's fields (and the dialog's
 * own `fields`) show the server's errors, and the approver is remembered for the next approval
 * before it is saved.
 */
export function ApprovalDialog<T extends { approverName: string; approverRole: string }, P extends { problem: string | null }>({
  form,
  fields = [],
  save,
  onClose,
  title,
  submitLabel,
  preview,
  children,
  before,
  after,
  ownFields
}: {
  form: UseFormReturn<T>
  /** The dialog's own fields that show a refused save's message (the approver's always do). */
  fields?: readonly string[]
  /** Approves; the dialog then closes (FormDialog). */
  save: (values: T) => Promise<unknown>
  onClose: () => void
  title: ReactNode
  submitLabel: ReactNode
  preview: UseQueryResult<P, ApiClientError>
  /** The preview, once loaded. */
  children: (preview: P) => ReactNode
  before?: ReactNode
  after?: ReactNode
  ownFields?: ReactNode
}) {
  return (
    <FormDialog
      form={form}
      fields={[...APPROVER_FIELDS, ...fields]}
      save={(v) => {
        rememberApprover(v)
        return save(v)
      }}
      onClose={onClose}
      title={title}
      submitLabel={submitLabel}
      submitDisabled={Boolean(preview.data?.problem)}
      maxWidth="md"
    >
      {before}
      <Typography variant="subtitle1" component="h3">
        {m.preview}
      </Typography>
      <QueryView query={preview}>{children}</QueryView>
      {after}
      <Stack spacing={2} sx={{ mt: 2 }}>
        {ownFields}
        <ApproverFields control={form.control} />
      </Stack>
    </FormDialog>
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

/** Unlocking an approved month or week: a step back that asks the remembered approver by default. */
export function UnlockStepBackDialog(props: Omit<ComponentProps<typeof StepBackDialog>, 'actorName'>) {
  return <StepBackDialog {...props} actorName={rememberedApprover().name} />
}

/** A step back: a warning of what it undoes, why (a reason the audit trail keeps) and who; it closes once saved. */
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
  save: (values: { reason: string; actorName: string }) => Promise<unknown>
}) {
  const form = useGuardedForm({ resolver: zodResolver(stepBackSchema), defaultValues: { reason: '', actorName } })
  return (
    <FormDialog form={form} fields={['reason', 'actorName']} save={save} onClose={onClose} title={title} submitLabel={submitLabel} submitColor="warning">
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
