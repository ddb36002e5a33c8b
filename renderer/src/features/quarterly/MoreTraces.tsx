// The rows behind the pack's counts (issue #11, «every figure traceable»): the action items open
// or overdue at the quarter's end, the months awaiting approval, a job broker's caseload, the
// passive cases behind a cause of passivity, and what a revision or a move between years moved.
// Each list is asked from the domain's own screen call and read by the pack's own rule (isOpenAt,
// awaitsApproval, caseloadMembers, the Pareto items, the version's changes), then checked against
// the figure the pack shows.
import type { ReactNode } from 'react'
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { formatDate } from '@shared/domain/dates'
import { isOpenAt, isOverdueAt } from '@shared/domain/meetings/agenda'
import { formatKr } from '@shared/domain/money'
import { formatMonth } from '@shared/domain/months'
import { awaitsApproval } from '@shared/domain/time/hours'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'

const t = da.quarterly.trace

export interface ActionsTrace {
  kind: 'actions'
  label: string
  /** The quarter's last day: the items are read as they stood at its end. */
  to: string
  overdueOnly: boolean
  count: number
}

export interface MonthsTrace {
  kind: 'months'
  label: string
  lastMonth: string
  count: number
}

export interface CaseloadTrace {
  kind: 'caseload'
  label: string
  month: string
  jobBrokerId: number | null
  count: number
}

export interface ParetoTrace {
  kind: 'pareto'
  label: string
  fromMonth: string
  toMonth: string
  /** One cause, or null for every passive case of the quarter. */
  category: string | null
  count: number
}

export interface RevisionTrace {
  kind: 'revision'
  label: string
  versionId: number
  years: { year: number; deltaOre: number }[]
}

export type CountTrace = ActionsTrace | MonthsTrace | CaseloadTrace | ParetoTrace | RevisionTrace

