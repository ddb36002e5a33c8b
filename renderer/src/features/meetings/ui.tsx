// Small pieces shared by the meetings screens.
import { Button, Chip, MenuItem, TableCell } from '@mui/material'
import type { Control, FieldValues, Path } from 'react-hook-form'
import { z } from 'zod'
import type { MeetingStatus } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { meetingsApi } from '@shared/api/meetings'
import { FormTextField, formFields, textFieldsOf } from '../../components/form'

const t = da.meetings

const statusColor: Record<MeetingStatus, 'default' | 'info' | 'warning' | 'success'> = {
  draft: 'default',
  invited: 'info',
  held: 'warning',
  approved: 'success'
}

export function MeetingStatusChip({ status }: { status: MeetingStatus }) {
  return <Chip size="small" color={statusColor[status]} label={t.statuses[status]} data-testid="meeting-status" />
}

export function meetingsBase(projectId: number): string {
  return `/projekt/${projectId}/moeder`
}

export function meetingPath(projectId: number, meetingId: number): string {
  return `${meetingsBase(projectId)}/moede/${meetingId}`
}

/** A time of day typed as tt:mm. */
const timeField = (label: string) =>
  formFields
    .text(label)
    .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s.trim()), `${da.validationMessages.fieldPrefix(label)} ${da.validationMessages.notTimeOfDay}.`)

/** A meeting's fields as its forms hold them (a new meeting, the meeting's details), by the contract's rules. */
export const meetingFormSchema = textFieldsOf(meetingsApi['meetings.update'].input, {
  title: t.meeting.titleField,
  place: t.meeting.place,
  guests: t.meeting.guests
}).extend({
  date: formFields.date(t.meeting.date),
  startTime: timeField(t.meeting.startTime),
  endTime: timeField(t.meeting.endTime)
})

export const optionalDateField = () => z.string().refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), da.validationMessages.invalidDate)

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

/** The head of a table of action items (the list of all and an item's follow-up): text, owner, due, status, origin. */
/** An action's last cell in a list of actions: its «Ændr status» button, named by the action. */
export function SetStatusCell({ text, onClick }: { text: string; onClick: () => void }) {
  return (
    <TableCell>
      <Button size="small" onClick={onClick} aria-label={`${t.actions.setStatus}: ${text}`}>
        {t.actions.setStatus}
      </Button>
    </TableCell>
  )
}

/** The columns of an action items table (a table with status buttons adds their column, an empty head cell). */
export const actionColumns = [t.actions.text, t.actions.owner, t.actions.dueDate, t.actions.status, t.actions.origin]

/** The «Gruppe» choice of a form whose field `groupId` holds a group's id as text. */
export function GroupField<T extends FieldValues>({ control, groups }: { control: Control<T>; groups: readonly { id: number; name: string }[] }) {
  return (
    <FormTextField control={control} name={'groupId' as Path<T>} label={t.meeting.group} select fullWidth>
      {groups.map((g) => (
        <MenuItem key={g.id} value={String(g.id)}>
          {g.name}
        </MenuItem>
      ))}
    </FormTextField>
  )
}
