// The quarterly pack's figures: one call per domain, each the same service function the domain's
// own screen uses (budgetSpending, kpiReport, progressionThemes, priorityLists, paretoCategoriesOver,
// recordedInstalments, meetingCadence, listActions, listMonths), asked as of the quarter's last day.
// Nothing is computed twice: the pack only takes differences (spent in the quarter = spent to its end
// minus spent to the previous quarter's end) and sets the traffic lights from the figures. Where the
// pack needs a figure for the quarter and the one before (the focus list, passivity), one call reads
// both; where it needs part of a view (the instalments as recorded, progression's themes), it asks
// for that part, not the whole view (#14).
import type { QuarterlyReport, TrafficLight } from '@shared/api/quarterly'
import { addDaysIso, formatDate } from '@shared/domain/dates'
import { ore, ZERO_ORE, type Ore } from '@shared/domain/money'
import type { SpendingFigures } from '@shared/api/budget'
import { parseQuarter, previousQuarter, quarterInPeriod, quartersOfPeriod, defaultQuarter, type Quarter } from '@shared/domain/quarterly/quarter'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, todayIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { budgetSpending } from '../budget/spending'
import { kpiReport } from '../participants/kpis'
import { countsAsHeld, HELD_STATUSES } from '@shared/domain/meetings/agenda'
import { chainHead } from '../audit/head'
import { progressionThemes } from '../participants/progression'
import { paretoCategoriesOver, priorityLists } from '../prioritisation/prioritisation'
import { meetingCadence } from '../meetings/cadence'
import type { ActionItem } from '@shared/api/meetings'
import { listActions } from '../meetings/actions'
import { getMeeting } from '../meetings/meetings'
import { listMonths } from '../time/months'
import { recordedInstalments } from '../budget/instalments'
import { versionDetail } from '../budget/views'
import { instalmentStatusOn } from '@shared/domain/budget/instalments'
import { awaitsApproval } from '@shared/domain/time/hours'
import { isOpenAt, isOverdueAt } from '@shared/domain/meetings/agenda'
import { kpisAgainstTargets } from '@shared/domain/participants/targets'
import { readQuarterText } from './text'
import { addMonths, formatMonth, type Month } from '@shared/domain/months'
import { formatMeasuredBasisPoints, formatMeasuredShare, formatSetShare, WHOLE_BP } from '@shared/domain/percent'

const t = da.quarterly

export function quarterLabel(q: Quarter): string {
  return t.quarterLabel(q.q, q.year)
}

function ref(q: Quarter) {
  return { key: q.key, label: quarterLabel(q), from: q.from, to: q.to }
}

/** The quarter named by `key`, or a Danish refusal naming the field and the rule. */
/** A row of the spending view at the quarter's end against what was spent by the previous quarter's end. */
function sinceQuarterBefore(now: SpendingFigures, spentToPreviousOre: Ore) {
  return {
    budgetOre: now.budgetOre,
    spentToDateOre: now.spentOre,
    spentToPreviousOre,
    spentInQuarterOre: ore(now.spentOre - spentToPreviousOre),
    remainingOre: now.remainingOre,
    forecastOre: now.forecastOre
  }
}

export async function requireQuarter(ctx: ServiceContext, projectId: number, key: string): Promise<Quarter> {
  const project = await getProject(ctx.db, projectId)
  const q = parseQuarter(key)
  if (!q) throw new DomainError('validation', t.errors.badQuarter, { field: 'quarter' })
  if (!quarterInPeriod(q, project.periodStart, project.periodEnd)) {
    throw new DomainError('validation', t.errors.outsidePeriod(quarterLabel(q), formatDate(project.periodStart), formatDate(project.periodEnd)), {
      field: 'quarter'
    })
  }
  return q
}

export async function listQuarters(ctx: ServiceContext, projectId: number) {
  const project = await getProject(ctx.db, projectId)
  const today = todayIso(ctx)
  return {
    quarters: quartersOfPeriod(project.periodStart, project.periodEnd).map((q) => ({ ...ref(q), ended: q.to < today })),
    defaultQuarter: defaultQuarter(project.periodStart, project.periodEnd, today).key
  }
}

