// Pieces of the KPI view shared by the screen and the printout: conditions, chart, monthly table.
import { useMemo } from 'react'
import type { ChartConfiguration } from 'chart.js'
import { Link as RouterLink } from 'react-router'
import { Box, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { LinkRow } from '../../components/LinkRow'
import type { ConditionResult, KpiReport, MonthKpisOut } from '@shared/api/participants'
import { kpisAgainstTargets } from '@shared/domain/participants/targets'
import { ChartView } from '../../components/Chart'
import { PrintTable, type PrintColumn } from '../../print/PrintTable'
import { axisTitle, legendBelow, lineLook, percentTicks } from '../../components/chartStyle'
import { pct, t, ui } from './common'
import { formatMonth, formatMonthShort } from '@shared/domain/months'
import { percentOfShare } from '@shared/domain/percent'

const k = ui.kpi

export function ConditionChip({ c }: { c: ConditionResult }) {
  return c.met === null ? (
    <Chip size="small" label={k.notMeasured} />
  ) : c.met ? (
    <Chip size="small" color="success" label={k.met} />
  ) : (
    <Chip size="small" color="warning" label={k.notMet} />
  )
}

export function ConditionsList({ conditions }: { conditions: ConditionResult[] }) {
  if (conditions.length === 0) return <Typography color="text.secondary">{k.noConditions}</Typography>
  return (
    <Stack spacing={1.5}>
      {conditions.map((c, i) => (
        <Box key={i} data-testid="result-condition">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <ConditionChip c={c} />
            <Typography sx={{ fontWeight: 500 }}>{c.label}</Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {c.detail}
          </Typography>
        </Box>
      ))}
    </Stack>
  )
}

/** The months that have been measured (up to the last month with a status). */
export function measuredMonths(report: KpiReport): MonthKpisOut[] {
  return report.lastStatusMonth ? report.months.filter((m) => m.month <= report.lastStatusMonth!) : []
}

const series = [
  { key: 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth', color: '#1f4e79', target: 'paidHoursOrEducationShare' },
  { key: 'shareOfEffortGroupInFirmBasedActivity', color: '#2e7d32', target: 'firmBasedShare' },
  { key: 'shareOfEffortGroupWithPaidHours', color: '#7a4e1f', target: 'paidHoursShare' },
  { key: 'shareOfEffortGroupInWorkPlacement', color: '#6a1b9a', target: 'workPlacementShare' }
] as const

/** Target lines: thin, finely dashed, no points, and not in the legend (each KPI's legend entry names its target). */
const TARGET_PREFIX = `${k.target}: `
const targetLine = (label: string, colour: string, value: number, months: number) => ({
  label: `${TARGET_PREFIX}${label}`,
  data: Array.from({ length: months }, () => percentOfShare(value)),
  borderColor: colour,
  backgroundColor: colour,
  borderDash: [3, 3],
  borderWidth: 1,
  pointRadius: 0
})

/**
 * The KPIs per month with the pool's targets: one line per KPI, told apart by colour, dash and
 * point style (readable in black and white); the legend has one entry per KPI, naming its target,
 * and the target lines are drawn thin and dashed in the KPI's colour.
 */
export function KpiChart({ report, height = 320 }: { report: KpiReport; height?: number }) {
  const months = measuredMonths(report)
  const config = useMemo<ChartConfiguration<'line'>>(() => {
    const labels = months.map((m) => formatMonthShort(m.month))
    const datasets: ChartConfiguration<'line'>['data']['datasets'] = []
    const lines = [
      ...series.map((s) => ({
        label: t.kpis[s.key],
        color: s.color,
        values: months.map((m) => m.shares[s.key]),
        target: report.targets[s.target],
        atMost: false
      })),
      {
        label: t.kpis.shareOfOpenCasesPassive,
        color: '#c62828',
        values: months.map((m) => m.passiveShare),
        target: report.targets.passiveShareMax,
        atMost: true
      }
    ]
    lines.forEach((line, n) => {
      const target = line.target
      datasets.push({
        label: target === null ? line.label : `${line.label} (${k.target.toLowerCase()} ${t.targetText(target, line.atMost)})`,
        data: line.values.map(percentOfShare),
        ...lineLook(n, line.color),
        tension: 0.2
      })
      if (target !== null) datasets.push(targetLine(line.label, line.color, target, months.length))
    })
    return {
      type: 'line',
      data: { labels, datasets },
      options: {
        plugins: {
          legend: { ...legendBelow, labels: { ...legendBelow.labels, filter: (item) => !item.text.startsWith(TARGET_PREFIX) } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${pct(Number(c.parsed.y) / 100)}` } }
        },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } },
          y: { min: 0, max: 100, ticks: percentTicks, title: axisTitle(k.axisShare) }
        }
      }
    }
  }, [months, report.targets])
  return <ChartView config={config} label={k.chartLabel} height={height} testId="kpi-chart" />
}

/**
 * The KPIs per month. On screen each row opens its month's statuses (the month grid), the month
 * being the row's link in the first column: the table's primary action, never scrolled out of view.
 */
export function KpiTable({ report, print = false }: { report: KpiReport; print?: boolean }) {
  const months = measuredMonths(report)
  const cells = (m: MonthKpisOut) => [
    String(m.effortGroup),
    String(m.openCases),
    String(m.missingStatus),
    pct(m.shares.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth),
    pct(m.shares.shareOfEffortGroupInFirmBasedActivity),
    pct(m.shares.shareOfEffortGroupWithPaidHours),
    pct(m.shares.shareOfEffortGroupInWorkPlacement),
    pct(m.passiveShare),
    m.withStatus ? pct(m.cvUpToDate / m.withStatus) : '–',
    m.withStatus ? pct(m.jobPlan / m.withStatus) : '–',
    m.ended ? (print ? pct(m.endedSuccessfulShare) : `${pct(m.endedSuccessfulShare)} (${m.endedSuccessful}/${m.ended})`) : '–'
  ]
  const heads = [
    k.effortGroup,
    k.openCases,
    k.missing,
    t.kpis.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth,
    t.kpis.shareOfEffortGroupInFirmBasedActivity,
    t.kpis.shareOfEffortGroupWithPaidHours,
    t.kpis.shareOfEffortGroupInWorkPlacement,
    t.kpis.shareOfOpenCasesPassive,
    k.cv,
    k.plan,
    k.ended
  ]
  const monthLink = (month: string) => `/projekt/${report.projectId}/deltagere/maaned?maaned=${month}`
  if (print) {
    return (
      <PrintTable
        rows={months}
        rowKey={(m) => m.month}
        columns={[
          { head: k.month, cell: (m) => formatMonthShort(m.month) },
          ...heads.map((h, i): PrintColumn<MonthKpisOut> => ({ head: h, num: true, cell: (m) => cells(m)[i] }))
        ]}
      />
    )
  }
  return (
    <Table size="small" aria-label={k.table} data-testid="kpi-table">
      <TableHead>
        <TableRow>
          <TableCell>{k.month}</TableCell>
          {heads.map((h) => (
            <TableCell key={h} align="right" sx={{ fontSize: 12, lineHeight: 1.2 }}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {[...months].reverse().map((m) => (
          <LinkRow key={m.month} data-testid={`kpi-row-${m.month}`} to={monthLink(m.month)}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Link component={RouterLink} to={monthLink(m.month)}>
                {formatMonth(m.month)}
              </Link>
            </TableCell>
            {cells(m).map((c, i) => (
              <TableCell key={i} align="right">
                {c}
              </TableCell>
            ))}
          </LinkRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** The latest month's KPIs against their targets (the shared rule, with the KPIs' Danish names). */
export function latestAgainstTargets(report: KpiReport, m: MonthKpisOut) {
  return kpisAgainstTargets(report.targets, m).map((r) => ({ kpi: r.kpi, label: t.kpis[r.kpi], value: r.value, target: r.target, atMost: r.atMost, ok: r.met }))
}
