// Importing a month's statuses from a CSV or XLSX file (the template names the month's rows), with
// what was created, updated and left as it was, or why the file was refused, line by line.
import { useState } from 'react'
import { Alert, Box, Button, List, ListItem, Stack, Typography } from '@mui/material'
import DownloadIcon from '@mui/icons-material/Download'
import type { ApiErrorDetail } from '@shared/errors'
import { useApiMutation } from '../../api/hooks'
import { ApiClientError, callApi, errorMessage } from '../../api/client'
import { FileButton } from '../../components/FileButton'
import { downloadBase64 } from '../../components/download'
import { ui } from './common'

const m = ui.month

export function MonthStatusImport({ projectId, month }: { projectId: number; month: string }) {
  const [result, setResult] = useState<{ ok: boolean; text: string; details: ApiErrorDetail[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const importFile = useApiMutation('participants.status.import')
  return (
    <Box sx={{ mt: 4 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} useFlexGap>
        <FileButton
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          loading={busy}
          onFile={async (file) => {
            setBusy(true)
            try {
              const r = await importFile.mutateAsync({ projectId, fileName: file.fileName, contentBase64: file.contentBase64 })
              setResult({ ok: true, text: m.imported(r.rows, r.created, r.updated, r.unchanged), details: [] })
            } catch (e) {
              setResult({ ok: false, text: errorMessage(e), details: e instanceof ApiClientError ? (e.error.details ?? []) : [] })
            } finally {
              setBusy(false)
            }
          }}
        >
          {m.import}
        </FileButton>
        <Button
          startIcon={<DownloadIcon />}
          onClick={async () => {
            const file = await callApi('participants.status.template', { projectId, month })
            downloadBase64(file.fileName, file.contentBase64, 'text/csv')
          }}
        >
          {m.template}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {m.importHelp}
      </Typography>
      {result ? (
        <Alert severity={result.ok ? 'success' : 'error'} sx={{ mt: 2 }} role={result.ok ? 'status' : 'alert'} data-testid="import-result">
          {result.text}
          {result.details.length ? (
            <List dense>
              {result.details.map((d, i) => (
                <ListItem key={i} disableGutters>
                  {d.message}
                </ListItem>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
    </Box>
  )
}
