// The agenda ("Dagsorden") or minutes ("Referat") of one meeting, in the layout of Danish minutes
// (seeds 001, 004): heading with the forum, date, time and place; attendance (present, absent,
// deputies); table of contents; then each item with number, open/closed, case number, case
// officer, case summary, recommendation, decision, dissent, absent members, action items and
// attachments. Plain HTML styled by print.css, so the quarterly pack can reuse it.
import type { AgendaItem, FollowUp, Meeting } from '@shared/api/meetings'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { AuditAnchorLine } from '../../../print/AuditAnchorLine'
import { PrintFacts } from '../../../print/PrintFacts'
import { PrintTable } from '../../../print/PrintTable'

const t = da.meetings
const p = t.print

/** «Dagsorden», «Referat» or «Referat (udkast, ikke godkendt)», with «Til offentliggørelse» on the publication copy. */
export function meetingDocumentTitle(m: Meeting): string {
  return m.publication ? `${heading(m)} · ${p.publication}` : heading(m)
}

function heading(m: Meeting): string {
  if (m.documentKind === 'agenda') return p.agenda
  return m.status === 'approved' ? p.minutes : p.draftMinutes
}

function itemTitle(item: AgendaItem): string {
  return item.masked ? p.closedItem : item.title
}

function FollowUpList({ rows }: { rows: FollowUp[] }) {
  return (
    <PrintTable
      className="meetings-follow-up"
      rows={rows}
      rowKey={(f) => f.actionId}
      columns={[
        { head: t.actions.text, cell: (f) => f.text },
        { head: t.actions.owner, cell: (f) => f.owner },
        { head: t.actions.dueDate, cell: (f) => formatDate(f.dueDate) },
        { head: t.actions.status, cell: (f) => `${t.actionStatuses[f.status]}${f.statusNote ? `: ${f.statusNote}` : ''}` },
        { head: t.actions.origin, cell: (f) => t.actions.fromItem(formatDate(f.originMeetingDate), f.originItemNumber, f.originItemTitle) }
      ]}
      whenEmpty={{ text: t.items.followUpEmpty }}
    />
  )
}

