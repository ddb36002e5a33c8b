// One agenda item on the meeting page: its texts, the decision with quick choices, attachments,
// action items, and the moves (up, down, to a later meeting or the backlog).
import { useState, type ReactNode } from 'react'
import { Box, Button, Card, CardContent, Chip, IconButton, Stack, TableCell, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import AttachFileIcon from '@mui/icons-material/AttachFile'
import DeleteIcon from '@mui/icons-material/Delete'
import DownloadIcon from '@mui/icons-material/Download'
import EditIcon from '@mui/icons-material/Edit'
import LockIcon from '@mui/icons-material/Lock'
import AddTaskIcon from '@mui/icons-material/AddTask'
import type { AgendaItem, FollowUp } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import type { DecisionChoice } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { callApi, errorMessage } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { FileButton } from '../../components/FileButton'
import { downloadBase64 } from '../../components/download'
import { ActionDialog, ActionStatusDialog } from './ActionDialogs'
import { actionColumns, formatBytes, SetStatusCell } from './ui'
import { FormRootError } from '../../components/form'
import { SimpleTable } from '../../components/SimpleTable'
import { ItemTools, type AgendaItemProps } from './ItemTools'

const t = da.meetings

/** A part of the item under its small heading (h4): a text, the decision, the action items, the attachments. */
function ItemPart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography variant="subtitle2" component="h4">
        {title}
      </Typography>
      {children}
    </Box>
  )
}

function Field({ label, text }: { label: string; text: string }) {
  if (!text) return null
  return (
    <ItemPart title={label}>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{text}</Typography>
    </ItemPart>
  )
}

function FollowUpTable({ rows, editable, meetingDate }: { rows: FollowUp[]; editable: boolean; meetingDate: string }) {
  const [editing, setEditing] = useState<FollowUp | null>(null)
  if (rows.length === 0) return <Typography color="text.secondary">{t.items.followUpEmpty}</Typography>
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t.items.followUpIntro}
      </Typography>
      <SimpleTable label={t.print.followUp} testId="follow-up" columns={actionColumns} headEnd={editable ? <TableCell /> : null}>
        {rows.map((f) => (
          <TableRow key={f.actionId}>
            <TableCell>{f.text}</TableCell>
            <TableCell>{f.owner}</TableCell>
            <TableCell>{formatDate(f.dueDate)}</TableCell>
            <TableCell>{`${t.actionStatuses[f.status]}${f.statusNote ? `: ${f.statusNote}` : ''}`}</TableCell>
            <TableCell>{t.actions.fromItem(formatDate(f.originMeetingDate), f.originItemNumber, f.originItemTitle)}</TableCell>
            {editable ? <SetStatusCell text={f.text} onClick={() => setEditing(f)} /> : null}
          </TableRow>
        ))}
      </SimpleTable>
      {editing ? (
        <ActionStatusDialog
          action={{ id: editing.actionId, text: editing.text, status: editing.status, closedOn: editing.closedOn, statusNote: editing.statusNote }}
          closeDate={meetingDate}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  )
}

