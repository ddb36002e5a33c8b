// Attaching a made quarterly pack to a meeting that is not yet approved: the PDF goes with the
// agenda's «Kvartalsstatus» item (added before «Eventuelt» when the agenda has none).
import { useState } from 'react'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, Typography } from '@mui/material'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormRootError } from '../../components/form'
import { QueryView } from '../../shell/StateViews'

const t = da.quarterly.ui

export function AttachDialog({
  projectId,
  pack,
  onClose
}: {
  projectId: number
  pack: { id: number; quarterLabel: string }
  onClose: (message: string | null) => void
}) {
  const meetings = useApiQuery('meetings.list', { projectId })
  const attach = useApiMutation('quarterly.packs.attach', { invalidate: ['meetings.get', 'meetings.list'] })
  const [meetingId, setMeetingId] = useState<number | ''>('')
  const open = (meetings.data ?? []).filter((m) => m.status !== 'approved')
  return (
    <Dialog open onClose={() => onClose(null)} aria-labelledby="attach-title" fullWidth maxWidth="sm">
      <DialogTitle id="attach-title">{t.attachTitle(pack.quarterLabel)}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t.attachIntro}</Typography>
        <QueryView query={meetings}>
          {() =>
            open.length === 0 ? (
              <Alert severity="info">{t.noOpenMeetings}</Alert>
            ) : (
              <TextField select fullWidth label={t.meeting} value={meetingId} onChange={(e) => setMeetingId(Number(e.target.value))}>
                {open.map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {`${formatDate(m.date)} · ${m.groupName} · ${m.title}`}
                  </MenuItem>
                ))}
              </TextField>
            )
          }
        </QueryView>
        <FormRootError message={attach.isError ? errorMessage(attach.error) : undefined} />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(null)}>{t.cancel}</Button>
        <Button
          variant="contained"
          disabled={meetingId === ''}
          loading={attach.isPending}
          onClick={async () => {
            if (meetingId === '') return
            const r = await attach.mutateAsync({ packId: pack.id, meetingId })
            const m = open.find((x) => x.id === meetingId)
            onClose(t.attached(r.fileName, m ? formatDate(m.date) : ''))
          }}
        >
          {t.attach}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
