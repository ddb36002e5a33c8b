// The spending view: the budget in force against what the ledger has posted, per line, per year
// and in total, with % used against % of the period elapsed, a forecast at the current pace,
// over-/under-spend flags and alerts when a line passes the pool's thresholds. The screen, the
// overview card and `puljestyr budget --json` all ask this one function.
import type { BudgetSpending, SpendingAlert, SpendingLine } from '@shared/api/budget'
import { yearsOfPeriod } from '@shared/domain/dates'
import { formatKr, ore, sumOre, ZERO_ORE, type Ore } from '@shared/domain/money'
import type { BudgetPoolRules } from '@shared/domain/budget/poolRules'
import { assessLine, elapsedOf, periodPartOfYear, type Elapsed } from '@shared/domain/budget/spending'
import { da } from '@shared/texts/da'
import { todayIso, type ServiceContext } from '../context'
import { spentByBudgetLine } from '../ledger/ledger'
import { projectBudgetRules } from './rules'
import { requireProject } from './projects'
import { versionInForce, versionLines } from './versions'
import { formatMeasuredBasisPoints, formatSetBasisPoints } from '@shared/domain/percent'

const t = da.budget.spending

function figures(budgetOre: Ore, spentOre: Ore, elapsed: Elapsed, rules: Pick<BudgetPoolRules, 'alertThresholdsBp' | 'deviationThresholdBp'>) {
  const a = assessLine({ budgetOre, spentOre }, elapsed, rules)
  return { budgetOre, spentOre, remainingOre: ore(budgetOre - spentOre), elapsedBp: elapsed.elapsedBp, ...a }
}

