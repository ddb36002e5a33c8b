// The dialogs of a month: the employee's signature, a manager's approval (with what will be posted)
// and unlocking with a reason. Names are remembered on this computer for the next approval.
import { z } from 'zod'
import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material'
import { timeApi, type MonthRow } from '@shared/api/time'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormTextField, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { FormDialog } from '../../components/FormDialog'
import { formatMonth } from '@shared/domain/months'
import { ApprovalDialog, approverDefaults, approverSchema, PreviewTotal, segmentText, UnlockStepBackDialog } from './approval'

const t = da.time.ui.months

export type MonthAction = { kind: 'sign' | 'approve' | 'unlock'; row: MonthRow } | null

const signSchema = textFieldsOf(timeApi['time.month.sign'].input, { signerName: t.signerName })

function SignDialog({ projectId, row, onClose }: { projectId: number; row: MonthRow; onClose: () => void }) {
  const sign = useApiMutation('time.month.sign')
  const form = useGuardedForm({ resolver: zodResolver(signSchema), defaultValues: { signerName: row.staffName } })
  const label = formatMonth(row.month)
  return (
    <FormDialog
      form={form}
      fields={['signerName']}
      save={(v) => sign.mutateAsync({ projectId, staffId: row.staffId, month: row.month, signerName: v.signerName })}
      onClose={onClose}
      title={t.signTitle(row.staffName, label)}
      submitLabel={t.sign}
    >
      <Typography sx={{ mb: 2 }}>{t.signText(row.staffName, label, formatHours(row.minutes))}</Typography>
      <FormTextField control={form.control} name="signerName" label={t.signerName} fullWidth required />
    </FormDialog>
  )
}

const approveSchema = approverSchema.extend({ statementText: z.string() })

function ApproveDialog({ projectId, row, onClose }: { projectId: number; row: MonthRow; onClose: () => void }) {
  const approve = useApiMutation('time.month.approve')
  const preview = useApiQuery('time.month.preview', { projectId, staffId: row.staffId, month: row.month })
  const project = useApiQuery('projects.get', { projectId })
  const label = formatMonth(row.month)
  const isStatement = row.mode === 'statement'
  const form = useGuardedForm({
    resolver: zodResolver(approveSchema),
    defaultValues: {
      ...approverDefaults(),
      statementText: isStatement ? da.time.months.defaultStatement(row.staffName, label, project.data?.title ?? '') : ''
    }
  })
  return (
    <ApprovalDialog
      form={form}
      fields={['statementText']}
      save={(v) => approve.mutateAsync({ projectId, staffId: row.staffId, month: row.month, ...v })}
      onClose={onClose}
      title={t.approveTitle(row.staffName, label)}
      submitLabel={isStatement ? t.approveStatement : t.approve}
      preview={preview}
      after={
        isStatement ? (
          <Alert severity="info" sx={{ my: 2 }}>
            {t.statementExplanation}
          </Alert>
        ) : null
      }
      ownFields={isStatement ? <FormTextField control={form.control} name="statementText" label={t.statementText} fullWidth multiline minRows={3} /> : null}
    >
      {(p) => (
        <>
          <Typography data-testid="approve-preview-hours">
            {isStatement
              ? t.previewStatement(formatHours(p.minutes), String(p.workingDays).replace('.', ','))
              : t.previewHours(formatHours(p.minutes), formatHours(p.normMinutes))}
          </Typography>
          {p.coveredByWeeks.map((w) => (
            <Typography key={w.weekStart} variant="body2" color="text.secondary" data-testid="approve-preview-week">
              {t.coveredByWeek(da.time.weekLabel(w.week, w.isoYear), formatDate(w.from), formatDate(w.to), formatHours(w.minutes), formatKr(w.postedOre))}
            </Typography>
          ))}
          <List dense>
            {p.segments.map((s) => (
              <ListItem key={s.rateId} disableGutters>
                <ListItemText primary={segmentText(s)} />
              </ListItem>
            ))}
          </List>
          {p.budgetLine ? <Typography>{t.line(p.budgetLine.title, p.budgetLine.year)}</Typography> : null}
          <PreviewTotal text={t.total(formatKr(p.totalOre))} testId="approve-preview-total" problem={p.problem} />
        </>
      )}
    </ApprovalDialog>
  )
}

function UnlockDialog({ projectId, row, onClose }: { projectId: number; row: MonthRow; onClose: () => void }) {
  const unlock = useApiMutation('time.month.unlock')
  return (
    <UnlockStepBackDialog
      title={t.unlockTitle(row.staffName, formatMonth(row.month))}
      info={t.unlockInfo}
      submitLabel={t.unlock}
      onClose={onClose}
      save={(v) => unlock.mutateAsync({ projectId, staffId: row.staffId, month: row.month, ...v })}
    />
  )
}

export function MonthDialog({ projectId, action, onClose }: { projectId: number; action: MonthAction; onClose: () => void }) {
  if (!action) return null
  if (action.kind === 'sign') return <SignDialog projectId={projectId} row={action.row} onClose={onClose} />
  if (action.kind === 'approve') return <ApproveDialog projectId={projectId} row={action.row} onClose={onClose} />
  return <UnlockDialog projectId={projectId} row={action.row} onClose={onClose} />
}
