// «Kvartalsrapport»: pick a quarter (default the last ended), write the quarter's text, see the
// pack as it will print, and make it: the PDF is stored with its figures and SHA-256 and listed
// below, where any made pack can be fetched again.
import { useState } from 'react'
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material'
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf'
import PrintIcon from '@mui/icons-material/Print'
import { Link as RouterLink } from 'react-router'
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
import { PackList } from './PackList'

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
