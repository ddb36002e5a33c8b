// The steps of a version's life, each a small dialog: send to STAR (date, reason), record STAR's
// approval (date, reference, who) or rejection, or put a change the pool allows in force at once.
import { useState } from 'react'
import { type z } from 'zod'
import { Alert, AlertTitle, Button, Stack } from '@mui/material'
import { budgetApi, type BudgetVersionDetail } from '@shared/api/budget'
import { positionInPeriod } from '@shared/domain/budget/limits'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiMutation } from '../../api/hooks'
import { useConfirm } from '../../components/ConfirmDialog'
import { FormDateField, FormTextField, formFields, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { LabelledFormDialog } from '../../components/FormDialog'

const t = da.budget.ui.actions
type Action = 'send' | 'approve' | 'reject' | 'register'

const actor = { actorName: t.actorName, actorRole: t.actorRole }
/** STAR's decision (approval or rejection), by the rules of its call's input. */
type DecisionInput = { shape: Record<'starReference' | 'actorName' | 'actorRole' | 'decisionNote', z.ZodType> }
const decision = (input: DecisionInput, dateLabel: string, noteLabel: string) =>
  textFieldsOf(input, { starReference: t.starReference, ...actor }).extend({
    date: formFields.date(dateLabel),
    note: formFields.textBy(input.shape.decisionNote, noteLabel)
  })
const schemas = {
  send: textFieldsOf(budgetApi['budget.send'].input, { reason: t.reason }).extend({ date: formFields.date(t.sentDate) }),
  approve: decision(budgetApi['budget.approve'].input, t.approvedDate, t.note),
  reject: decision(budgetApi['budget.reject'].input, t.rejectedDate, t.rejectionNote),
  register: textFieldsOf(budgetApi['budget.register'].input, { reason: t.reason, ...actor }).extend({ date: formFields.date(t.effectiveDate) })
}
type Values = { date: string; reason?: string; starReference?: string; actorName?: string; actorRole?: string; note?: string }

function ActionDialog({ action, detail, onClose }: { action: Action; detail: BudgetVersionDetail; onClose: () => void }) {
  const send = useApiMutation('budget.send')
  const approve = useApiMutation('budget.approve')
  const reject = useApiMutation('budget.reject')
  const register = useApiMutation('budget.register')
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schemas[action] as unknown as z.ZodType<Values, Values>) as never,
    defaultValues: { date: '', reason: detail.version.reason, starReference: '', actorName: '', actorRole: '', note: '' }
  })
  const versionId = detail.version.id
  const [confirmDialog, confirm] = useConfirm()
  const dateLabel = action === 'send' ? t.sentDate : action === 'approve' ? t.approvedDate : action === 'reject' ? t.rejectedDate : t.effectiveDate
  // A date after the project's end, or before its start, is most often a typing error: ask first.
  const dateInPeriodOrConfirmed = async (v: Values) => {
    const { periodStart, periodEnd } = detail.project
    const position = positionInPeriod(v.date, periodStart, periodEnd)
    if (position === 'inside') return true
    return confirm({
      title: t.outsideTitle,
      message:
        position === 'afterEnd'
          ? t.afterEnd(dateLabel, formatDate(v.date), formatDate(periodEnd))
          : t.beforeStart(dateLabel, formatDate(v.date), formatDate(periodStart)),
      confirmLabel: t.confirmDate,
      cancelLabel: t.changeDate
    })
  }
  const saveAction = async (v: Values) => {
    if (action === 'send') await send.mutateAsync({ versionId, sentDate: v.date, reason: v.reason ?? '' })
    const decided = {
      versionId,
      decidedDate: v.date,
      starReference: v.starReference ?? '',
      decisionNote: v.note ?? '',
      actorName: v.actorName ?? '',
      actorRole: v.actorRole ?? ''
    }
    if (action === 'approve') await approve.mutateAsync(decided)
    if (action === 'reject') await reject.mutateAsync(decided)
    if (action === 'register')
      await register.mutateAsync({ versionId, effectiveDate: v.date, reason: v.reason ?? '', actorName: v.actorName ?? '', actorRole: v.actorRole ?? '' })
  }
  const control = form.control
  const title = da.budget.actions[action]!
  return (
    <>
      <LabelledFormDialog
        form={form}
        fields={['reason', 'starReference', 'actorName', 'actorRole']}
        askFirst={dateInPeriodOrConfirmed}
        save={saveAction}
        onClose={onClose}
        title={title}
        submitLabel={title}
      >
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="info">{t.help[action]}</Alert>
          <FormDateField control={control} name="date" label={dateLabel} />
          {action === 'send' || action === 'register' ? (
            <FormTextField control={control} name="reason" label={t.reason} required multiline minRows={3} fullWidth />
          ) : null}
          {action === 'register' ? (
            <>
              <FormTextField control={control} name="actorName" label={t.actorName} required fullWidth helperText={t.actorHelp} />
              <FormTextField control={control} name="actorRole" label={t.actorRole} required fullWidth />
            </>
          ) : null}
          {action === 'approve' || action === 'reject' ? (
            <>
              <FormTextField control={control} name="starReference" label={t.starReference} required={action === 'approve'} fullWidth />
              <FormTextField
                control={control}
                name="note"
                label={action === 'reject' ? t.rejectionNote : t.note}
                required={action === 'reject'}
                multiline
                minRows={2}
                fullWidth
              />
              <FormTextField control={control} name="actorName" label={t.actorName} required fullWidth helperText={t.actorHelp} />
              <FormTextField control={control} name="actorRole" label={t.actorRole} required fullWidth />
            </>
          ) : null}
        </Stack>
      </LabelledFormDialog>
      {confirmDialog}
    </>
  )
}

const BLOCKABLE: readonly Action[] = ['register', 'send', 'approve']

/** Why sending or putting in force is not possible now, shown where the (disabled) buttons are. */
export function VersionBlockedReasons({ detail }: { detail: BudgetVersionDetail }) {
  if (detail.blockedReasons.length === 0 || !BLOCKABLE.some((a) => detail.allowedActions.includes(a))) return null
  return (
    <Alert severity="error" sx={{ mb: 2 }} id="version-blocked-reasons" data-testid="version-blocked-reasons">
      <AlertTitle>{da.budget.errors.blockedTitle}</AlertTitle>
      {detail.blockedReasons.map((r) => (
        <div key={r}>{r}</div>
      ))}
    </Alert>
  )
}

export function VersionActionButtons({ detail }: { detail: BudgetVersionDetail }) {
  const [open, setOpen] = useState<Action | null>(null)
  const actions = (['register', 'send', 'approve', 'reject'] as const).filter((a) => detail.allowedActions.includes(a))
  const blocked = detail.blockedReasons.length > 0
  return (
    <>
      {actions.map((a) => (
        <Button
          key={a}
          variant={a === 'reject' ? 'outlined' : 'contained'}
          color={a === 'reject' ? 'error' : 'primary'}
          onClick={() => setOpen(a)}
          disabled={blocked && BLOCKABLE.includes(a)}
          aria-describedby={blocked && BLOCKABLE.includes(a) ? 'version-blocked-reasons' : undefined}
        >
          {da.budget.actions[a]}
        </Button>
      ))}
      {open ? <ActionDialog action={open} detail={detail} onClose={() => setOpen(null)} /> : null}
    </>
  )
}
