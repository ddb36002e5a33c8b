// «Kvartalsrapport»: pick a quarter (default the last ended), write the quarter's text, see the
// pack as it will print, and make it: the PDF is stored with its figures and SHA-256 and listed
// below, where any made pack can be fetched again.
import { useState } from 'react'
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography
} from '@mui/material'
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf'
import PrintIcon from '@mui/icons-material/Print'
import { Link as RouterLink } from 'react-router'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { callApi, errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { downloadBase64 } from '../../components/download'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { useUnsavedChangesGuard } from '../../shell/unsavedChanges'
import { QuarterlyDocument } from './QuarterlyDocument'
import { TraceDialog, type TraceRequest } from './TraceDialog'
import { FormRootError } from '../../components/form'
import { HeadRow } from '../../components/HeadRow'

const t = da.quarterly.ui
const f = da.quarterly.fields

type Text = { risks: string; nextSteps: string; decisions: string }
const emptyText: Text = { risks: '', nextSteps: '', decisions: '' }

function TextForm({ projectId, quarter, saved }: { projectId: number; quarter: string; saved: Text }) {
  const [text, setText] = useState<Text>(saved)
  const save = useApiMutation('quarterly.text.save', { invalidate: ['quarterly.get'] })
  const [done, setDone] = useState(false)
  const dirty = text.risks !== saved.risks || text.nextSteps !== saved.nextSteps || text.decisions !== saved.decisions
  useUnsavedChangesGuard(dirty && !save.isPending)
  const field = (key: keyof Text, label: string) => (
    <TextField
      label={label}
      multiline
      minRows={2}
      fullWidth
      value={text[key]}
      onChange={(e) => {
        setDone(false)
        setText({ ...text, [key]: e.target.value })
      }}
    />
  )
  return (
    <Stack spacing={2} component="form" aria-label={t.text} onSubmit={(e) => e.preventDefault()}>
      <Typography variant="h6" component="h2">
        {t.text}
      </Typography>
      {field('risks', f.risks)}
      {field('nextSteps', f.nextSteps)}
      {field('decisions', f.decisions)}
      <FormRootError message={save.isError ? errorMessage(save.error) : undefined} sx={{ mt: 0 }} />
      {dirty ? <Alert severity="info">{t.unsaved}</Alert> : done ? <Alert severity="success">{t.textSaved}</Alert> : null}
      <Box>
        <Button
          variant="outlined"
          loading={save.isPending}
          disabled={!dirty}
          onClick={async () => {
            await save.mutateAsync({ projectId, quarter, ...text })
            setDone(true)
          }}
        >
          {t.saveText}
        </Button>
      </Box>
    </Stack>
  )
}

function MakeButtons({ projectId, quarter }: { projectId: number; quarter: string }) {
  const make = useApiMutation('quarterly.make', { invalidate: ['quarterly.packs.list'] })
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const run = async (publication: boolean) => {
    setMessage(null)
    try {
      const pack = await make.mutateAsync({ projectId, quarter, publication })
      const full = await callApi('quarterly.packs.get', { packId: pack.id })
      downloadBase64(full.fileName, full.contentBase64, 'application/pdf')
      setMessage({ ok: true, text: t.made(pack.fileName) })
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) })
    }
  }
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" startIcon={<PictureAsPdfIcon />} loading={make.isPending} onClick={() => void run(false)}>
          {t.make}
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} loading={make.isPending} onClick={() => void run(true)}>
          {t.makePublication}
        </Button>
        {/* Printing on paper: the pack's print page, whose «Udskriv» uses the browser's print (not stored). */}
        <Button startIcon={<PrintIcon />} component={RouterLink} to={`/print/kvartal/${projectId}/${quarter}`}>
          {t.print}
        </Button>
      </Stack>
      {message ? <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
    </Stack>
  )
}

function AttachDialog({
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

function PackList({ projectId }: { projectId: number }) {
  const packs = useApiQuery('quarterly.packs.list', { projectId })
  const [error, setError] = useState<string | null>(null)
  const [attaching, setAttaching] = useState<{ id: number; quarterLabel: string } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 3 }}>
      {attaching ? (
        <AttachDialog
          projectId={projectId}
          pack={attaching}
          onClose={(message) => {
            setAttaching(null)
            setNotice(message)
          }}
        />
      ) : null}
      {notice ? (
        <Alert severity="success" sx={{ mb: 1 }} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t.packs}
      </Typography>
      <FormRootError message={error ?? undefined} sx={{ mt: 0 }} />
      <QueryView query={packs}>
        {(list) =>
          list.length === 0 ? (
            <Typography>{t.noPacks}</Typography>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label={t.packs}>
                <HeadRow cells={[t.quarter, t.kind, t.madeAt, t.madeBy, { right: t.pages }, t.sha256]} end={<TableCell />} />
                <TableBody>
                  {list.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell>{p.quarterLabel}</TableCell>
                      <TableCell>{p.publication ? t.publicationKind : t.full}</TableCell>
                      <TableCell>{formatDateTime(p.madeAt)}</TableCell>
                      <TableCell>{p.madeBy}</TableCell>
                      <TableCell align="right">{p.pages}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{p.pdfSha256.slice(0, 16)}…</TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          onClick={async () => {
                            setError(null)
                            try {
                              const full = await callApi('quarterly.packs.get', { packId: p.id })
                              downloadBase64(full.fileName, full.contentBase64, 'application/pdf')
                            } catch (e) {
                              setError(errorMessage(e))
                            }
                          }}
                        >
                          {t.open}
                        </Button>
                        <Button size="small" onClick={() => setAttaching({ id: p.id, quarterLabel: p.quarterLabel })}>
                          {t.attach}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )
        }
      </QueryView>
    </Paper>
  )
}

export function QuarterlyPage() {
  const projectId = useRequiredProjectId()
  const quarters = useApiQuery('quarterly.quarters', { projectId })
  const [chosen, setChosen] = useState<string | null>(null)
  const quarter = chosen ?? quarters.data?.defaultQuarter ?? null
  const report = useApiQuery('quarterly.get', { projectId, quarter: quarter ?? '', publication: false }, { enabled: quarter !== null })
  const [trace, setTrace] = useState<TraceRequest | null>(null)
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {t.title}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t.intro}</Typography>
      <QueryView query={quarters}>
        {(q) => (
          <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
            <Stack spacing={2}>
              <TextField select label={t.quarter} value={quarter ?? q.defaultQuarter} onChange={(e) => setChosen(e.target.value)} sx={{ maxWidth: 320 }}>
                {q.quarters.map((x) => (
                  <MenuItem key={x.key} value={x.key}>
                    {x.label}
                  </MenuItem>
                ))}
              </TextField>
              {quarter && report.data ? <TextForm key={quarter} projectId={projectId} quarter={quarter} saved={report.data.text ?? emptyText} /> : null}
              {quarter ? <MakeButtons projectId={projectId} quarter={quarter} /> : null}
            </Stack>
          </Paper>
        )}
      </QueryView>
      {quarter ? (
        <Paper variant="outlined" sx={{ p: 2 }} aria-label={t.preview} role="region">
          <Typography variant="h6" component="h2">
            {t.preview}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {da.quarterly.trace.hint}
          </Typography>
          <QueryView query={report}>
            {(r) => (
              <div className="print-document quarterly-preview">
                <QuarterlyDocument r={r} onTrace={setTrace} />
              </div>
            )}
          </QueryView>
        </Paper>
      ) : null}
      <PackList projectId={projectId} />
      {trace ? <TraceDialog projectId={projectId} request={trace} onClose={() => setTrace(null)} /> : null}
    </>
  )
}
