// The Pareto prioritisation (docs/domain.md rule 10 «Pareto»): the effort group ranked by a
// transparent score, the top 20 % as the focus list, recomputed for each month; pins and exclusions
// with a reason (audited). And the 80/20 view of categories, by count or by a summed value.
import type { ParetoDimension } from '@shared/api/prioritisation'
import { countsInEffortGroup, isOpenInMonth } from '@shared/domain/participants/effortGroup'
import { cvUpToDateIn, type MonthlyStatus } from '@shared/domain/participants/kpis'
import { paretoBars, participantScore, rankWithFocus, type ParetoItem } from '@shared/domain/participants/pareto'
import { activityKeys } from '@shared/domain/participants/types'
import { formatDate } from '@shared/domain/dates'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { loadAnswers, loadMonthlyStatuses, loadParticipants, staffNames, toKpiParticipant } from '../participants/load'
import { loadProjectRules } from '../participants/rules'
import { referenceDate, requireParticipant } from '../participants/participants'
import { addMonths, formatMonth, lastDayOf, monthOf, type Month } from '@shared/domain/months'

const t = da.participants

async function defaultMonth(ctx: ServiceContext, projectId: number): Promise<Month> {
  const pr = await loadProjectRules(ctx.db, projectId)
  const last = await ctx.db
    .selectFrom('participant_status')
    .select((eb) => eb.fn.max('month').as('m'))
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  const ref = monthOf(referenceDate(ctx, pr))
  const m = (last?.m as string | null) ?? null
  return m && m < ref ? m : ref
}

export async function priorityList(ctx: ServiceContext, projectId: number, month?: Month) {
  const m = month ?? (await defaultMonth(ctx, projectId))
  return (await priorityLists(ctx, projectId, [m]))[0]!
}

/**
 * The focus lists of several months (the quarterly pack's month and the one before), from one
 * reading of the participants, their answers and pins, and of the statuses that the months' lookbacks
 * span: only those months, not every month before (#14).
 */
export async function priorityLists(ctx: ServiceContext, projectId: number, months: readonly Month[]) {
  const pr = await loadProjectRules(ctx.db, projectId)
  const rows = await loadParticipants(ctx.db, projectId)
  const names = await staffNames(ctx.db, projectId)
  const lookback = pr.rules.pareto.lookbackMonths
  const sorted = [...months].sort()
  const statuses =
    sorted.length === 0 ? [] : await loadMonthlyStatuses(ctx.db, projectId, { from: addMonths(sorted[0]!, -(lookback - 1)), to: sorted[sorted.length - 1]! })
  const answers = await loadAnswers(ctx.db, projectId)
  const priorities = new Map(
    (
      await ctx.db
        .selectFrom('participant_priority')
        .selectAll()
        .where('participant_id', 'in', rows.length ? rows.map((r) => r.id) : [0])
        .execute()
    ).map((p) => [p.participant_id, p])
  )
  // Each score looks only at its own month's lookback in these statuses (participantScore).
  const byParticipant = new Map<number, Map<Month, MonthlyStatus>>()
  for (const s of statuses) {
    const map = byParticipant.get(s.participantId) ?? new Map<Month, MonthlyStatus>()
    map.set(s.month, s)
    byParticipant.set(s.participantId, map)
  }
  const facts = new Map(rows.map((r) => [r.id, toKpiParticipant(r)]))
  return months.map((m) => {
    const eligible = rows.filter((r) => {
      const f = facts.get(r.id)!
      return countsInEffortGroup(f, m, pr.rules.effortGroupExit) && isOpenInMonth(f, m)
    })
    const excluded = eligible.filter((r) => priorities.get(r.id)?.kind === 'exclude')
    const ranked = eligible
      .filter((r) => priorities.get(r.id)?.kind !== 'exclude')
      .map((r) => ({ row: r, score: participantScore(r.id, byParticipant.get(r.id) ?? new Map(), answers, pr.rules, m) }))
    const entries = rankWithFocus(
      ranked,
      (x) => x.score.score,
      (x) => x.row.pseudonym,
      pr.rules.pareto.focusShare
    ).map((e) => {
      const pin = priorities.get(e.item.row.id)
      const pinned = pin?.kind === 'pin'
      return {
        participantId: e.item.row.id,
        pseudonym: e.item.row.pseudonym,
        jobBrokerName: e.item.row.job_broker_id ? (names.get(e.item.row.job_broker_id) ?? null) : null,
        score: e.score,
        rank: e.rank,
        focus: e.focus || pinned,
        pinned,
        pinReason: pinned ? pin!.reason : null,
        parts: e.item.score.parts
      }
    })
    return {
      month: m,
      focusShare: pr.rules.pareto.focusShare,
      lookbackMonths: lookback,
      entries,
      excluded: excluded.map((r) => ({ participantId: r.id, pseudonym: r.pseudonym, reason: priorities.get(r.id)!.reason }))
    }
  })
}

export async function setPriority(ctx: ServiceContext, projectId: number, participantId: number, kind: 'pin' | 'exclude' | 'none', reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const p = await requireParticipant(trx, projectId, participantId)
    if (p.intake_group !== 1 && kind !== 'none') throw new DomainError('validation', t.errors.priorityNotRanked, { field: 'participantId' })
    const existing = await trx.selectFrom('participant_priority').selectAll().where('participant_id', '=', participantId).executeTakeFirst()
    const meta = { projectId, reason }
    if (kind === 'none') {
      if (existing) await deleteAudited(trx, ctx, 'participant_priority', existing.id, meta)
    } else if (existing) {
      await updateAudited(trx, ctx, 'participant_priority', existing.id, { kind, reason, created_at: nowIso(ctx) }, meta)
    } else {
      await insertAudited(trx, ctx, 'participant_priority', { participant_id: participantId, kind, reason, created_at: nowIso(ctx) }, meta)
    }
  })
  return { kind }
}

