// The project's front page (Overblik): «are we on track?». The traffic lights are the quarterly
// pack's own (`quarterlyReport` and `trafficLights`), taken for the quarter that holds today and as
// of today, plus one light for the instalments; the budget's alerts are the spending view's
// (`budgetSpending` as of today), alike ones grouped into one line; the KPIs are the latest month's
// against the pool's targets by the shared rule. Nothing is computed here that a screen computes too.
import type { ProjectOverview } from '@shared/api/quarterly'
import { kpisAgainstTargets } from '@shared/domain/participants/targets'
import { quarterContaining } from '@shared/domain/quarterly/quarter'
import { da } from '@shared/texts/da'
import { todayIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { budgetSpending } from '../budget/spending'
import { listInstalments } from '../budget/instalments'
import { instalmentsLight, quarterLabel, quarterlyReport, worstFirst } from './report'
import { instalmentStatusOn } from '@shared/domain/budget/instalments'
import { formatSetBasisPoints } from '@shared/domain/percent'

const o = da.quarterly.overview

const severityRank = { error: 0, warning: 1, info: 2 }

export async function projectOverview(ctx: ServiceContext, projectId: number): Promise<ProjectOverview> {
  const project = await getProject(ctx.db, projectId)
  const today = todayIso(ctx)
  // Before the period the first quarter, after it the last: the lights then stand as the period ended.
  const asOf = today < project.periodStart ? project.periodStart : today > project.periodEnd ? project.periodEnd : today
  const quarter = quarterContaining(asOf)
  const report = await quarterlyReport(ctx, projectId, quarter.key, false, { asOf })
  // The pack's lights, except two that the front page says its own way: the instalments as of
  // today (after the period, an instalment still expected is late), and the KPI targets other than
  // passive cases, which the front page lists in its table of KPIs against their targets.
  const instalments = (await listInstalments(ctx, projectId)).instalments.map((i) => ({ ...i, status: instalmentStatusOn(i, today) }))
  const lights = worstFirst([
    ...report.lights.filter((l) => l.key !== 'instalments' && !(l.key.startsWith('target:') && l.key !== 'target:passive')),
    instalmentsLight(instalments, today)
  ])

  // The spending view as the screen shows it (today); alike alerts become one line.
  const spending = await budgetSpending(ctx, projectId, today)
  const groups = new Map<string, ProjectOverview['alerts'][number]>()
  for (const a of spending.alerts) {
    // The budget's difference from the grant is the grant's year split's when the budget adds up to
    // the split (the demo's 1,00 kr.): said once, with the grant, not again here.
    if (a.kind === 'budgetVsGrant' && spending.totals.budgetOre === spending.totals.grantSplitTotalOre) continue
    const key = a.kind === 'passedThreshold' ? `${a.kind}:${a.thresholdBp}` : a.kind
    const g = groups.get(key) ?? { key, severity: a.severity, title: '', items: [] }
    g.items.push({ budgetLineId: a.budgetLineId, message: a.message })
    if (severityRank[a.severity] < severityRank[g.severity]) g.severity = a.severity
    groups.set(key, g)
  }
  const alerts = [...groups.values()].map((g) => {
    const n = g.items.length
    const kind = g.key.split(':')[0]!
    let title = g.items[0]!.message
    if (n > 1) {
      if (kind === 'overBudget') title = o.groups.overBudget(n)
      else if (kind === 'notInBudget') title = o.groups.notInBudget(n)
      else if (kind === 'passedThreshold') title = o.groups.passedThreshold(n, formatSetBasisPoints(Number(g.key.split(':')[1])))
      else if (kind === 'fasterThanPeriod') title = o.groups.fasterThanPeriod(n)
      else if (kind === 'slowerThanPeriod') title = o.groups.slowerThanPeriod(n)
    }
    return { ...g, title }
  })
  alerts.sort((a, b) => severityRank[a.severity] - severityRank[b.severity])

  const latest = report.results.months.find((m) => m.month === report.results.latestMonth) ?? null
  const kpis = {
    month: latest ? latest.month : null,
    rows: latest
      ? kpisAgainstTargets(report.results.targets, latest)
          // A target that already has a light (passive cases) is said there, once.
          .filter((r) => r.target !== null && !(r.kpi === 'shareOfOpenCasesPassive' && lights.some((l) => l.key === 'target:passive')))
          .map((r) => ({ ...r, label: da.participants.kpis[r.kpi] }))
      : []
  }
  return {
    projectId,
    asOf,
    quarter: { key: quarter.key, label: quarterLabel(quarter), from: quarter.from, to: quarter.to },
    lights,
    alerts,
    kpis
  }
}