const monthOfQuarterEnd = (q: Quarter) => q.months[2] as Month

/**
 * A quarter's figures. `asOf` (the project's front page) takes the figures of a quarter still
 * under way as they stand on that day: spending to that day, KPIs to its month, cadence and action
 * items on that day, and months awaiting approval up to the month before it.
 */
export async function quarterlyReport(
  ctx: ServiceContext,
  projectId: number,
  quarterKey: string,
  publication: boolean,
  options: { asOf?: string } = {}
): Promise<QuarterlyReport> {
  const quarter = await requireQuarter(ctx, projectId, quarterKey)
  const project = await getProject(ctx.db, projectId)
  const prevQ = previousQuarter(quarter)
  const hasPrevious = prevQ.to >= project.periodStart
  const end = options.asOf !== undefined && options.asOf < quarter.to ? options.asOf : quarter.to
  const quarterOpen = end < quarter.to
  const lastMonth = (quarterOpen ? end.slice(0, 7) : monthOfQuarterEnd(quarter)) as Month
  // Months are approved after they end: a quarter under way waits only for the months before this one.
  const lastApprovableMonth = quarterOpen ? addMonths(lastMonth, -1) : lastMonth

  // Economy: the spending view at the quarter's end and at the previous quarter's end.
  const spending = await budgetSpending(ctx, projectId, end)
  const before = await budgetSpending(ctx, projectId, prevQ.to)
  const spentBefore = new Map(before.lines.map((l) => [l.budgetLineId, l.spentOre]))
  const lines = spending.lines.map((l) => ({
    budgetLineId: l.budgetLineId,
    year: l.year,
    title: l.title,
    categoryLabel: l.categoryLabel,
    ...sinceQuarterBefore(l, spentBefore.get(l.budgetLineId) ?? ZERO_ORE)
  }))
  const years = spending.years.map((y) => ({ year: y.year, ...sinceQuarterBefore(y, before.years.find((b) => b.year === y.year)?.spentOre ?? ZERO_ORE) }))
  const totals = sinceQuarterBefore(spending.totals, before.totals.spentOre)
  const revisionRows = await ctx.db
    .selectFrom('budget_version')
    .select(['id', 'number', 'title', 'status', 'effective_date', 'sent_date'])
    .where('project_id', '=', projectId)
    .where('kind', '=', 'revision')
    .where((eb) =>
      eb.or([
        eb.between('effective_date', quarter.from, quarter.to),
        eb.and([eb('effective_date', 'is', null), eb.between('sent_date', quarter.from, quarter.to)])
      ])
    )
    .orderBy('number')
    .execute()
  // What each revision of the quarter moved, per year: the budget screen's own comparison of the version with its base.
  const revisions = []
  for (const r of revisionRows) {
    const detail = await versionDetail(ctx, r.id)
    const byYear = new Map<number, number>()
    for (const c of detail.changes) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.deltaOre)
    revisions.push({
      versionId: r.id,
      number: r.number,
      title: r.title,
      status: r.status,
      statusLabel: da.budget.status[r.status] ?? r.status,
      betweenYears: detail.revisionKind === 'betweenYears',
      date: r.effective_date ?? r.sent_date,
      years: [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, deltaOre]) => ({ year, deltaOre })),
      changedLines: detail.changes.length
    })
  }

  // Instalments as they stood at the quarter's end (the instalments screen's own view, read as of then).
  const instalments = (await recordedInstalments(ctx, projectId)).map((i) => {
    const status = instalmentStatusOn(i, end)
    return {
      no: i.no,
      label: i.label,
      expectedDate: i.expectedDate,
      status,
      appliedDate: status === 'expected' ? null : i.appliedDate,
      appliedAmountOre: status === 'expected' ? null : i.appliedAmountOre,
      receivedDate: status === 'received' ? i.receivedDate : null,
      receivedAmountOre: status === 'received' ? i.receivedAmountOre : null
    }
  })

  // Results: the KPI report as of the quarter's last month (conditions judged as they stood then).
  const kpi = await kpiReport(ctx, projectId, { toMonth: lastMonth })
  const measured = kpi.months.filter((m) => kpi.lastStatusMonth !== null && m.month <= kpi.lastStatusMonth)
  const latestMonth = measured.length ? measured[measured.length - 1]!.month : null
  const previousMonth = hasPrevious ? ([...measured].reverse().find((m) => m.month <= monthOfQuarterEnd(prevQ))?.month ?? null) : null
  const progression = (await progressionThemes(ctx, projectId)).themes.map((th) => ({
    key: th.key,
    label: th.label,
    participants: th.participants,
    intakeMean: th.intakeMean,
    latestMean: th.latestMean,
    change: th.change
  }))

  // Prioritisation: the focus list of the quarter's last measured month, and 80/20 of passivity.
  const focusMonth = (latestMonth ?? lastMonth) as Month
  // The focus lists of the month and of the previous quarter's month, read together.
  const [focus, focusPrevious] = publication
    ? [null, null]
    : await priorityLists(ctx, projectId, previousMonth !== null ? [focusMonth, previousMonth as Month] : [focusMonth])
  const [paretoOfQuarter, paretoPrevious] = await paretoCategoriesOver(ctx, projectId, 'passiveReason', [
    { from: quarter.months[0] as Month, to: lastMonth },
    ...(hasPrevious ? [{ from: prevQ.months[0] as Month, to: monthOfQuarterEnd(prevQ) }] : [])
  ])
  const pareto = paretoOfQuarter!
  const paretoBefore = paretoPrevious ?? null
  const focusBefore = focusPrevious ? focusPrevious.entries.filter((e) => e.focus).length : null

  // Steering: cadence as it stood the day after the quarter, the quarter's meetings and decisions.
  const dayAfter = addDaysIso(end, 1)
  const cadence = await meetingCadence(ctx.db, projectId, { today: dayAfter })
  const meetingRows = await ctx.db
    .selectFrom('meeting')
    .select(['id', 'group_id'])
    .where('project_id', '=', projectId)
    .where('meeting_date', '>=', quarter.from)
    .where('meeting_date', '<=', end)
    .orderBy('meeting_date')
    .orderBy('start_time')
    .execute()
  type QuarterMeeting = QuarterlyReport['steering']['groups'][number]['meetings'][number] & { groupId: number }
  const meetings: QuarterMeeting[] = []
  for (const row of meetingRows) {
    const m = await getMeeting(ctx.db, row.id, { publication, today: dayAfter })
    meetings.push({
      groupId: row.group_id,
      meetingId: m.id,
      date: m.date,
      title: m.title,
      status: m.status,
      decisions: m.items
        .filter((i) => !(publication && i.closed) && (i.decisionChoice !== '' || i.decisionText.trim() !== ''))
        .map((i) => ({
          number: i.number,
          title: i.title,
          decision: [i.decisionChoice ? da.meetings.decisionChoices[i.decisionChoice] : '', i.decisionText.trim()].filter(Boolean).join(': ')
        }))
    })
  }
  const groups = cadence.map((g) => {
    const period = g.periods.find((p) => p.start <= quarter.to && p.end >= quarter.from)
    const own = meetings.filter((m) => m.groupId === g.groupId)
    const held = own.filter((m) => countsAsHeld(m.status))
    return {
      groupId: g.groupId,
      groupName: g.groupName,
      metInQuarter: held.length > 0,
      required: period?.required ?? false,
      meetings: own.map(({ groupId: _g, ...m }) => m)
    }
  })
  // Action items as they stood at the quarter's end: given before it and not closed by then.
  const allActions = (await listActions(ctx.db, { projectId }, dayAfter)).filter((a) => !(publication && a.fromClosedItem))
  const actions = actionsOpenAt(allActions, end)
  const actionsBefore = hasPrevious ? actionsOpenAt(allActions, prevQ.to) : null
  const heldBefore = hasPrevious
    ? await ctx.db
        .selectFrom('meeting')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('project_id', '=', projectId)
        .where('meeting_date', '>=', prevQ.from)
        .where('meeting_date', '<=', prevQ.to)
        .where('status', 'in', HELD_STATUSES)
        .executeTakeFirstOrThrow()
    : null

  const unapprovedMonths = (await listMonths(ctx.db, projectId))
    .filter((m) => awaitsApproval(m, lastApprovableMonth))
    .map((m) => ({ month: m.month, staffName: m.staffName, status: da.time.status[m.status] }))

  const text = await readQuarterText(ctx.db, projectId, quarter.key)

  const report: Omit<QuarterlyReport, 'lights'> = {
    projectId,
    quarter: ref(quarter),
    previousQuarter: hasPrevious ? ref(prevQ) : null,
    publication,
    project: {
      title: project.title,
      municipality: project.municipality,
      poolName: project.poolName,
      periodStart: project.periodStart,
      periodEnd: project.periodEnd,
      grantAmountOre: project.grantAmountOre
    },
    economy: {
      inForceVersion: spending.inForceVersion ? spending.inForceVersion.title : null,
      usedBp: spending.totals.usedBp,
      elapsedBp: spending.totals.elapsedBp,
      totals,
      years,
      lines,
      revisions
    },
    instalments,
    results: { ...kpi, latestMonth, previousMonth },
    progression,
    focusList: focus ? { month: focus.month, entries: focus.entries.filter((e) => e.focus), previousCount: focusBefore } : null,
    passivity: {
      total: pareto.total,
      previousTotal: paretoBefore ? paretoBefore.total : null,
      rows: pareto.bars.map((b) => ({ label: b.category, value: b.value, cumulativeShare: b.cumulativeShare }))
    },
    steering: {
      groups,
      meetingsHeld: meetings.filter((m) => countsAsHeld(m.status)).length,
      openActions: actions,
      overdueCount: actions.filter((a) => a.overdue).length,
      previous:
        actionsBefore && heldBefore
          ? { meetingsHeld: Number(heldBefore.n), openActions: actionsBefore.length, overdueCount: actionsBefore.filter((a) => a.overdue).length }
          : null
    },
    unapprovedMonths,
    text,
    madeAt: nowIso(ctx),
    anchor: await chainHead(ctx.db)
  }
  return { ...report, lights: trafficLights(report, spending.deviationThresholdBp, { quarterOpen, quarterEnd: quarter.to, asOf: end }) }
}