const unitOf: Record<ParetoDimension, 'count' | 'minutes' | 'ore'> = {
  passiveReason: 'count',
  passiveByBroker: 'count',
  missingCvByBroker: 'count',
  exitReason: 'count',
  paidHoursByBroker: 'minutes',
  activity: 'count',
  spendingByBudgetLine: 'ore'
}

export async function paretoCategories(ctx: ServiceContext, projectId: number, dimension: ParetoDimension, from?: Month, to?: Month) {
  return (await paretoCategoriesOver(ctx, projectId, dimension, [{ from, to }]))[0]!
}

/**
 * The 80/20 view of one dimension over several ranges of months (the quarterly pack's quarter and
 * the one before), from one reading of the participants and of the statuses the ranges span (#14).
 */
export async function paretoCategoriesOver(
  ctx: ServiceContext,
  projectId: number,
  dimension: ParetoDimension,
  ranges: readonly { from?: Month | undefined; to?: Month | undefined }[]
) {
  const pr = await loadProjectRules(ctx.db, projectId)
  const latest = ranges.some((r) => r.to === undefined) ? await defaultMonth(ctx, projectId) : null
  const resolved = ranges.map((r) => ({ fromMonth: r.from ?? monthOf(pr.periodStart), toMonth: r.to ?? latest! }))
  const rows = await loadParticipants(ctx.db, projectId)
  const names = await staffNames(ctx.db, projectId)
  const byId = new Map(rows.map((r) => [r.id, r]))
  const brokerOf = (participantId: number) => {
    const b = byId.get(participantId)?.job_broker_id
    return b ? (names.get(b) ?? String(b)) : t.noBroker
  }
  const fromStatuses = dimension !== 'spendingByBudgetLine' && dimension !== 'exitReason'
  // Passivity is counted over the passive statuses alone: only they are read.
  const passiveOnly = dimension === 'passiveReason' || dimension === 'passiveByBroker'
  const statuses =
    fromStatuses && resolved.length > 0
      ? await loadMonthlyStatuses(ctx.db, projectId, {
          from: resolved.map((r) => r.fromMonth).sort()[0]!,
          to: resolved
            .map((r) => r.toMonth)
            .sort()
            .at(-1)!,
          passiveOnly
        })
      : []
  const out = []
  for (const { fromMonth, toMonth } of resolved) {
    const items: ParetoItem[] = []
    if (dimension === 'spendingByBudgetLine') {
      const postings = await ctx.db
        .selectFrom('posting')
        .innerJoin('budget_line', 'budget_line.id', 'posting.budget_line_id')
        .select(['posting.posting_date', 'posting.amount_ore', 'posting.description', 'budget_line.title', 'budget_line.year'])
        .where('posting.project_id', '=', projectId)
        .where('posting.posting_date', '>=', `${fromMonth}-01`)
        .where('posting.posting_date', '<=', lastDayOf(toMonth))
        .execute()
      for (const p of postings) {
        items.push({ category: `${p.title} ${p.year}`, value: p.amount_ore, label: `${formatDate(p.posting_date)} ${p.description}`.trim() })
      }
    } else if (dimension === 'exitReason') {
      for (const r of rows) {
        if (r.intake_group !== 1 || !r.exit_date || !r.exit_reason) continue
        const m = monthOf(r.exit_date)
        if (m < fromMonth || m > toMonth) continue
        items.push({
          category: t.exitReasons[r.exit_reason as keyof typeof t.exitReasons] ?? r.exit_reason,
          value: 1,
          label: `${r.pseudonym}, ${formatDate(r.exit_date)}`
        })
      }
    } else {
      for (const s of statuses) {
        if (s.month < fromMonth || s.month > toMonth) continue
        const p = byId.get(s.participantId)
        if (!p || !countsInEffortGroup(toKpiParticipant(p), s.month, pr.rules.effortGroupExit)) continue
        const label = `${p.pseudonym}, ${formatMonth(s.month)}`
        if (dimension === 'passiveReason' && s.passive) items.push({ category: s.passiveReason ?? t.unknownCategory, value: 1, label })
        if (dimension === 'passiveByBroker' && s.passive)
          items.push({ category: brokerOf(s.participantId), value: 1, label: `${label}: ${s.passiveReason ?? t.unknownCategory}` })
        if (
          dimension === 'missingCvByBroker' &&
          isOpenInMonth(toKpiParticipant(p), s.month) &&
          !cvUpToDateIn(s.cvUpdatedOn, s.month, pr.rules.cvMaxAgeMonths)
        ) {
          items.push({ category: brokerOf(s.participantId), value: 1, label })
        }
        if (dimension === 'paidHoursByBroker' && s.paidHoursMinutes > 0) items.push({ category: brokerOf(s.participantId), value: s.paidHoursMinutes, label })
        if (dimension === 'activity') {
          for (const a of activityKeys) if (s.activities.includes(a)) items.push({ category: t.activities[a], value: 1, label })
          if (s.passive) items.push({ category: t.fields.passive!, value: 1, label })
        }
      }
    }
    const bars = paretoBars(items, { otherLabel: t.otherCategory })
    out.push({ dimension, unit: unitOf[dimension], fromMonth, toMonth, total: items.reduce((sum, i) => sum + i.value, 0), bars })
  }
  return out
}
