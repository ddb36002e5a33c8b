// Opfølgningspunkter: every action item of the project, with its origin and status.
import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { Alert, Chip, FormControlLabel, Link, Paper, Stack, Switch, TableCell, TableRow } from '@mui/material'
import type { ActionItem } from '@shared/api/meetings'
import { formatDate, toIsoDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { ActionStatusDialog } from './ActionDialogs'
import { actionColumns, meetingPath, SetStatusCell } from './ui'
import { SimpleTable } from '../../components/SimpleTable'

const t = da.meetings

function ActionsTable({ actions, projectId, onStatus }: { actions: ActionItem[]; projectId: number; onStatus?: (a: ActionItem) => void }) {
  return (
    <SimpleTable label={t.actions.title} columns={actionColumns} headEnd={onStatus ? <TableCell /> : null}>
      {actions.map((a) => (
        <TableRow key={a.id}>
          <TableCell>{a.text}</TableCell>
          <TableCell>{a.owner}</TableCell>
          <TableCell>{formatDate(a.dueDate)}</TableCell>
          <TableCell>
            <Stack direction="row" spacing={1}>
              <Chip size="small" label={t.actionStatuses[a.status]} color={a.status === 'done' ? 'success' : a.status === 'dropped' ? 'default' : 'info'} />
              {a.overdue ? <Chip size="small" color="warning" label={t.actions.overdue} /> : null}
            </Stack>
            {a.closedOn ? `${t.actions.closedOn} ${formatDate(a.closedOn)}` : null}
          </TableCell>
          <TableCell>
            <Link component={RouterLink} to={meetingPath(projectId, a.meetingId)}>
              {t.actions.fromItem(formatDate(a.meetingDate), a.itemNumber, a.itemTitle)}
            </Link>
          </TableCell>
          {onStatus ? <SetStatusCell text={a.text} onClick={() => onStatus(a)} /> : null}
        </TableRow>
      ))}
    </SimpleTable>
  )
}

export function ActionsPage() {
  const projectId = useRequiredProjectId()
  const [openOnly, setOpenOnly] = useState(true)
  const actions = useApiQuery('meetings.actions.list', { projectId, openOnly })
  const [editing, setEditing] = useState<ActionItem | null>(null)
  return (
    <>
      <FormControlLabel control={<Switch checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />} label={t.actions.openOnly} sx={{ mb: 2 }} />
      <QueryView query={actions}>
        {(list) =>
          list.length === 0 ? (
            <Alert severity="info">{t.actions.none}</Alert>
          ) : (
            <Paper variant="outlined">
              <ActionsTable actions={list} projectId={projectId} onStatus={setEditing} />
            </Paper>
          )
        }
      </QueryView>
      {editing ? <ActionStatusDialog action={editing} closeDate={toIsoDate(new Date())} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