/** The check above the rows: green when the rows give the pack's figure, red (with both) when not. */
export function TraceCheck({ same, children }: { same: boolean; children: ReactNode }) {
  return (
    <Alert severity={same ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="trace-check">
      {children}
    </Alert>
  )
}

/** The rows a figure is made of, as a small table (`right`: the columns of figures), or `empty` when there are none. */
export function RowsTable({
  label,
  heads,
  rows,
  right = [],
  empty = t.noRows
}: {
  label: string
  heads: string[]
  rows: { key: string | number; cells: ReactNode[] }[]
  right?: readonly number[]
  empty?: string
}) {
  if (rows.length === 0) return <Typography>{empty}</Typography>
  const align = (i: number) => (right.includes(i) ? 'right' : undefined)
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {heads.map((h, i) => (
            <TableCell key={h} align={align(i)}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            {r.cells.map((c, i) => (
              <TableCell key={i} align={align(i)}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

const yesNo = (b: boolean) => (b ? t.yes : t.no)

function ActionRows({ projectId, request }: { projectId: number; request: ActionsTrace }) {
  const actions = useApiQuery('meetings.actions.list', { projectId })
  return (
    <QueryView query={actions}>
      {(all) => {
        const given = all.filter((a) => a.meetingDate <= request.to)
        const counted = given.filter((a) => (request.overdueOnly ? isOverdueAt(a, request.to) : isOpenAt(a, request.to)))
        return (
          <>
            <TraceCheck same={counted.length === request.count}>
              {counted.length === request.count ? t.countAdds(counted.length) : t.countDiffers(counted.length, request.count)}
            </TraceCheck>
            <RowsTable
              label={t.actionRows}
              heads={[t.action, t.group, t.given, t.due, t.closedOn, t.openAtEnd, t.overdueAtEnd]}
              rows={given.map((a) => ({
                key: a.id,
                cells: [
                  a.text,
                  a.groupName,
                  formatDate(a.meetingDate),
                  a.dueDate ? formatDate(a.dueDate) : '',
                  a.closedOn ? formatDate(a.closedOn) : '',
                  yesNo(isOpenAt(a, request.to)),
                  yesNo(isOverdueAt(a, request.to))
                ]
              }))}
            />
          </>
        )
      }}
    </QueryView>
  )
}

function MonthRows({ projectId, request }: { projectId: number; request: MonthsTrace }) {
  const months = useApiQuery('time.months', { projectId })
  return (
    <QueryView query={months}>
      {(all) => {
        const waiting = all.filter((m) => awaitsApproval(m, request.lastMonth))
        return (
          <>
            <TraceCheck same={waiting.length === request.count}>
              {waiting.length === request.count ? t.countAdds(waiting.length) : t.countDiffers(waiting.length, request.count)}
            </TraceCheck>
            <RowsTable
              label={t.monthRows}
              heads={[t.month, t.staff, t.monthStatus]}
              rows={waiting.map((m) => ({ key: `${m.staffId}-${m.month}`, cells: [formatMonth(m.month), m.staffName, da.time.status[m.status]] }))}
            />
          </>
        )
      }}
    </QueryView>
  )
}

function CaseloadRows({ projectId, request }: { projectId: number; request: CaseloadTrace }) {
  const members = useApiQuery('participants.caseload.members', { projectId, month: request.month, jobBrokerId: request.jobBrokerId })
  return (
    <QueryView query={members}>
      {(m) => (
        <>
          <TraceCheck same={m.members.length === request.count}>
            {m.members.length === request.count ? t.caseloadAdds(m.members.length, m.jobBrokerName) : t.countDiffers(m.members.length, request.count)}
          </TraceCheck>
          <RowsTable
            label={t.memberRows}
            heads={[t.pseudonym, t.intakeDate, t.exitDate]}
            rows={m.members.map((p) => ({ key: p.participantId, cells: [p.pseudonym, formatDate(p.intakeDate), p.exitDate ? formatDate(p.exitDate) : ''] }))}
          />
        </>
      )}
    </QueryView>
  )
}

function ParetoRows({ projectId, request }: { projectId: number; request: ParetoTrace }) {
  const pareto = useApiQuery('prioritisation.categories', { projectId, dimension: 'passiveReason', fromMonth: request.fromMonth, toMonth: request.toMonth })
  return (
    <QueryView query={pareto}>
      {(p) => {
        const items = p.bars.filter((b) => request.category === null || b.category === request.category).flatMap((b) => b.items)
        const sum = items.reduce((s, i) => s + i.value, 0)
        return (
          <>
            <TraceCheck same={sum === request.count}>{sum === request.count ? t.countAdds(sum) : t.countDiffers(sum, request.count)}</TraceCheck>
            <RowsTable label={t.passiveRows} heads={[t.passiveCase, t.cause]} rows={items.map((i, n) => ({ key: n, cells: [i.label, i.category] }))} />
          </>
        )
      }}
    </QueryView>
  )
}

function RevisionRows({ request }: { request: RevisionTrace }) {
  const version = useApiQuery('budget.version', { versionId: request.versionId })
  return (
    <QueryView query={version}>
      {(v) => {
        const byYear = new Map<number, number>()
        for (const c of v.changes) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.deltaOre)
        const same = request.years.length === byYear.size && request.years.every((y) => byYear.get(y.year) === y.deltaOre)
        return (
          <>
            <TraceCheck same={same}>
              {same
                ? t.revisionAdds(v.changes.length)
                : t.revisionDiffers(
                    [...byYear.entries()].map(([y, d]) => `${y}: ${formatKr(d)}`).join(', '),
                    request.years.map((y) => `${y.year}: ${formatKr(y.deltaOre)}`).join(', ')
                  )}
            </TraceCheck>
            <RowsTable
              label={t.changeRows}
              heads={[t.year, t.line, t.before, t.after, t.delta]}
              rows={v.changes.map((c) => ({
                key: c.budgetLineId,
                cells: [c.year, c.title, c.before ? formatKr(c.before.amountOre) : '', c.after ? formatKr(c.after.amountOre) : '', formatKr(c.deltaOre)]
              }))}
            />
          </>
        )
      }}
    </QueryView>
  )
}

export function CountTraceRows({ projectId, request }: { projectId: number; request: CountTrace }) {
  switch (request.kind) {
    case 'actions':
      return <ActionRows projectId={projectId} request={request} />
    case 'months':
      return <MonthRows projectId={projectId} request={request} />
    case 'caseload':
      return <CaseloadRows projectId={projectId} request={request} />
    case 'pareto':
      return <ParetoRows projectId={projectId} request={request} />
    case 'revision':
      return <RevisionRows request={request} />
  }
}
