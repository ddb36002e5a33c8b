// The quarterly packs made so far: each can be fetched again (the stored PDF, not a new one) and
// attached to a meeting that is not yet approved.
import { useState } from 'react'
import { Alert, Box, Button, Paper, TableCell, TableRow, Typography } from '@mui/material'
import { formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { callApi, errorMessage } from '../../api/client'
import { useApiQuery } from '../../api/hooks'
import { downloadBase64 } from '../../components/download'
import { FormRootError } from '../../components/form'
import { SimpleTable } from '../../components/SimpleTable'
import { QueryView } from '../../shell/StateViews'
import { AttachDialog } from './AttachDialog'

const t = da.quarterly.ui

export function PackList({ projectId }: { projectId: number }) {
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
              <SimpleTable label={t.packs} columns={[t.quarter, t.kind, t.madeAt, t.madeBy, { right: t.pages }, t.sha256]} headEnd={<TableCell />}>
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
              </SimpleTable>
            </Box>
          )
        }
      </QueryView>
    </Paper>
  )
}
