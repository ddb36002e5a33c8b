// What a figure of the pack is made of: a click on an amount in the preview lists its postings
// (date, text, staff, hours, rate, source) from the ledger, with their total; a click on a KPI share
// lists the participants of its denominator and which of them it counts; the meetings held list the
// quarter's meetings and which count; a progression mean lists each participant's pair of answers;
// the counts of action items, months, caseloads, passive cases and a revision's moves are in
// MoreTraces. Each time the figure is checked against the rows it is made of.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material'
import { countsAsHeld } from '@shared/domain/meetings/agenda'
import type { TraceableKpi } from '@shared/domain/participants/kpiMembers'
import { formatScore } from '@shared/domain/participants/progression'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { formatMeasuredShare } from '@shared/domain/percent'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { CountTraceRows, RowsTable, TraceCheck, type CountTrace } from './MoreTraces'

const t = da.quarterly.trace

export interface LedgerTrace {
  kind: 'ledger'
  label: string
  from?: string
  to: string
  budgetLineId?: number
  year?: number
  /** The figure shown in the pack, which the rows must add up to. */
  amountOre: number
}

interface KpiTrace {
  kind: 'kpi'
  label: string
  month: string
  kpi: TraceableKpi
  /** The share shown in the pack, which count ÷ total must give. */
  share: number
}

interface MeetingsTrace {
  kind: 'meetings'
  label: string
  from: string
  to: string
  /** The meetings held shown in the pack, which the counted meetings must give. */
  count: number
}

interface ProgressionTrace {
  kind: 'progression'
  label: string
  themeKey: string
  /** The means shown in the pack, which the participants' answers must give. */
  intakeMean: number | null
  latestMean: number | null
}

export type TraceRequest = LedgerTrace | KpiTrace | MeetingsTrace | ProgressionTrace | CountTrace

export function TraceDialog({ projectId, request, onClose }: { projectId: number; request: TraceRequest; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="trace-title">
      <DialogTitle id="trace-title">{t.title(request.label)}</DialogTitle>
      <DialogContent>
        {request.kind === 'ledger' ? (
          <LedgerRows projectId={projectId} request={request} />
        ) : request.kind === 'kpi' ? (
          <KpiRows projectId={projectId} request={request} />
        ) : request.kind === 'meetings' ? (
          <MeetingRows projectId={projectId} request={request} />
        ) : request.kind === 'progression' ? (
          <ProgressionRows projectId={projectId} request={request} />
        ) : (
          <CountTraceRows projectId={projectId} request={request} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{da.common.close}</Button>
      </DialogActions>
    </Dialog>
  )
}

function MeetingRows({ projectId, request }: { projectId: number; request: MeetingsTrace }) {
  const meetings = useApiQuery('meetings.list', { projectId })
  return (
    <QueryView query={meetings}>
      {(all) => {
        const rows = all.filter((m) => m.date >= request.from && m.date <= request.to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        const held = rows.filter((m) => countsAsHeld(m.status)).length
        return (
          <>
            <TraceCheck same={held === request.count}>{held === request.count ? t.meetingsAdds(held) : t.meetingsDiffers(held, request.count)}</TraceCheck>
            <RowsTable
              label={t.meetingRows}
              empty={t.noMeetings}
              heads={[t.date, t.group, t.meeting, t.meetingStatus, t.counted]}
              rows={rows.map((m) => ({
                key: m.id,
                cells: [formatDate(m.date), m.groupName, m.title, da.meetings.statuses[m.status], countsAsHeld(m.status) ? t.yes : t.no]
              }))}
            />
          </>
        )
      }}
    </QueryView>
  )
}

const sameMean = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9)
const mean = (v: number | null) => (v === null ? '–' : formatScore(v))

function ProgressionRows({ projectId, request }: { projectId: number; request: ProgressionTrace }) {
  const members = useApiQuery('participants.progression.members', { projectId, themeKey: request.themeKey })
  return (
    <QueryView query={members}>
      {(m) => {
        const same = sameMean(m.intakeMean, request.intakeMean) && sameMean(m.latestMean, request.latestMean)
        return (
          <>
            <TraceCheck same={same}>
              {same
                ? t.progressionAdds(m.participants, mean(m.intakeMean), mean(m.latestMean))
                : t.progressionDiffers(`${mean(m.intakeMean)} / ${mean(m.latestMean)}`, `${mean(request.intakeMean)} / ${mean(request.latestMean)}`)}
            </TraceCheck>
            <RowsTable
              label={t.progressionRows}
              empty={t.noPairs}
              heads={[t.pseudonym, t.intakeOn, t.intakeScore, t.latestOn, t.latestScore]}
              right={[2, 4]}
              rows={m.members.map((p) => ({
                key: p.participantId,
                cells: [p.pseudonym, formatDate(p.intakeOn), formatScore(p.intakeScore), formatDate(p.latestOn), formatScore(p.latestScore)]
              }))}
            />
          </>
        )
      }}
    </QueryView>
  )
}

function KpiRows({ projectId, request }: { projectId: number; request: KpiTrace }) {
  const members = useApiQuery('participants.kpi.members', { projectId, month: request.month, kpi: request.kpi })
  return (
    <QueryView query={members}>
      {(m) => {
        const same = Math.abs(m.share - request.share) < 1e-9
        return (
          <>
            <TraceCheck same={same}>
              {same
                ? t.kpiAdds(m.count, m.total, formatMeasuredShare(m.share))
                : t.kpiDiffers(formatMeasuredShare(m.share), formatMeasuredShare(request.share))}
            </TraceCheck>
            <RowsTable
              label={t.memberRows}
              empty={t.noMembers}
              heads={[t.pseudonym, t.broker, t.status, t.counted]}
              rows={m.members.map((p) => ({ key: p.participantId, cells: [p.pseudonym, p.jobBrokerName ?? '', p.status, p.counted ? t.yes : t.no] }))}
            />
          </>
        )
      }}
    </QueryView>
  )
}

function LedgerRows({ projectId, request }: { projectId: number; request: LedgerTrace }) {
  const ledger = useApiQuery('ledger.list', {
    projectId,
    to: request.to,
    ...(request.from ? { from: request.from } : {}),
    ...(request.budgetLineId ? { budgetLineId: request.budgetLineId } : {}),
    ...(request.year ? { year: request.year } : {})
  })
  return (
    <QueryView query={ledger}>
      {(l) => (
        <>
          <TraceCheck same={l.totalOre === request.amountOre}>
            {l.totalOre === request.amountOre ? t.adds(l.postings.length, formatKr(l.totalOre)) : t.differs(formatKr(l.totalOre), formatKr(request.amountOre))}
          </TraceCheck>
          <RowsTable
            label={t.rows}
            empty={t.none}
            heads={[t.date, t.line, t.text, t.staff, t.hours, t.rate, t.amount, t.source]}
            right={[4, 5, 6]}
            rows={l.postings.map((p) => ({
              key: p.id,
              cells: [
                formatDate(p.date),
                `${p.budgetLineTitle} ${p.budgetLineYear}`,
                p.description,
                p.staffName ?? '',
                p.minutes === null ? '' : formatHours(p.minutes),
                p.hourlyRateOre === null ? '' : formatKr(p.hourlyRateOre),
                formatKr(p.amountOre),
                da.ledger.sources[p.source] ?? p.source
              ]
            }))}
          />
        </>
      )}
    </QueryView>
  )
}