const pct = formatMeasuredBasisPoints

/** The action items open at the end of `date` (given at a meeting by then, not closed by then), overdue as of then. */
export function actionsOpenAt(actions: ActionItem[], date: string): ActionItem[] {
  return actions.filter((a) => isOpenAt(a, date)).map((a) => ({ ...a, overdue: isOverdueAt(a, date) }))
}

type InstalmentAsOf = QuarterlyReport['instalments'][number]

/** Instalments as of a day: one not received by its expected date is yellow; none at all is grey. */
export function instalmentsLight(instalments: InstalmentAsOf[], day: string): TrafficLight {
  const L = t.lights
  const base = { key: 'instalments', label: L.instalments }
  if (instalments.length === 0) return { ...base, colour: 'grey', rule: L.instalmentsRule.none }
  const late = instalments.find((i) => i.status !== 'received' && i.expectedDate < day)
  if (late) return { ...base, colour: 'yellow', rule: L.instalmentsRule.late(late.label, formatDate(late.expectedDate)) }
  const next = instalments.find((i) => i.status !== 'received')
  if (!next) return { ...base, colour: 'green', rule: L.instalmentsRule.allReceived(instalments.length) }
  return { ...base, colour: 'green', rule: L.instalmentsRule.next(next.label, formatDate(next.expectedDate)) }
}

