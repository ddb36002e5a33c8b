// One budget version: its lines (editable while it is a draft), what it changes against the budget
// in force, the budget compared with the grant, and the next step of its life.
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Alert, Box, Button, Grid, IconButton, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/Delete'
import EditIcon from '@mui/icons-material/Edit'
import type { BudgetLineView, BudgetVersionDetail } from '@shared/api/budget'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { ErrorAlert, QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { PdfButton } from '../../print/PdfButton'
import { BudgetTabs } from './BudgetTabs'
import { ComparisonTable, LinesTable, lineFigures } from './BudgetTables'
import { LineDialog } from './LineForm'
import { VersionActionButtons, VersionBlockedReasons } from './VersionActions'
import { VersionStatusChip } from './status'
import { SectionCard } from '../../components/SectionCard'
import { WideTable } from '../../components/SimpleTable'
import { GridSection } from '../../components/GridSection'

const t = da.budget.ui.version

function ChangesTable({ detail }: { detail: BudgetVersionDetail }) {
  if (detail.changes.length === 0) return <Alert severity="info">{t.noChanges}</Alert>
  const describe = (l: BudgetLineView | null) => {
    if (!l) return '–'
    const f = lineFigures(l)
    return l.kind === 'salary' ? `${f.staff} × ${f.hours} t × ${f.rate} = ${formatKr(l.amountOre)}` : formatKr(l.amountOre)
  }
  return (
    <WideTable label={t.changesTitle} columns={[t.year, t.line, t.change, t.before, t.after, { right: t.delta }]}>
      {detail.changes.map((c) => (
        <TableRow key={c.budgetLineId}>
          <TableCell>{c.year}</TableCell>
          <TableCell>{`${c.title} (${c.categoryLabel})`}</TableCell>
          <TableCell>{t.changeKind[c.change]}</TableCell>
          <TableCell>{describe(c.before)}</TableCell>
          <TableCell>{describe(c.after)}</TableCell>
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            {formatKr(c.deltaOre)}
          </TableCell>
        </TableRow>
      ))}
    </WideTable>
  )
}

function DraftHeader({ detail }: { detail: BudgetVersionDetail }) {
  const v = detail.version
  const facts = [
    v.baseVersionNumber ? t.basedOn(v.baseVersionNumber) : null,
    v.sentDate ? t.sentOn(formatDate(v.sentDate)) : null,
    v.status === 'approved' ? t.approvedOn(formatDate(v.decidedDate), v.starReference) : null,
    v.status === 'rejected' ? t.rejectedOn(formatDate(v.decidedDate), v.decisionNote) : null,
    v.status === 'registered' ? t.registeredOn(formatDate(v.effectiveDate)) : null,
    v.decidedByName ? t.decidedBy(v.decidedByName, v.decidedByRole ?? '') : null
  ].filter(Boolean)
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <VersionStatusChip status={v.status} />
      <span>{facts.join(' · ')}</span>
    </Stack>
  )
}

export function VersionPage() {
  const projectId = useRequiredProjectId()
  const versionId = Number(useParams().versionId)
  const navigate = useNavigate()
  const detail = useApiQuery('budget.version', { versionId })
  const overview = useApiQuery('budget.overview', { projectId })
  const remove = useApiMutation('budget.removeLine')
  const deleteDraft = useApiMutation('budget.deleteDraft')
  const [editing, setEditing] = useState<BudgetLineView | 'new' | null>(null)
  return (
    <QueryView query={detail}>
      {(d) => {
        const v = d.version
        const editable = d.allowedActions.includes('edit')
        const isRevision = v.kind === 'revision'
        return (
          <>
            <PageHeader
              title={`${v.title} (${t.versionNo(v.number)})`}
              subtitle={<DraftHeader detail={d} />}
              actions={
                <>
                  <VersionActionButtons detail={d} />
                  <PdfButton
                    route={`/print/budget/${projectId}/version/${v.id}`}
                    fileName={`${isRevision ? t.requestFileName : t.budgetFileName} ${v.number}.pdf`}
                    label={isRevision ? t.requestPdf : t.budgetPdf}
                  />
                </>
              }
            />
            <BudgetTabs projectId={projectId} />
            <VersionBlockedReasons detail={d} />
            {remove.isError ? <ErrorAlert error={remove.error} /> : null}
            {deleteDraft.isError ? <ErrorAlert error={deleteDraft.error} /> : null}
            {isRevision && v.status === 'draft' && d.changes.length > 0 ? (
              <Alert severity={d.approvalNeeded ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="revision-kind">
                {d.approvalNeeded ? t.needsApproval : t.noApprovalNeeded}
              </Alert>
            ) : null}
            {v.status === 'sent' ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t.sentNotInForce}
              </Alert>
            ) : null}
            {v.reason ? (
              <Typography sx={{ mb: 2 }}>
                <strong>{t.reason}</strong> {v.reason}
              </Typography>
            ) : null}
            <Grid container spacing={3}>
              {isRevision ? (
                <GridSection title={t.changesTitle}>
                  <ChangesTable detail={d} />
                </GridSection>
              ) : null}
              <Grid size={12}>
                <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
                  <Typography variant="h6" component="h2">
                    {t.linesTitle}
                  </Typography>
                  {editable ? (
                    <Stack direction="row" spacing={1}>
                      <Button startIcon={<AddIcon />} variant="contained" onClick={() => setEditing('new')}>
                        {t.addLine}
                      </Button>
                      <Button
                        color="error"
                        startIcon={<DeleteIcon />}
                        onClick={() => {
                          if (window.confirm(t.confirmDelete))
                            deleteDraft.mutate({ versionId: v.id }, { onSuccess: () => navigate(`/projekt/${projectId}/budget`) })
                        }}
                      >
                        {da.budget.actions.delete}
                      </Button>
                    </Stack>
                  ) : null}
                </Stack>
                <LinesTable
                  lines={d.lines}
                  comparison={d.comparison}
                  label={t.linesTitle}
                  actions={
                    editable
                      ? (l) => (
                          <>
                            <Tooltip title={t.editLine(l.title, l.year)}>
                              <IconButton size="small" aria-label={t.editLine(l.title, l.year)} onClick={() => setEditing(l)}>
                                <EditIcon fontSize="small" />
                              </IconButton>
                            </Tooltip>
                            <Tooltip title={t.removeLine(l.title, l.year)}>
                              <IconButton
                                size="small"
                                aria-label={t.removeLine(l.title, l.year)}
                                onClick={() => remove.mutate({ versionId: v.id, budgetLineId: l.budgetLineId })}
                              >
                                <DeleteIcon fontSize="small" />
                              </IconButton>
                            </Tooltip>
                          </>
                        )
                      : undefined
                  }
                />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <SectionCard title={t.comparisonTitle}>
                  <ComparisonTable comparison={d.comparison} label={t.comparisonTitle} />
                </SectionCard>
              </Grid>
            </Grid>
            <Box sx={{ mt: 2 }} />
            {editing !== null && overview.data ? (
              <LineDialog
                projectId={projectId}
                versionId={v.id}
                line={editing === 'new' ? null : editing}
                overview={overview.data}
                onClose={() => setEditing(null)}
              />
            ) : null}
          </>
        )
      }}
    </QueryView>
  )
}
