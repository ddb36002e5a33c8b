// The tools of an agenda item that is not locked: move it up or down, to a later meeting or the
// backlog, edit it or remove it.
import { useState } from 'react'
import { IconButton, Menu, MenuItem, Stack, Tooltip } from '@mui/material'
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward'
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import DeleteIcon from '@mui/icons-material/Delete'
import EditIcon from '@mui/icons-material/Edit'
import MoveDownIcon from '@mui/icons-material/MoveDown'
import type { AgendaItem, Meeting } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation } from '../../api/hooks'

const t = da.meetings

/** An agenda item on the meeting page, with what the page does when it is edited, moved or refused. */
export type AgendaItemProps = {
  meeting: Meeting
  item: AgendaItem
  /** Its place on the agenda, from 0. */
  index: number
  onEdit: () => void
  onMove: (delta: -1 | 1) => void
  onError: (message: string) => void
}

export function ItemTools({
  meeting,
  item,
  index,
  label,
  onEdit,
  onMove,
  onError
}: AgendaItemProps & {
  /** The item's number and title, which the buttons' names end with. */
  label: string
}) {
  const move = useApiMutation('meetings.items.move')
  const remove = useApiMutation('meetings.items.delete')
  const [moveMenu, setMoveMenu] = useState<HTMLElement | null>(null)
  return (
    <>
      <Stack direction="row">
        <Tooltip title={t.items.moveUp}>
          <span>
            <IconButton aria-label={`${t.items.moveUp}: ${label}`} disabled={index === 0} onClick={() => onMove(-1)}>
              <ArrowUpwardIcon />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t.items.moveDown}>
          <span>
            <IconButton aria-label={`${t.items.moveDown}: ${label}`} disabled={index === meeting.items.length - 1} onClick={() => onMove(1)}>
              <ArrowDownwardIcon />
            </IconButton>
          </span>
        </Tooltip>
        {item.kind === 'regular' ? (
          <Tooltip title={t.items.moveTo}>
            <IconButton aria-label={`${t.items.moveTo}: ${label}`} onClick={(e) => setMoveMenu(e.currentTarget)}>
              <MoveDownIcon />
            </IconButton>
          </Tooltip>
        ) : null}
        <Tooltip title={t.items.edit}>
          <IconButton aria-label={`${t.items.edit}: ${label}`} onClick={onEdit}>
            <EditIcon />
          </IconButton>
        </Tooltip>
        <Tooltip title={t.items.remove}>
          <IconButton
            aria-label={`${t.items.remove}: ${label}`}
            onClick={async () => {
              if (!window.confirm(t.items.removeConfirm)) return
              try {
                await remove.mutateAsync({ itemId: item.id })
              } catch (e) {
                onError(errorMessage(e))
              }
            }}
          >
            <DeleteIcon />
          </IconButton>
        </Tooltip>
      </Stack>
      <Menu anchorEl={moveMenu} open={moveMenu !== null} onClose={() => setMoveMenu(null)}>
        {meeting.laterMeetings.map((m) => (
          <MenuItem
            key={m.id}
            onClick={async () => {
              setMoveMenu(null)
              try {
                await move.mutateAsync({ itemId: item.id, meetingId: m.id })
              } catch (e) {
                onError(errorMessage(e))
              }
            }}
          >
            {t.items.moveToMeeting(formatDate(m.date))}
          </MenuItem>
        ))}
        <MenuItem
          onClick={async () => {
            setMoveMenu(null)
            try {
              await move.mutateAsync({ itemId: item.id, meetingId: null })
            } catch (e) {
              onError(errorMessage(e))
            }
          }}
        >
          {t.items.moveToBacklog}
        </MenuItem>
      </Menu>
    </>
  )
}
