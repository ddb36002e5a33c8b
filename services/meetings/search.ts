// Search across all the project's decisions (with their item titles and dissents) and action
// items. Done in code rather than SQL LIKE, which folds case for ASCII only: "Æ" must find "æ".
import type { SearchHit } from '@shared/api/meetings'
import type { ActionStatus, DecisionChoice } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { getProject } from '../core/projects'
import type { Db } from './common'

function fold(s: string): string {
  return s.toLocaleLowerCase('da').normalize('NFC')
}

export async function searchMeetings(db: Db, projectId: number, query: string): Promise<SearchHit[]> {
  await getProject(db, projectId)
  const words = fold(query).split(/\s+/).filter(Boolean)
  const matches = (...texts: string[]) => {
    const hay = fold(texts.join(' '))
    return words.every((w) => hay.includes(w))
  }
  const items = await db
    .selectFrom('meeting_item as i')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .innerJoin('meeting_group as g', 'g.id', 'i.group_id')
    .select([
      'i.id',
      'i.position',
      'i.title',
      'i.is_closed',
      'i.decision_choice',
      'i.decision_text',
      'i.dissent',
      'm.id as meeting_id',
      'm.meeting_date',
      'g.name as group_name'
    ])
    .where('i.project_id', '=', projectId)
    .execute()
  const actions = await db
    .selectFrom('meeting_action')
    .select(['id', 'item_id', 'text', 'owner', 'status', 'status_note'])
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute()
  const hits: SearchHit[] = []
  for (const i of items) {
    const base = {
      meetingId: i.meeting_id,
      meetingDate: i.meeting_date,
      groupName: i.group_name,
      itemId: i.id,
      itemNumber: i.position,
      itemTitle: i.title,
      closed: i.is_closed === 1,
      actionId: null,
      actionStatus: null
    }
    const choice = i.decision_choice ? da.meetings.decisionChoices[i.decision_choice as DecisionChoice] : ''
    const decision = [choice, i.decision_text].filter(Boolean).join('. ')
    if (decision && matches(i.title, decision)) hits.push({ ...base, field: 'decision', text: decision })
    if (i.dissent && matches(i.title, i.dissent)) hits.push({ ...base, field: 'dissent', text: i.dissent })
    for (const a of actions.filter((x) => x.item_id === i.id)) {
      if (matches(a.text, a.owner, a.status_note)) {
        hits.push({ ...base, field: 'action', text: a.owner ? `${a.text} (${a.owner})` : a.text, actionId: a.id, actionStatus: a.status as ActionStatus })
      }
    }
  }
  return hits.sort((a, b) => (a.meetingDate < b.meetingDate ? 1 : a.meetingDate > b.meetingDate ? -1 : (a.itemNumber ?? 0) - (b.itemNumber ?? 0)))
}
