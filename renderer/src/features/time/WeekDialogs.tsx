// The dialogs of a week: a manager's approval (with what it will post, month part by month part) and
// unlocking with a reason. The approver's name is remembered on this computer, as for months.
import { Alert, List, ListItem, ListItemText } from '@mui/material'
import type { Week } from '@shared/api/time'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { useGuardedForm, zodResolver } from '../../components/form'
import { ApprovalDialog, approverDefaults, approverSchema, PreviewTotal, segmentText, UnlockStepBackDialog } from './approval'
import { formatMonth } from '@shared/domain/months'

const t = da.time.ui.week
const m = da.time.ui.months

export type WeekAction = 'approve' | 'unlock' | null

function weekName(week: Week): string {
  return da.time.weekLabel(week.week, week.isoYear)
}

function ApproveWeekDialog({ projectId, week, onClose, onDone }: { projectId: number; week: Week; onClose: () => void; onDone: (text: string) => void }) {
  const approve = useApiMutation('time.week.approve')
  const preview = useApiQuery('time.week.preview', { projectId, staffId: week.staff.id, weekStart: week.weekStart })
  const form = useGuardedForm({ resolver: zodResolver(approverSchema), defaultValues: approverDefaults() })
  return (
    <ApprovalDialog
      form={form}
      save={async (v) => {
        await approve.mutateAsync({ projectId, staffId: week.staff.id, weekStart: week.weekStart, ...v })
        onDone(t.approved)
      }}
      onClose={onClose}
      title={t.approveTitle(weekName(week), week.staff.name)}
      submitLabel={t.approveWeek}
      preview={preview}
      before={
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.approveRule}
        </Alert>
      }
    >
      {(p) => (
        <>
          <List dense>
            {p.parts.map((part) => (
              <ListItem key={part.month} disableGutters data-testid={`week-part-${part.month}`}>
                <ListItemText
                  primary={
                    part.postedWith === 'month'
                      ? t.partMonth(formatDate(part.from), formatDate(part.to), formatMonth(part.month), formatHours(part.minutes))
                      : t.partWeek(formatDate(part.from), formatDate(part.to), formatMonth(part.month), formatHours(part.minutes))
                  }
                  secondary={
                    part.postedWith === 'week'
                      ? [...part.segments.map(segmentText), ...(part.budgetLine ? [m.line(part.budgetLine.title, part.budgetLine.year)] : [])].join(' · ')
                      : null
                  }
                />
              </ListItem>
            ))}
          </List>
          <PreviewTotal text={t.postedWithWeek(formatKr(p.totalOre))} testId="week-preview-total" problem={p.problem} />
        </>
      )}
    </ApprovalDialog>
  )
}

function UnlockWeekDialog({ projectId, week, onClose, onDone }: { projectId: number; week: Week; onClose: () => void; onDone: (text: string) => void }) {
  const unlock = useApiMutation('time.week.unlock')
  return (
    <UnlockStepBackDialog
      title={t.unlockTitle(weekName(week), week.staff.name)}
      info={t.unlockInfo}
      submitLabel={t.unlockWeek}
      onClose={onClose}
      save={async (v) => {
        await unlock.mutateAsync({ projectId, staffId: week.staff.id, weekStart: week.weekStart, ...v })
        onDone(t.unlocked)
      }}
    />
  )
}

export function WeekDialog({
  projectId,
  week,
  action,
  onClose,
  onDone
}: {
  projectId: number
  week: Week
  action: WeekAction
  onClose: () => void
  /** What to say once the approval or the unlocking is saved (the dialog then closes itself). */
  onDone: (text: string) => void
}) {
  if (action === 'approve') return <ApproveWeekDialog projectId={projectId} week={week} onClose={onClose} onDone={onDone} />
  if (action === 'unlock') return <UnlockWeekDialog projectId={projectId} week={week} onClose={onClose} onDone={onDone} />
  return null
}