export function ItemCard(props: AgendaItemProps) {
  const { meeting, item, onError } = props
  const save = useApiMutation('meetings.items.save')
  const addFile = useApiMutation('meetings.attachments.add')
  const removeFile = useApiMutation('meetings.attachments.delete')
  const [actionDialog, setActionDialog] = useState<'new' | AgendaItem['actions'][number] | null>(null)
  const [statusDialog, setStatusDialog] = useState<AgendaItem['actions'][number] | null>(null)
  const editable = !meeting.locked
  const minutes = meeting.documentKind === 'minutes'
  const label = `${item.number}. ${item.title}`
  const decided = item.decisionChoice !== '' || item.decisionText.trim() !== ''

  const setChoice = async (choice: DecisionChoice) => {
    try {
      await save.mutateAsync({ itemId: item.id, decisionChoice: choice })
    } catch (e) {
      onError(errorMessage(e))
    }
  }

  return (
    <Card variant="outlined" component="section" aria-label={label} data-testid={`item-${item.number}`}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
          <Box>
            <Typography variant="h6" component="h3">
              {label}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
              <Chip
                size="small"
                icon={item.closed ? <LockIcon /> : undefined}
                label={item.closed ? t.items.closedShort : t.items.openShort}
                color={item.closed ? 'warning' : 'default'}
                variant="outlined"
              />
              {item.minutesAllotted !== null ? <Chip size="small" variant="outlined" label={t.items.minutes(item.minutesAllotted)} /> : null}
              {item.carriedFrom ? (
                <Chip size="small" variant="outlined" label={t.items.carriedFrom(formatDate(item.carriedFrom.meetingDate), item.carriedFrom.number)} />
              ) : null}
              {minutes && !decided ? <Chip size="small" color="warning" label={t.items.decisionMissing} /> : null}
            </Stack>
          </Box>
          {editable ? <ItemTools {...props} label={label} /> : null}
        </Stack>
        {item.caseNumber || item.caseOfficer || item.presenter ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {[
              item.caseNumber ? `${t.items.caseNumber} ${item.caseNumber}` : '',
              item.caseOfficer ? `${t.items.caseOfficer}: ${item.caseOfficer}` : '',
              item.presenter ? `${t.items.presenter}: ${item.presenter}` : ''
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        ) : null}
        <Field label={t.items.caseSummary} text={item.caseSummary} />
        <Field label={t.items.recommendation} text={item.recommendation} />
        {item.kind === 'follow_up' ? (
          <Box sx={{ mt: 1.5 }}>
            <FollowUpTable rows={meeting.followUp} editable={editable} meetingDate={meeting.date} />
          </Box>
        ) : null}
        {minutes || decided ? (
          <ItemPart title={t.items.decision}>
            {editable ? (
              <ToggleButtonGroup
                size="small"
                exclusive
                value={item.decisionChoice || null}
                onChange={(_e, v: DecisionChoice | null) => void setChoice(v ?? '')}
                aria-label={`${t.items.decision}: ${label}`}
                sx={{ my: 0.5 }}
              >
                {(['approved', 'endorsed', 'noted'] as const).map((c) => (
                  <ToggleButton key={c} value={c}>
                    {t.decisionChoices[c]}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            ) : null}
            <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid="decision">
              {[item.decisionChoice ? `${t.decisionChoices[item.decisionChoice]}.` : '', item.decisionText].filter(Boolean).join(' ')}
            </Typography>
          </ItemPart>
        ) : null}
        <Field label={t.items.dissent} text={item.dissent} />
        {item.absentNames.length > 0 && minutes ? (
          <Typography variant="body2" sx={{ mt: 1 }}>{`${t.items.absent}: ${t.print.names(item.absentNames)}`}</Typography>
        ) : null}

        {item.actions.length > 0 ? (
          <ItemPart title={t.actions.title}>
            <SimpleTable label={`${t.actions.title}: ${label}`}>
              {item.actions.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.text}</TableCell>
                  <TableCell>{a.owner}</TableCell>
                  <TableCell>{formatDate(a.dueDate)}</TableCell>
                  <TableCell>{t.actionStatuses[a.status]}</TableCell>
                  <TableCell align="right">
                    {a.locked ? null : (
                      <IconButton size="small" aria-label={`${da.common.edit}: ${a.text}`} onClick={() => setActionDialog(a)}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    )}
                    <Button size="small" onClick={() => setStatusDialog(a)}>
                      {t.actions.setStatus}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </SimpleTable>
          </ItemPart>
        ) : null}

        {item.attachments.length > 0 ? (
          <ItemPart title={t.items.attachments}>
            <Stack spacing={0.5}>
              {item.attachments.map((a) => (
                <Stack key={a.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Button
                    size="small"
                    startIcon={<DownloadIcon />}
                    onClick={async () => {
                      try {
                        const file = await callApi('meetings.attachments.get', { attachmentId: a.id })
                        downloadBase64(file.fileName, file.contentBase64, file.mimeType)
                      } catch (e) {
                        onError(errorMessage(e))
                      }
                    }}
                    aria-label={`${t.items.download}: ${a.fileName}`}
                  >
                    {a.fileName}
                  </Button>
                  <Typography variant="body2" color="text.secondary">
                    {`${formatBytes(a.sizeBytes)} · ${t.items.sha256} ${a.sha256.slice(0, 12)}…`}
                  </Typography>
                  {editable ? (
                    <IconButton
                      size="small"
                      aria-label={`${t.items.removeAttachment}: ${a.fileName}`}
                      onClick={() => void removeFile.mutateAsync({ attachmentId: a.id })}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  ) : null}
                </Stack>
              ))}
            </Stack>
          </ItemPart>
        ) : null}

        {editable ? (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <FileButton
              size="small"
              variant="text"
              startIcon={<AttachFileIcon />}
              loading={addFile.isPending}
              aria-label={`${t.items.addAttachment}: ${label}`}
              onFile={async (file) => {
                try {
                  await addFile.mutateAsync({ itemId: item.id, fileName: file.fileName, mimeType: '', contentBase64: file.contentBase64 })
                } catch (err) {
                  onError(errorMessage(err))
                }
              }}
            >
              {t.items.addAttachment}
            </FileButton>
            {minutes ? (
              <Button size="small" startIcon={<AddTaskIcon />} onClick={() => setActionDialog('new')}>
                {t.actions.add}
              </Button>
            ) : null}
          </Stack>
        ) : null}
        <FormRootError message={save.isError ? errorMessage(save.error) : undefined} sx={{ mt: 1 }} />
      </CardContent>
      {actionDialog ? <ActionDialog itemId={item.id} action={actionDialog === 'new' ? null : actionDialog} onClose={() => setActionDialog(null)} /> : null}
      {statusDialog ? <ActionStatusDialog action={statusDialog} closeDate={meeting.date} onClose={() => setStatusDialog(null)} /> : null}
    </Card>
  )
}