export async function budgetSpending(ctx: ServiceContext, projectId: number, asOfInput?: string): Promise<BudgetSpending> {
  const project = await requireProject(ctx.db, projectId)
  const rules = await projectBudgetRules(ctx.db, projectId)
  const asOf = asOfInput ?? todayIso(ctx)
  const version = await versionInForce(ctx.db, projectId, asOf)
  const lines = version ? await versionLines(ctx.db, version.id) : []
  const spent = await spentByBudgetLine(ctx.db, projectId, { to: asOf })
  const years = yearsOfPeriod(project.periodStart, project.periodEnd)
  const elapsedByYear = new Map<number, Elapsed>()
  for (const y of years) elapsedByYear.set(y, elapsedOf(periodPartOfYear(project.periodStart, project.periodEnd, y)!, asOf))
  const wholePeriod = elapsedOf({ from: project.periodStart, to: project.periodEnd }, asOf)
  const labelOf = (key: string) => rules.categories.find((c) => c.key === key)?.label ?? key

  const out: SpendingLine[] = lines.map((l) => ({
    budgetLineId: l.budgetLineId,
    year: l.year,
    categoryKey: l.categoryKey,
    categoryLabel: labelOf(l.categoryKey),
    title: l.title,
    inBudget: true,
    ...figures(l.amountOre, spent.get(l.budgetLineId) ?? ZERO_ORE, elapsedByYear.get(l.year) ?? wholePeriod, rules)
  }))
  // Postings on a line the budget in force does not hold (removed by a revision, or not yet approved).
  const known = new Set(lines.map((l) => l.budgetLineId))
  const strays = [...spent.entries()].filter(([id, amount]) => !known.has(id) && amount !== 0)
  if (strays.length) {
    const identities = await ctx.db
      .selectFrom('budget_line')
      .selectAll()
      .where(
        'id',
        'in',
        strays.map(([id]) => id)
      )
      .execute()
    for (const line of identities) {
      out.push({
        budgetLineId: line.id,
        year: line.year,
        categoryKey: line.category_key,
        categoryLabel: labelOf(line.category_key),
        title: line.title,
        inBudget: false,
        ...figures(ZERO_ORE, spent.get(line.id) ?? ZERO_ORE, elapsedByYear.get(line.year) ?? wholePeriod, rules)
      })
    }
  }
  out.sort((a, b) => a.year - b.year || Number(b.inBudget) - Number(a.inBudget))

  const grant = new Map(project.grantByYear.map((g) => [g.year, g.amountOre]))
  const yearRows = years.map((year) => {
    const ofYear = out.filter((l) => l.year === year)
    return {
      year,
      grantOre: grant.get(year) ?? ZERO_ORE,
      ...figures(sumOre(ofYear.map((l) => l.budgetOre)), sumOre(ofYear.map((l) => l.spentOre)), elapsedByYear.get(year)!, rules)
    }
  })
  const budgetTotal = sumOre(out.map((l) => l.budgetOre))
  const totals = {
    grantAmountOre: project.grantAmountOre,
    grantSplitTotalOre: project.grantSplit.splitTotalOre,
    budgetVsGrantOre: ore(budgetTotal - project.grantAmountOre),
    ...figures(budgetTotal, sumOre(out.map((l) => l.spentOre)), wholePeriod, rules)
  }

  // Without a single posting there is nothing to measure the pace by: one notice instead of an
  // under-spend flag on every line.
  const hasPostings = spent.size > 0
  if (!hasPostings) {
    for (const row of [...out, ...yearRows, totals]) if (row.flag === 'under') row.flag = null
  }
  const alerts: SpendingAlert[] = []
  if (!version) alerts.push({ severity: 'info', kind: 'noBudget', budgetLineId: null, thresholdBp: null, message: t.noBudget })
  else if (totals.budgetVsGrantOre !== 0) {
    alerts.push({
      severity: 'warning',
      kind: 'budgetVsGrant',
      budgetLineId: null,
      thresholdBp: null,
      message: totals.budgetVsGrantOre < 0 ? t.budgetBelowGrant(formatKr(-totals.budgetVsGrantOre)) : t.budgetAboveGrant(formatKr(totals.budgetVsGrantOre))
    })
  }
  if (version && !hasPostings) alerts.push({ severity: 'info', kind: 'noPostings', budgetLineId: null, thresholdBp: null, message: t.noPostings })
  for (const l of out) {
    const name = t.lineName(l.title, l.year)
    if (!l.inBudget) {
      alerts.push({
        severity: 'error',
        kind: 'notInBudget',
        budgetLineId: l.budgetLineId,
        thresholdBp: null,
        message: t.notInBudget(name, formatKr(l.spentOre))
      })
      continue
    }
    if (l.overBudget && l.spentOre > 0)
      alerts.push({
        severity: 'error',
        kind: 'overBudget',
        budgetLineId: l.budgetLineId,
        thresholdBp: null,
        message: t.overBudget(name, formatKr(-l.remainingOre))
      })
    else if (l.passedThresholdBp !== null) {
      alerts.push({
        severity: l.passedThresholdBp >= 9000 ? 'warning' : 'info',
        kind: 'passedThreshold',
        budgetLineId: l.budgetLineId,
        thresholdBp: l.passedThresholdBp,
        message: t.passed(name, formatMeasuredBasisPoints(l.usedBp ?? 0), formatSetBasisPoints(l.passedThresholdBp))
      })
    }
    // Spending ahead of the period (not yet over budget), or behind it: the same alert, its own kind.
    const pace =
      l.flag === 'over' && !l.overBudget
        ? ({ severity: 'warning', kind: 'fasterThanPeriod' } as const)
        : l.flag === 'under'
          ? ({ severity: 'info', kind: 'slowerThanPeriod' } as const)
          : null
    if (pace) {
      alerts.push({
        ...pace,
        budgetLineId: l.budgetLineId,
        thresholdBp: null,
        message: t[pace.kind](
          name,
          formatMeasuredBasisPoints(l.usedBp ?? 0),
          formatMeasuredBasisPoints(l.elapsedBp),
          l.forecastOre === null ? '' : formatKr(l.forecastOre)
        )
      })
    }
  }

  return {
    projectId,
    asOf,
    periodStart: project.periodStart,
    periodEnd: project.periodEnd,
    inForceVersion: version
      ? { id: version.id, number: version.number, title: version.title, status: version.status as 'approved', effectiveDate: version.effective_date }
      : null,
    lines: out,
    years: yearRows,
    totals,
    alerts,
    alertThresholdsBp: rules.alertThresholdsBp,
    deviationThresholdBp: rules.deviationThresholdBp
  }
}
