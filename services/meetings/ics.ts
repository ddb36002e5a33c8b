// The invitation as an iCalendar file (.ics) that Outlook opens as an appointment. Times are
// entered as Danish local time and written in UTC (the `ics` package has no TZID support; UTC is
// understood by every calendar, which shows the reader's own zone). A closed item's title is not
// put in the invitation: e-mails travel further than the agenda.
import { createEvent, type DateArray } from 'ics'
import { formatDate } from '@shared/domain/dates'
import { safeFileName } from '@shared/domain/meetings/agenda'
import { copenhagenToUtc } from '@shared/domain/meetings/copenhagen'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { todayIso, type ServiceContext } from '../context'
import { loadMeeting } from './common'
import { getMeeting } from './meetings'

const t = da.meetings

function utcArray(ms: number): DateArray {
  const d = new Date(ms)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
}

export async function meetingIcs(ctx: ServiceContext, meetingId: number): Promise<{ fileName: string; content: string }> {
  const row = await loadMeeting(ctx.db, meetingId)
  const meeting = await getMeeting(ctx.db, meetingId, { today: todayIso(ctx) })
  const members = await ctx.db.selectFrom('meeting_member').select(['id', 'name', 'email', 'role']).where('group_id', '=', meeting.groupId).execute()
  const invited = new Set(meeting.attendance.map((a) => a.memberId))
  const agenda = meeting.items.map((i) => `${i.number}. ${i.closed ? t.ics.closedItem : i.title}`)
  const description = [`${meeting.groupName}, ${meeting.projectTitle} (${meeting.municipality})`, '', t.ics.agendaHeading, ...agenda].join('\n')
  const result = createEvent({
    productId: 'Puljestyr',
    uid: `puljestyr-meeting-${meeting.projectId}-${meeting.id}@puljestyr.local`,
    sequence: row.invitation_sequence,
    title: t.ics.summary(meeting.title, meeting.projectTitle),
    description,
    location: meeting.place || undefined,
    start: utcArray(copenhagenToUtc(meeting.date, meeting.startTime)),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcArray(copenhagenToUtc(meeting.date, meeting.endTime)),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    attendees: members
      .filter((m) => invited.has(m.id) && m.email)
      .map((m) => ({ name: m.name, email: m.email, rsvp: true, role: m.role === 'chair' ? 'CHAIR' : 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' }))
  })
  if (result.error || !result.value) throw new DomainError('internal', da.common.unknownError)
  return { fileName: `${safeFileName(`${meeting.title} ${formatDate(meeting.date)}`)}.ics`, content: result.value }
}
