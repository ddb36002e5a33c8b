// Sections 5 and 6 of the quarterly pack: the steering (meetings held and their decisions, the open
// and overdue action items, the months not approved) and the quarter's remarks.
import type { QuarterlyReport } from '@shared/api/quarterly'
import { formatDate } from '@shared/domain/dates'
import { formatMonthShort } from '@shared/domain/months'
import { PrintTable } from '../../print/PrintTable'
import type { TraceRequest } from './TraceDialog'
import { CountLine, d, type OnTrace } from './traced'

function actionsTrace(r: QuarterlyReport, overdueOnly: boolean): TraceRequest {
  const n = overdueOnly ? r.steering.overdueCount : r.steering.openActions.length
  return { kind: 'actions', label: overdueOnly ? d.overdueCount(n) : d.openActionsCount(n), to: r.quarter.to, overdueOnly, count: n }
}

export function SteeringSection({ r, onTrace }: { r: QuarterlyReport; onTrace: OnTrace }) {
  return (
    <section className="page-break">
      <h2>{d.sections.steering}</h2>
      <CountLine
        text={d.meetingsHeld(r.steering.meetingsHeld)}
        now={r.steering.meetingsHeld}
        before={r.steering.previous?.meetingsHeld ?? null}
        testId="quarterly-meetings-held"
        onClick={
          onTrace
            ? () =>
                onTrace({
                  kind: 'meetings',
                  label: d.meetingsHeld(r.steering.meetingsHeld),
                  from: r.quarter.from,
                  to: r.quarter.to,
                  count: r.steering.meetingsHeld
                })
            : undefined
        }
      />
      {r.steering.groups.length === 0 ? <p>{d.noGroups}</p> : null}
      {r.steering.groups.map((g) => (
        <div key={g.groupId} className="print-section">
          <h3>{d.meetingsOf(g.groupName)}</h3>
          {!g.metInQuarter && g.required ? <p className="warning">{d.noMeetingFlag}</p> : null}
          {g.meetings.length === 0 ? <p>{d.noMeetings}</p> : null}
          {g.meetings.map((m) => (
            <div key={m.meetingId}>
              <p>
                <strong>{`${formatDate(m.date)}: ${m.title}`}</strong>
              </p>
              {m.decisions.map((x, i) => (
                <p key={i}>{`${x.number ?? ''}. ${x.title}: ${x.decision}`}</p>
              ))}
            </div>
          ))}
        </div>
      ))}
      <h3>{d.openActions}</h3>
      <CountLine
        text={d.openActionsCount(r.steering.openActions.length)}
        now={r.steering.openActions.length}
        before={r.steering.previous?.openActions ?? null}
        testId="quarterly-open-actions"
        onClick={onTrace ? () => onTrace(actionsTrace(r, false)) : undefined}
      />
      <CountLine
        text={d.overdueCount(r.steering.overdueCount)}
        now={r.steering.overdueCount}
        before={r.steering.previous?.overdueCount ?? null}
        testId="quarterly-overdue-actions"
        onClick={onTrace ? () => onTrace(actionsTrace(r, true)) : undefined}
      />
      <PrintTable
        rows={r.steering.openActions}
        rowKey={(a) => a.id}
        whenEmpty={{ text: d.noActions }}
        columns={[
          { head: d.action, cell: (a) => `${a.text} (${a.groupName})` },
          { head: d.owner, cell: (a) => a.owner },
          { head: d.due, cell: (a) => (a.dueDate ? `${formatDate(a.dueDate)}${a.overdue ? ` · ${d.overdueMark}` : ''}` : '') }
        ]}
      />
      {r.unapprovedMonths.length ? (
        <>
          <h3>{d.unapproved}</h3>
          <PrintTable
            rows={r.unapprovedMonths}
            rowKey={(m) => `${m.month}-${m.staffName}`}
            columns={[{ cell: (m) => formatMonthShort(m.month) }, { cell: (m) => m.staffName }, { cell: (m) => m.status }]}
          />
        </>
      ) : null}
    </section>
  )
}

export function RemarksSection({ r }: { r: QuarterlyReport }) {
  return (
    <section className="page-break">
      <h2>{d.sections.remarks}</h2>
      {!r.text.risks && !r.text.nextSteps && !r.text.decisions ? <p>{d.noText}</p> : null}
      {r.text.risks ? (
        <>
          <h3>{d.risks}</h3>
          <p className="meetings-text">{r.text.risks}</p>
        </>
      ) : null}
      {r.text.nextSteps ? (
        <>
          <h3>{d.nextSteps}</h3>
          <p className="meetings-text">{r.text.nextSteps}</p>
        </>
      ) : null}
      {r.text.decisions ? (
        <>
          <h3>{d.decisions}</h3>
          <p className="meetings-text">{r.text.decisions}</p>
        </>
      ) : null}
    </section>
  )
}