/** The front page's traffic lights, each with the rule that set its colour, worst first. */
export function trafficLights(
  r: Omit<QuarterlyReport, 'lights'>,
  deviationBp: number,
  open: { quarterOpen: boolean; quarterEnd: string; asOf: string } = { quarterOpen: false, quarterEnd: r.quarter.to, asOf: r.quarter.to }
): TrafficLight[] {
  const L = t.lights
  const lights: TrafficLight[] = []
  const e = r.economy
  if (e.usedBp === null || e.totals.budgetOre === 0) {
    lights.push({ key: 'spending', label: L.spending, colour: 'grey', rule: L.noBudget })
  } else {
    const gap = e.usedBp - e.elapsedBp
    const colour = e.usedBp > WHOLE_BP ? 'red' : Math.abs(gap) > deviationBp ? 'yellow' : 'green'
    lights.push({ key: 'spending', label: L.spending, colour, rule: L.spendingRule(pct(e.usedBp), pct(e.elapsedBp)) })
  }
  for (const c of r.results.conditions) {
    lights.push({
      key: `condition:${c.kpi}`,
      label: L.condition(c.label),
      colour: c.met === null ? 'grey' : c.met ? 'green' : 'yellow',
      rule: c.met === null ? L.notMeasured : c.detail
    })
  }
  // Each KPI against its target, as the KPI screen judges it (one rule, kpisAgainstTargets): a
  // maximum passed is red, a minimum not reached yellow; the caseload against its maximum.
  const latest = r.results.months.find((m) => m.month === r.results.latestMonth)
  if (latest) {
    for (const k of kpisAgainstTargets(r.results.targets, latest)) {
      if (k.target === null) continue
      lights.push({
        key: k.kpi === 'shareOfOpenCasesPassive' ? 'target:passive' : `target:${k.kpi}`,
        label: L.target(da.participants.kpis[k.kpi]),
        colour: k.met ? 'green' : k.atMost ? 'red' : 'yellow',
        rule: L.targetRule(formatMeasuredShare(k.value), `${k.atMost ? '≤' : '≥'} ${formatSetShare(k.target)}`, formatMonth(latest.month))
      })
    }
    const max = r.results.targets.caseloadMax
    if (max !== null) {
      const over = latest.caseload.filter((c) => c.staffId !== null && c.count > max)
      const most = Math.max(0, ...latest.caseload.filter((c) => c.staffId !== null).map((c) => c.count))
      lights.push({
        key: 'target:caseload',
        label: L.caseload,
        colour: over.length === 0 ? 'green' : 'red',
        rule: over.length === 0 ? L.caseloadRule(most, max, formatMonth(latest.month)) : L.caseloadOver(over.map((c) => `${c.name} ${c.count}`).join(', '), max)
      })
    }
  }
  for (const g of r.steering.groups) {
    lights.push({
      key: `meetings:${g.groupId}`,
      label: L.meetings(g.groupName),
      // A quarter still under way is not missed yet: a meeting may still be held before it ends.
      colour: g.metInQuarter ? 'green' : g.required ? (open.quarterOpen ? 'yellow' : 'red') : 'grey',
      rule: g.metInQuarter
        ? L.metRule(g.meetings.filter((m) => countsAsHeld(m.status)).length)
        : g.required
          ? open.quarterOpen
            ? L.notYetRule(formatDate(open.quarterEnd))
            : L.missedRule
          : L.notRequired
    })
  }
  lights.push({
    key: 'actions',
    label: L.overdue,
    colour: r.steering.overdueCount === 0 ? 'green' : 'yellow',
    rule: L.overdueRule(r.steering.overdueCount, r.steering.openActions.length)
  })
  lights.push(instalmentsLight(r.instalments, open.asOf))
  lights.push({
    key: 'months',
    label: L.months,
    colour: r.unapprovedMonths.length === 0 ? 'green' : 'yellow',
    rule: L.monthsRule(r.unapprovedMonths.length)
  })
  return worstFirst(lights)
}

/** Red, then yellow, then grey, then green; alike colours keep their order. */
export function worstFirst<T extends { colour: TrafficLight['colour'] }>(lights: T[]): T[] {
  const rank = { red: 0, yellow: 1, grey: 2, green: 3 }
  return lights
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank[a.l.colour] - rank[b.l.colour] || a.i - b.i)
    .map(({ l }) => l)
}
