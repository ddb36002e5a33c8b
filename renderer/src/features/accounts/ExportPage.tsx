// The revisor export: one zip with CSV, XLSX, a PDF summary and a manifest of SHA-256 hashes; the
// same files `puljestyr export` writes to a folder.
import { useState } from 'react'
import { Alert, Button, Checkbox, FormControlLabel, FormHelperText, Grid, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material'
import DownloadIcon from '@mui/icons-material/Download'
import type { ApiOutput } from '@shared/api/contract'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { callApi, errorMessage } from '../../api/client'
import { useApiQuery } from '../../api/hooks'
import { PdfButton } from '../../print/PdfButton'
import { downloadBase64 } from '../../components/download'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { FormRootError } from '../../components/form'
import { Figure } from '../../components/Figure'
import { SimpleTable } from '../../components/SimpleTable'

const t = da.export.ui

export function ExportPage() {
  const projectId = useRequiredProjectId()
  const summary = useApiQuery('export.summary', { projectId })
  const [busy, setBusy] = useState(false)
  // Personal records (participant-level data) only when the user asks for them (default off).
  const [withPersonal, setWithPersonal] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<ApiOutput<'export.revisor'> | null>(null)
  return (
    <>
      <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
        <Typography sx={{ mb: 2 }}>{t.intro}</Typography>
        <QueryView query={summary}>
          {(s) => (
            <>
              <Grid container spacing={3} sx={{ mb: 2 }}>
                <Grid size={{ xs: 12, md: 4 }}>
                  <Figure label={t.ledgerTotal} value={formatKr(s.ledger.totalOre)} testId="export-ledger-total" />
                </Grid>
                <Grid size={{ xs: 12, md: 4 }}>
                  <Figure label={t.approvedHours} value={formatHours(s.approvedHours.minutes)} testId="export-approved-hours" />
                </Grid>
                <Grid size={{ xs: 12, md: 4 }}>
                  <Figure label={t.accounts} value={String(s.accounts.filter((a) => a.status === 'signed').length)} testId="export-accounts" />
                </Grid>
              </Grid>
              <Alert severity={s.audit.verified ? 'success' : 'error'} sx={{ mb: 2 }}>
                {s.audit.verified ? t.auditOk : t.auditFailed(s.audit.findings)}
              </Alert>
            </>
          )}
        </QueryView>
        <FormControlLabel control={<Checkbox checked={withPersonal} onChange={(e) => setWithPersonal(e.target.checked)} />} label={t.withPersonal} />
        <FormHelperText sx={{ mt: 0, mb: 2 }}>{t.withPersonalHelp}</FormHelperText>
        <Stack direction="row" spacing={2}>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            loading={busy}
            onClick={async () => {
              setBusy(true)
              setError(null)
              try {
                const exp = await callApi('export.revisor', { projectId, withPersonal })
                downloadBase64(exp.fileName, exp.contentBase64, 'application/zip')
                setResult(exp)
              } catch (e) {
                setError(errorMessage(e))
              } finally {
                setBusy(false)
              }
            }}
          >
            {t.download}
          </Button>
          <PdfButton route={`/print/revisor/${projectId}`} fileName="resume.pdf" label={t.summaryPdf} />
        </Stack>
        <FormRootError message={error ?? undefined} />
      </Paper>
      {result ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h6" component="h2" gutterBottom data-testid="export-zip-name">
            {result.fileName}
          </Typography>
          <Typography variant="subtitle2">{t.files}</Typography>
          <SimpleTable label={t.files} columns={[t.file, { right: t.size }, t.sha256]}>
            {result.files.map((f) => (
              <TableRow key={f.name}>
                <TableCell>{f.name}</TableCell>
                <TableCell align="right">{f.bytes.toLocaleString('da-DK')}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{f.sha256}</TableCell>
              </TableRow>
            ))}
          </SimpleTable>
        </Paper>
      ) : null}
    </>
  )
}
