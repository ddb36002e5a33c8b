// Pieces of the KPI view shared by the screen and the printout: conditions, chart, monthly table.
import { useMemo } from 'react'
import type { ChartConfiguration } from 'chart.js'
import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { ConditionResult, KpiReport, MonthKpisOut } from '@shared/api/participants'
import { kpisAgainstTargets } from '@shared/domain/participants/targets'
import { ChartView } from '../../components/Chart'
import { pct, setPct, t, ui } from './common'
import { formatMonth, formatMonthShort } from '@shared/domain/months'

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

export function KpiChart({ report, height = 320 }: { report: KpiReport; height?: number }) {
  const months = measuredMonths(report)
  const config = useMemo<ChartConfiguration<'line'>>(() => {
    const labels = months.map((m) => formatMonthShort(m.month))
    const datasets: ChartConfiguration<'line'>['data']['datasets'] = []
    for (const s of series) {
      datasets.push({
        label: t.kpis[s.key],
        data: months.map((m) => Math.round(m.shares[s.key] * 1000) / 10),
        borderColor: s.color,
        backgroundColor: s.color,
        pointRadius: 2,
        tension: 0.2
      })
      const target = report.targets[s.target]
      if (target !== null) {
        datasets.push({
          label: `${k.target}: ${t.kpis[s.key]} ${setPct(target)}`,
          data: months.map(() => target * 100),
          borderColor: s.color,
          borderDash: [6, 4],
          pointRadius: 0,
          borderWidth: 1
        })
      }
    }
    datasets.push({
      label: t.kpis.shareOfOpenCasesPassive,
      data: months.map((m) => Math.round(m.passiveShare * 1000) / 10),
      borderColor: '#c62828',
      backgroundColor: '#c62828',
      pointRadius: 2,
      tension: 0.2
    })
    if (report.targets.passiveShareMax !== null) {
      const max = report.targets.passiveShareMax
      datasets.push({
        label: `${k.target}: ${t.kpis.shareOfOpenCasesPassive} ${t.targetText(max, true)}`,
        data: months.map(() => max * 100),
        borderColor: '#c62828',
        borderDash: [6, 4],
        pointRadius: 0,
        borderWidth: 1
      })
    }
    return {
      type: 'line',
      data: { labels, datasets },
      options: {
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, font: { size: 11 } } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${pct(Number(c.parsed.y) / 100)}` } }
        },
        scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } } }
      }
    }
  }, [months, report.targets])
  return <ChartView config={config} label={k.chartLabel} height={height} testId="kpi-chart" />
}

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
  if (print) {
    return (
      <table>
        <thead>
          <tr>
            <th>{k.month}</th>
            {heads.map((h) => (
              <th key={h} className="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <td>{formatMonthShort(m.month)}</td>
              {cells(m).map((c, i) => (
                <td key={i} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
          <TableRow key={m.month} data-testid={`kpi-row-${m.month}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMonth(m.month)}</TableCell>
            {cells(m).map((c, i) => (
              <TableCell key={i} align="right">
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** The latest month's KPIs against their targets (the shared rule, with the KPIs' Danish names). */
export function latestAgainstTargets(report: KpiReport, m: MonthKpisOut) {
  return kpisAgainstTargets(report.targets, m).map((r) => ({ kpi: r.kpi, label: t.kpis[r.kpi], value: r.value, target: r.target, atMost: r.atMost, ok: r.met }))
}
