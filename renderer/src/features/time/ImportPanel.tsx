// Import of a CSV or XLSX file (hours or postings): the file goes as base64 to the service, which
// imports every row or none; a refused file lists every bad row with its line, column and reason.
import { useState } from 'react'
import { Alert, TableCell, TableRow } from '@mui/material'
import type { ImportResult } from '@shared/api/schemas'
import type { ApiError } from '@shared/errors'
import { formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { ApiClientError, errorMessage } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { FileButton } from '../../components/FileButton'
import { FormRootError } from '../../components/form'
import { PaperSection } from '../../components/PaperSection'
import { WideTable } from '../../components/SimpleTable'

const t = da.time.ui.imports

export function ImportPanel({ projectId, kind }: { projectId: number; kind: 'hours' | 'postings' }) {
  const hours = useApiMutation('time.import.hours')
  const postings = useApiMutation('ledger.import')
  const mutation = kind === 'hours' ? hours : postings
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  return (
    <PaperSection title={kind === 'hours' ? t.hoursTitle : t.postingsTitle} help={kind === 'hours' ? t.hoursHelp : t.postingsHelp}>
      <FileButton
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        loading={mutation.isPending}
        onFile={async (file) => {
          setResult(null)
          setError(null)
          try {
            setResult(await mutation.mutateAsync({ projectId, fileName: file.fileName, contentBase64: file.contentBase64 }))
          } catch (e) {
            setError(e instanceof ApiClientError ? e.error : { code: 'internal', message: errorMessage(e) })
          }
        }}
      >
        {t.choose}
      </FileButton>
      {result ? (
        <Alert severity={result.alreadyImported ? 'info' : 'success'} sx={{ mt: 2 }} data-testid="import-result">
          {result.alreadyImported ? t.already(result.fileName, formatDateTime(result.importedAt)) : t.result(result.imported, result.fileName, result.skipped)}
        </Alert>
      ) : null}
      {error ? (
        <>
          <FormRootError message={error.message} />
          {error.details?.some((d) => d.row !== undefined) ? (
            <WideTable bare containerSx={{ mt: 2 }} label={t.problem} columns={[t.line, t.column, t.problem]}>
              {error.details.map((d, i) => (
                <TableRow key={i}>
                  <TableCell>{d.row}</TableCell>
                  <TableCell>{d.field}</TableCell>
                  <TableCell>{d.message}</TableCell>
                </TableRow>
              ))}
            </WideTable>
          ) : null}
        </>
      ) : null}
    </PaperSection>
  )
}
