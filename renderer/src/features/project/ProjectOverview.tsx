// The project's front page answers «are we on track?» on its first screen: the quarterly pack's
// traffic lights as of today, the budget's alerts grouped and ranked, the KPIs against their
// targets. Master data, the grant's year split and the cards per area are folded away below.
import type { ReactNode } from 'react'
import { Link as RouterLink } from 'react-router'
import { Accordion, AccordionDetails, AccordionSummary, Box, Button, Chip, Grid, Stack, TableCell, TableRow, Typography } from '@mui/material'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import EditIcon from '@mui/icons-material/Edit'
import type { Project } from '@shared/api/core'
import { formatKr } from '@shared/domain/money'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { projectSections } from '..'
import { GrantSplitNotice } from './GrantSplitNotice'
import { PdfButton } from '../../print/PdfButton'
import { AlertsPanel, KpiPanel, LightsPanel } from './DecisionPanels'
import { SectionCard } from '../../components/SectionCard'
import { SimpleTable } from '../../components/SimpleTable'

const t = da.core.project

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography data-testid={testId}>{value || '–'}</Typography>
    </Box>
  )
}

function MasterData({ p }: { p: Project }) {
  return (
    <SectionCard title={t.masterData}>
      <Fact label={t.municipality} value={p.municipality} testId="project-municipality" />
      <Fact label={t.pool} value={p.financeAct ? `${p.poolName} (${p.financeAct})` : p.poolName} testId="project-pool" />
      <Fact label={t.caseNumber} value={p.caseNumber} testId="project-case-number" />
      <Fact label={t.responsible} value={p.responsible} testId="project-responsible" />
      <Fact label={t.period} value={`${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}`} testId="project-period" />
    </SectionCard>
  )
}

function Grant({ p }: { p: Project }) {
  return (
    <SectionCard title={t.grantTitle}>
      <Fact label={t.grantAmount} value={formatKr(p.grantAmountOre)} testId="project-grant" />
      <Fact label={t.amountApplied} value={formatKr(p.amountAppliedOre)} testId="project-applied" />
      <SimpleTable sx={{ mb: 2 }} label={t.grantByYear} columns={[t.year, { right: t.amount }]}>
        {p.grantByYear.map((y) => (
          <TableRow key={y.year}>
            <TableCell>{y.year}</TableCell>
            <TableCell align="right">{formatKr(y.amountOre)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>{t.splitTotal}</TableCell>
          <TableCell align="right">{formatKr(p.grantSplit.splitTotalOre)}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>{t.splitDifference}</TableCell>
          <TableCell align="right" data-testid="grant-split-difference">
            {formatKr(p.grantSplit.differenceOre)}
          </TableCell>
        </TableRow>
      </SimpleTable>
    </SectionCard>
  )
}

function Folded({ title, summary, testId, children }: { title: string; summary?: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Accordion variant="outlined" disableGutters data-testid={testId}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0.5, md: 2 }} sx={{ alignItems: { md: 'center' }, width: '100%', pr: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 'none' }}>
            {title}
          </Typography>
          {summary}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>{children}</AccordionDetails>
    </Accordion>
  )
}

export function ProjectOverview() {
  const projectId = useRequiredProjectId()
  const project = useApiQuery('projects.get', { projectId })
  const overview = useApiQuery('quarterly.overview', { projectId })
  return (
    <QueryView query={project}>
      {(p) => (
        <>
          <PageHeader
            title={p.title}
            subtitle={
              <>
                {p.municipality} {p.isDemo ? <Chip size="small" label={t.demoBadge} sx={{ ml: 1 }} /> : null}
              </>
            }
            actions={
              <>
                <PdfButton route={`/print/projekt/${p.id}`} fileName={`Projektark ${p.municipality} ${p.title}.pdf`} label={t.sheetPdf} />
                <Button startIcon={<EditIcon />} component={RouterLink} to={`/projekt/${p.id}/stamdata`}>
                  {t.editMasterData}
                </Button>
              </>
            }
          />
          <QueryView query={overview}>
            {(ov) => (
              <Grid container spacing={2} sx={{ mb: 2 }}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <LightsPanel overview={ov} />
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                  <Stack spacing={2}>
                    <AlertsPanel overview={ov} />
                    <KpiPanel overview={ov} />
                  </Stack>
                </Grid>
              </Grid>
            )}
          </QueryView>
          <Stack spacing={1}>
            <Folded title={da.quarterly.overview.masterData} testId="overview-master-data" summary={<GrantSplitNotice check={p.grantSplit} />}>
              <Grid container spacing={3}>
                <Grid size={{ xs: 12, lg: 6 }}>
                  <MasterData p={p} />
                </Grid>
                <Grid size={{ xs: 12, lg: 6 }}>
                  <Grant p={p} />
                </Grid>
              </Grid>
            </Folded>
            <Folded title={da.quarterly.overview.more} testId="overview-more">
              <Grid container spacing={3}>
                {projectSections
                  .filter((s) => s.overviewCard)
                  .map((s) => {
                    const OverviewCard = s.overviewCard!
                    return (
                      <Grid key={s.path} size={{ xs: 12, lg: 6 }}>
                        <OverviewCard projectId={p.id} />
                      </Grid>
                    )
                  })}
              </Grid>
            </Folded>
          </Stack>
        </>
      )}
    </QueryView>
  )
}
