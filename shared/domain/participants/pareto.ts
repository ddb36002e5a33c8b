// The Pareto principle (docs/domain.md rule 10 «Pareto», seed 000: "focus most on the best 20 % of
// our citizens in group 1, since those 20 % make up 80 % of our success"): a transparent score of
// closeness to paid hours with the top 20 % as the focus list, and the 80/20 view of categories
// (causes of passivity …).
import type { MonthlyStatus } from './kpis'
import { cvUpToDateIn } from './kpis'
import { statusHasAny } from './kpiMembers'
import type { ParetoPartKey, ResultsRules } from './poolRules'
import { paretoPartKeys } from './poolRules'
import { normalisedScore, type ProgressionAnswer } from './progression'
import { addMonths, lastDayOf, type Month, monthsFromTo } from '../months'
import { basisPointsOfShare, WHOLE_BP } from '../percent'
import { participants } from '../../texts/da/participants'

type ScoreRules = Pick<ResultsRules, 'kpiActivities' | 'cvMaxAgeMonths' | 'pareto' | 'progression'>

interface ScorePart {
  key: ParetoPartKey
  /** 0..1: how far the participant meets this part. */
  value: number
  weight: number
  /** value × weight, in score points. */
  points: number
}

interface ParticipantScore {
  participantId: number
  /** Sum of the parts' points, rounded to one decimal (ranking and ties use this figure). */
  score: number
  parts: ScorePart[]
}

/**
 * The score of one participant in `month`, from the statuses of the last `lookbackMonths` months and
 * the latest progression answer up to the month's end. Parts (0..1, times the pool's weights):
 * paid hours and firm-based activity = share of the lookback months with such activity; not passive
 * = share of the lookback months with an active status; progression = latest answer on the scale;
 * CV up to date, job-directed plan and job goal = from the latest status in the lookback.
 */
export function participantScore(
  participantId: number,
  statusesByMonth: ReadonlyMap<Month, MonthlyStatus>,
  answers: readonly ProgressionAnswer[],
  rules: ScoreRules,
  month: Month
): ParticipantScore {
  const lookback = monthsFromTo(addMonths(month, -(rules.pareto.lookbackMonths - 1)), month)
  const statuses = lookback.map((m) => statusesByMonth.get(m)).filter((s): s is MonthlyStatus => s !== undefined)
  const frac = (pred: (s: MonthlyStatus) => boolean) => statuses.filter(pred).length / lookback.length
  const latest = statuses[statuses.length - 1]
  const lastDay = lastDayOf(month)
  const latestAnswer = answers
    .filter((a) => a.participantId === participantId && a.answeredOn <= lastDay)
    .sort((a, b) => (a.answeredOn < b.answeredOn ? -1 : 1))
    .pop()
  const values: Record<ParetoPartKey, number> = {
    paidHours: frac((s) => statusHasAny(s, rules.kpiActivities.shareOfEffortGroupWithPaidHours)),
    firmBased: frac((s) => statusHasAny(s, rules.kpiActivities.shareOfEffortGroupInFirmBasedActivity)),
    notPassive: frac((s) => !s.passive),
    progression: latestAnswer ? Math.max(0, Math.min(1, normalisedScore(latestAnswer.answers, rules.progression) ?? 0)) : 0,
    cvUpToDate: latest && cvUpToDateIn(latest.cvUpdatedOn, month, rules.cvMaxAgeMonths) ? 1 : 0,
    jobPlan: latest?.jobPlan ? 1 : 0,
    jobGoal: latest && latest.jobGoal.trim() !== '' ? 1 : 0
  }
  const parts = paretoPartKeys.map((key) => {
    const weight = rules.pareto.weights[key]
    return { key, value: values[key], weight, points: Math.round(values[key] * weight * 10) / 10 }
  })
  const score = Math.round(parts.reduce((sum, p) => sum + values[p.key] * p.weight, 0) * 10) / 10
  return { participantId, score, parts }
}