function Item({ meeting, item }: { meeting: Meeting; item: AgendaItem }) {
  const minutes = meeting.documentKind === 'minutes'
  if (item.masked) {
    return (
      <section className="meetings-item meetings-item-closed">
        <h2>{`${item.number} ${p.closedItem}`}</h2>
      </section>
    )
  }
  const decision = [item.decisionChoice ? `${t.decisionChoices[item.decisionChoice]}.` : '', item.decisionText].filter(Boolean).join(' ')
  const meta = [
    item.caseNumber ? `${p.caseNumber} ${item.caseNumber}` : '',
    item.caseOfficer ? `${p.caseOfficer} ${item.caseOfficer}` : '',
    item.presenter ? `${p.presenter} ${item.presenter}` : ''
  ].filter(Boolean)
  return (
    <section className="meetings-item">
      <h2>{`${item.number} ${item.closed ? p.closedTag : p.openTag} ${item.title}`}</h2>
      {meta.length ? <p className="print-meta">{meta.join('   ')}</p> : null}
      {item.carriedFrom ? <p className="print-meta">{t.items.carriedFrom(formatDate(item.carriedFrom.meetingDate), item.carriedFrom.number)}</p> : null}
      {item.caseSummary ? (
        <>
          <h3>{p.caseSummary}</h3>
          <p className="meetings-text">{item.caseSummary}</p>
        </>
      ) : null}
      {item.kind === 'follow_up' ? <FollowUpList rows={meeting.followUp} /> : null}
      {item.recommendation ? (
        <>
          <h3>{p.recommendation}</h3>
          <p className="meetings-text">{item.recommendation}</p>
        </>
      ) : null}
      {minutes ? (
        <>
          <h3>{p.decision}</h3>
          <p className="meetings-text" data-decision>
            {decision}
          </p>
          {item.dissent ? (
            <>
              <h3>{p.dissent}</h3>
              <p className="meetings-text">{item.dissent}</p>
            </>
          ) : null}
          {item.absentNames.length ? <p>{`${p.absentItem} ${p.names(item.absentNames)}`}</p> : null}
          {item.actions.length ? (
            <>
              <h3>{p.actions}</h3>
              <PrintTable
                rows={item.actions}
                rowKey={(a) => a.id}
                columns={[
                  { head: t.actions.text, cell: (a) => a.text },
                  { head: t.actions.owner, cell: (a) => a.owner },
                  { head: t.actions.dueDate, cell: (a) => formatDate(a.dueDate) }
                ]}
              />
            </>
          ) : null}
        </>
      ) : null}
      {item.attachments.length ? (
        <>
          <h3>{p.attachments}</h3>
          <ul>
            {item.attachments.map((a) => (
              <li key={a.id}>{a.fileName}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

export function MeetingDocument({ meeting }: { meeting: Meeting }) {
  const minutes = meeting.documentKind === 'minutes'
  const present = meeting.attendance.filter((a) => a.status === 'present')
  const absent = meeting.attendance.filter((a) => a.status === 'absent')
  const deputies = absent.filter((a) => a.deputyName)
  const withRole = (a: { name: string; role: 'chair' | 'secretary' | 'member' }) =>
    a.role === 'member' ? a.name : `${a.name} (${t.roles[a.role].toLowerCase()})`
  return (
    <div className="meetings-document">
      <h1>
        {heading(meeting)}
        {meeting.publication ? <span className="meetings-publication">{` ${p.publication}`}</span> : null}
      </h1>
      <p className="print-meta">{`${meeting.groupName} · ${meeting.projectTitle} · ${meeting.municipality}`}</p>
      <PrintFacts
        className="meetings-heading"
        facts={[
          { label: p.body, value: meeting.groupName },
          { label: p.date, value: formatDate(meeting.date) },
          { label: p.time, value: `${meeting.startTime}–${meeting.endTime}` },
          { label: p.place, value: meeting.place },
          ...(minutes
            ? [
                { label: p.present, value: present.length ? p.names(present.map(withRole)) : p.none },
                { label: p.absent, value: absent.length ? p.names(absent.map((a) => a.name)) : p.none },
                { label: p.deputies, value: deputies.length ? p.names(deputies.map((a) => p.deputyFor(a.deputyName, a.name))) : p.none }
              ]
            : [{ label: p.invited, value: p.names(meeting.attendance.map(withRole)) }]),
          meeting.guests ? { label: p.guests, value: meeting.guests } : null
        ]}
      />

      <h2>{p.contents}</h2>
      <PrintTable
        className="meetings-contents"
        rows={meeting.items}
        rowKey={(i) => i.id}
        columns={[{ num: true, cell: (i) => i.number }, { cell: (i) => (i.closed ? p.closedTag : p.openTag) }, { cell: itemTitle }]}
      />

      {meeting.items.map((i) => (
        <Item key={i.id} meeting={meeting} item={i} />
      ))}

      {minutes ? (
        <p className="meetings-approval">
          {meeting.status === 'approved' && meeting.approvedAt
            ? p.approved(formatDate(meeting.approvedAt.slice(0, 10)), meeting.approvedByName ?? '', meeting.approvedByRole ?? '')
            : p.notApproved}
        </p>
      ) : null}
      {minutes ? <AuditAnchorLine anchor={meeting.approvalAnchor} /> : null}

      {meeting.addenda.length ? (
        <section className="meetings-addenda">
          <h2>{t.addenda.title}</h2>
          {meeting.addenda.map((a) => (
            <div key={a.id}>
              <h3>{t.addenda.heading(formatDateTime(a.createdAt), a.authorName, a.authorRole)}</h3>
              {a.itemNumber ? <p>{t.addenda.regarding(a.itemNumber)}</p> : null}
              <p className="meetings-text">{a.text}</p>
            </div>
          ))}
        </section>
      ) : null}
      <p className="print-footer">{p.printedAt(formatDateTime(new Date().toISOString()))}</p>
    </div>
  )
}
