// The budget's front page: the budget in force compared with the grant, its lines, and every
// version of the budget (original and revisions) with its status.
import { Link as RouterLink, useNavigate } from 'react-router'
import { Alert, Box, Button, Chip, Grid, Paper, Table, TableBody, TableCell, TableContainer, TableRow, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { ErrorAlert, QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { BudgetTabs } from './BudgetTabs'
import { ComparisonTable, LinesTable } from './BudgetTables'
import { VersionStatusChip } from './status'
import { SectionCard } from '../../components/SectionCard'
import { HeadRow } from '../../components/HeadRow'

const t = da.budget.ui.home

function InForceLines({ versionId }: { versionId: number }) {
  const detail = useApiQuery('budget.version', { versionId })
  return <QueryView query={detail}>{(d) => <LinesTable lines={d.lines} comparison={d.comparison} label={t.inForceLines} />}</QueryView>
}

export function BudgetHome() {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  const overview = useApiQuery('budget.overview', { projectId })
  const create = useApiMutation('budget.createDraft')
  const startDraft = () => create.mutate({ projectId, title: '', reason: '' }, { onSuccess: (v) => navigate(`/projekt/${projectId}/budget/version/${v.id}`) })
  return (
    <QueryView query={overview}>
      {(o) => {
        const inForce = o.versions.find((v) => v.id === o.inForceVersionId)
        const open = o.versions.find((v) => v.id === o.openVersionId)
        const action = open ? (
          <Button variant="contained" component={RouterLink} to={`/projekt/${projectId}/budget/version/${open.id}`}>
            {t.openVersion(open.number, da.budget.status[open.status]!)}
          </Button>
        ) : (
          <Button variant="contained" startIcon={<AddIcon />} loading={create.isPending} onClick={startDraft}>
            {o.versions.some((v) => v.status === 'approved' || v.status === 'registered') ? t.newRevision : t.newOriginal}
          </Button>
        )
        return (
          <>
            <PageHeader
              title={da.core.nav.budget}
              subtitle={inForce ? t.inForce(inForce.number, inForce.title, formatDate(inForce.effectiveDate)) : t.noneInForce}
              actions={action}
            />
            <BudgetTabs projectId={projectId} />
            {create.isError ? <ErrorAlert error={create.error} /> : null}
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, xl: 6 }}>
                <SectionCard title={t.comparisonTitle}>
                  <ComparisonTable comparison={o.comparison} label={t.comparisonTitle} />
                </SectionCard>
              </Grid>
              <Grid size={{ xs: 12, xl: 6 }}>
                <SectionCard title={t.versionsTitle}>
                  {o.versions.length === 0 ? (
                    <Alert severity="info">{t.noVersions}</Alert>
                  ) : (
                    <TableContainer component={Paper} variant="outlined">
                      <Table size="small" aria-label={t.versionsTitle}>
                        <HeadRow cells={[t.number, t.title, t.status, t.effective, { right: t.total }]} />
                        <TableBody>
                          {[...o.versions].reverse().map((v) => (
                            <TableRow key={v.id} hover data-testid={`version-row-${v.number}`}>
                              <TableCell>{v.number}</TableCell>
                              <TableCell>
                                <RouterLink to={`/projekt/${projectId}/budget/version/${v.id}`}>{v.title}</RouterLink>
                                {v.inForce ? <Chip size="small" color="primary" label={t.inForceChip} sx={{ ml: 1 }} /> : null}
                              </TableCell>
                              <TableCell>
                                <VersionStatusChip status={v.status} />
                              </TableCell>
                              <TableCell>{formatDate(v.effectiveDate ?? v.decidedDate ?? v.sentDate)}</TableCell>
                              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                                {formatKr(v.totalOre)}
                              </TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </TableContainer>
                  )}
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                    {o.revisionsNote}
                  </Typography>
                </SectionCard>
              </Grid>
              <Grid size={12}>
                <Box>
                  <Typography variant="h6" component="h2" gutterBottom>
                    {t.inForceLines}
                  </Typography>
                  {inForce ? <InForceLines versionId={inForce.id} /> : <Alert severity="info">{t.noneInForceHelp}</Alert>}
                </Box>
              </Grid>
            </Grid>
          </>
        )
      }}
    </QueryView>
  )
}
