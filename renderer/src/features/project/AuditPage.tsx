// The project's audit trail: who changed what and when, old → new, with the reason.
import { useState } from 'react'
import { keepPreviousData } from '@tanstack/react-query'
import { Alert, Button, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from '@mui/material'
import type { AuditEntry, AuditVerifyReport } from '@shared/api/audit'
import { formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { callApi } from '../../api/client'
import { useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { ErrorAlert, QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'

const t = da.core.audit
const PAGE = 100

function describeChange(e: AuditEntry): string {
  const before = (e.before ?? {}) as Record<string, unknown>
  const after = (e.after ?? {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'updated_at' && JSON.stringify(before[k]) !== JSON.stringify(after[k])
  )
  if (e.before === null || e.after === null) return ''
  return keys.map((k) => `${k}: ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`).join('; ')
}

export function AuditPage() {
  const projectId = useRequiredProjectId()
  // Paged in the database, newest first: a project's trail grows by an entry per change (#14).
  const [page, setPage] = useState(0)
  const entries = useApiQuery('audit.page', { projectId, limit: PAGE, offset: page * PAGE }, { placeholderData: keepPreviousData })
  const [report, setReport] = useState<AuditVerifyReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  return (
    <>
      <PageHeader
        title={t.title}
        actions={
          <Button
            variant="outlined"
            onClick={() => {
              setError(null)
              callApi('audit.verify', {}).then(setReport, setError)
            }}
          >
            {t.verify}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      {report ? (
        <Alert severity={report.ok ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="audit-verify-result">
          {report.ok ? t.verifyOk : t.verifyFailed}
          {report.findings.map((f, i) => (
            <Typography key={i} variant="body2">
              {f.message}
            </Typography>
          ))}
        </Alert>
      ) : null}
      <QueryView query={entries}>
        {({ entries: list, count }) =>
          count === 0 ? (
            <Alert severity="info">{t.empty}</Alert>
          ) : (
            <TableContainer component={Paper} variant="outlined">
              <Table size="small" aria-label={t.title}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t.when}</TableCell>
                    <TableCell>{t.who}</TableCell>
                    <TableCell>{t.entity}</TableCell>
                    <TableCell>{t.action}</TableCell>
                    <TableCell>{t.change}</TableCell>
                    <TableCell>{t.reason}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.map((e) => (
                    <TableRow key={e.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</TableCell>
                      <TableCell>{[e.actorName, e.actorRole].filter(Boolean).join(', ') || e.osUser}</TableCell>
                      <TableCell data-testid="audit-entity">{`${da.audit.entityName(e.entity)} ${e.entityId}`}</TableCell>
                      <TableCell>{t.actions[e.action] ?? e.action}</TableCell>
                      <TableCell sx={{ wordBreak: 'break-word' }}>{describeChange(e)}</TableCell>
                      <TableCell>{e.reason ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <TablePagination
                component="div"
                count={count}
                page={Math.min(page, Math.max(0, Math.ceil(count / PAGE) - 1))}
                rowsPerPage={PAGE}
                rowsPerPageOptions={[PAGE]}
                showFirstButton
                showLastButton
                onPageChange={(_e, p) => setPage(p)}
              />
            </TableContainer>
          )
        }
      </QueryView>
    </>
  )
}