/**
 * The focus cut: the top `focusShare` of the ranked list (rounded up), extended to everyone who ties
 * with the last one inside the cut, so that equal scores are treated alike. A score of 0 is never focus.
 * Returns the number of ranked entries (sorted by score, highest first) that are in focus.
 */
export function focusCount(sortedScores: readonly number[], focusShare: number): number {
  const n = sortedScores.length
  if (n === 0 || focusShare <= 0) return 0
  const cut = Math.min(n, Math.ceil((basisPointsOfShare(focusShare) * n) / WHOLE_BP))
  const threshold = sortedScores[cut - 1]!
  let count = cut
  while (count < n && sortedScores[count] === threshold) count++
  while (count > 0 && sortedScores[count - 1]! <= 0) count--
  return count
}

interface RankedEntry<T> {
  item: T
  score: number
  rank: number
  focus: boolean
}

/** Ranks items by score (highest first; equal scores share a rank; ties ordered by `name`). */
export function rankWithFocus<T>(items: readonly T[], scoreOf: (t: T) => number, nameOf: (t: T) => string, focusShare: number): RankedEntry<T>[] {
  const sorted = [...items].sort((a, b) => scoreOf(b) - scoreOf(a) || nameOf(a).localeCompare(nameOf(b), 'da'))
  const focus = focusCount(sorted.map(scoreOf), focusShare)
  let rank = 0
  let prev: number | null = null
  return sorted.map((item, i) => {
    const score = scoreOf(item)
    if (prev === null || score !== prev) rank = i + 1
    prev = score
    return { item, score, rank, focus: i < focus }
  })
}

// ---- the 80/20 view of categories -------------------------------------------------------------

export interface ParetoItem {
  category: string
  /** A count (1 per item), minutes or øre: always an integer. */
  value: number
  /** What is behind the bar, e.g. "Borger 017, marts 2021". */
  label: string
}

interface ParetoBar {
  category: string
  value: number
  share: number
  cumulativeShare: number
  isOther: boolean
  /** Among the bars up to and including the one that reaches 80 % (the "vital few"). */
  vitalFew: boolean
  items: ParetoItem[]
}

/**
 * Sums items by category, sorts the categories by value (largest first, ties by name), merges the
 * smallest into "Øvrige" placed last (categories beyond `maxBars - 1`, and those under `minShare` of
 * the total; only when at least two are merged), and adds the cumulative share of each bar.
 */
export function paretoBars(items: readonly ParetoItem[], options: { maxBars?: number; minShare?: number; otherLabel?: string } = {}): ParetoBar[] {
  const maxBars = Math.max(2, options.maxBars ?? 8)
  const minShare = options.minShare ?? 0.03
  const otherLabel = options.otherLabel ?? participants.otherCategory
  const groups = new Map<string, ParetoItem[]>()
  for (const item of items) {
    const list = groups.get(item.category) ?? []
    list.push(item)
    groups.set(item.category, list)
  }
  const total = items.reduce((s, i) => s + i.value, 0)
  if (total <= 0) return []
  const categories = [...groups.entries()]
    .map(([category, list]) => ({ category, value: list.reduce((s, i) => s + i.value, 0), items: list }))
    .filter((c) => c.value > 0)
    .sort((a, b) => b.value - a.value || a.category.localeCompare(b.category, 'da'))

  let keep = categories.length
  if (categories.length > maxBars) keep = maxBars - 1
  while (keep > 1 && categories[keep - 1]!.value / total < minShare) keep--
  if (categories.length - keep < 2) keep = categories.length
  const kept = categories.slice(0, keep).map((c) => ({ ...c, isOther: false }))
  const merged = categories.slice(keep)
  if (merged.length > 0) {
    kept.push({ category: otherLabel, value: merged.reduce((s, c) => s + c.value, 0), items: merged.flatMap((c) => c.items), isOther: true })
  }
  let running = 0
  let reached = false
  return kept.map((c) => {
    running += c.value
    const vitalFew = !reached
    if (running * 10 >= total * 8) reached = true
    return { category: c.category, value: c.value, share: c.value / total, cumulativeShare: running / total, isOther: c.isOther, vitalFew, items: c.items }
  })
}
