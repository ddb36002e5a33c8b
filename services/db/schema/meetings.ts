// Tables of the meetings domain (migration 0009). Dates ISO text, times `HH:MM` (Danish local
// time), timestamps ISO text. Every row is written through the audit trail.
import type { Generated } from 'kysely'
import type { Minutes } from '@shared/domain/duration'

export interface MeetingGroupTable {
  id: Generated<number>
  project_id: number
  /** 'steering' | 'implementation' | 'other' */
  kind: string
  name: string
  description: string
  /** The group's own required cadence in months; null = the pool's rule for its kind; 0 = no requirement. */
  cadence_months: number | null
  position: number
  created_at: string
  updated_at: string
}

export interface MeetingMemberTable {
  id: Generated<number>
  project_id: number
  group_id: number
  name: string
  /** forvaltning / afdeling */
  administration: string
  job_title: string
  /** 'chair' | 'secretary' | 'member' */
  role: string
  email: string
  start_date: string | null
  end_date: string | null
  created_at: string
  updated_at: string
}

export interface MeetingTable {
  id: Generated<number>
  project_id: number
  group_id: number
  title: string
  meeting_date: string
  start_time: string
  end_time: string
  place: string
  /** Others present (guests, presenters from outside the group), free text. */
  guests: string
  /** 'draft' | 'invited' | 'held' | 'approved' */
  status: string
  /** SEQUENCE of the .ics invitation: raised when date, time or place change after an invitation. */
  invitation_sequence: number
  invited_at: string | null
  held_at: string | null
  approved_at: string | null
  approved_by_name: string | null
  approved_by_role: string | null
  approved_os_user: string | null
  created_at: string
  updated_at: string
}

export interface MeetingAttendanceTable {
  id: Generated<number>
  meeting_id: number
  member_id: number
  /** 'present' | 'absent' */
  status: string
  /** Who attended in the absent member's place. */
  deputy_name: string
  note: string
}

export interface MeetingItemTable {
  id: Generated<number>
  project_id: number
  group_id: number
  /** null: proposed for a coming meeting (the group's backlog). */
  meeting_id: number | null
  position: number
  /** 'approval_of_agenda' | 'follow_up' | 'regular' | 'any_other_business' */
  kind: string
  title: string
  /** 1 = lukket punkt (confidential; left out of a publication copy). */
  is_closed: number
  case_number: string
  case_officer: string
  presenter: string
  minutes_allotted: Minutes | null
  case_summary: string
  recommendation: string
  /** '' | 'approved' | 'endorsed' | 'noted' */
  decision_choice: string
  decision_text: string
  /** mindretalsudtalelse */
  dissent: string
  proposed_by: string
  carried_from_item_id: number | null
  created_at: string
  updated_at: string
}

export interface MeetingItemAbsenceTable {
  id: Generated<number>
  item_id: number
  member_id: number
}

export interface MeetingAttachmentTable {
  id: Generated<number>
  project_id: number
  item_id: number
  file_name: string
  mime_type: string
  size_bytes: number
  /** SHA-256 of the content, hex. */
  sha256: string
  content: Uint8Array
  created_at: string
}

/** An action item's own columns: what is to be done, by whom, and how far it has come. */
interface ActionColumns {
  text: string
  owner: string
  due_date: string | null
  /** 'open' | 'in_progress' | 'done' | 'dropped' */
  status: string
  closed_on: string | null
  status_note: string
}

export interface MeetingActionTable extends ActionColumns {
  id: Generated<number>
  project_id: number
  group_id: number
  meeting_id: number
  item_id: number
  created_at: string
  updated_at: string
}

/** An action item as it stood when a meeting's minutes were approved (its follow-up list, frozen so that approved minutes never change). */
export interface MeetingFollowUpTable extends ActionColumns {
  id: Generated<number>
  meeting_id: number
  action_id: number
  position: number
}

export interface MeetingAddendumTable {
  id: Generated<number>
  meeting_id: number
  item_id: number | null
  text: string
  author_name: string
  author_role: string
  os_user: string
  created_at: string
}

export interface MeetingsTables {
  meeting_group: MeetingGroupTable
  meeting_member: MeetingMemberTable
  meeting: MeetingTable
  meeting_attendance: MeetingAttendanceTable
  meeting_item: MeetingItemTable
  meeting_item_absence: MeetingItemAbsenceTable
  meeting_attachment: MeetingAttachmentTable
  meeting_action: MeetingActionTable
  meeting_follow_up: MeetingFollowUpTable
  meeting_addendum: MeetingAddendumTable
}
