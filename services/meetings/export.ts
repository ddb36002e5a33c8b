// Everything about a project's meetings in one value: the CLI's `meetings --json` and anyone who
// scripts Puljestyr get the same figures as the screens.
import { todayIso, type ServiceContext } from '../context'
import { meetingCadence } from './cadence'
import { listGroups } from './groups'
import { listBacklog } from './items'
import { getMeeting, listMeetings } from './meetings'

export async function exportMeetings(ctx: ServiceContext, projectId: number) {
  const today = todayIso(ctx)
  const groups = await listGroups(ctx.db, projectId)
  const summaries = await listMeetings(ctx.db, { projectId })
  const meetings = []
  // Oldest first, as minutes are filed.
  for (const s of [...summaries].reverse()) meetings.push(await getMeeting(ctx.db, s.id, { today }))
  return {
    projectId,
    groups,
    meetings,
    backlog: await listBacklog(ctx.db, projectId, today),
    cadence: await meetingCadence(ctx.db, projectId, { today })
  }
}
