// The participants part of the demo project: a generated effort group for Herning's "Flere skal
// med 2" (about 150 citizens placed in group 1 from December 2019 through 2021, plus some placed in
// groups 2 and 3 who never enter it), with month-by-month statuses, exits, progression answers and
// a pin and an exclusion on the Pareto list. Generated deterministically by a seeded PRNG from the
// facts in resources/demo/participants.json, so the demo is the same every time; written through
// the audit trail in one transaction.
import demo from '../../resources/demo/participants.json'
import type { ActivityKey, ExitReason, IntakeGroup } from '@shared/domain/participants/types'
import { shippedResultsRules } from '@shared/domain/participants/poolRules'
import type { StatusInput } from '@shared/domain/participants/status'
import { nowIso, type ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'
import { insertAudited } from '../audit/audit'
import { insertParticipantsWithParts } from './batch'
import { statusValues } from './statuses'
import { addMonths, lastDayOf, type Month, monthOf, monthsFromTo } from '@shared/domain/months'

/** mulberry32: a small, fast, seeded PRNG (the same sequence on every machine). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!
}

/** Picks by weights ([value, weight] pairs). */
function weighted<T>(rng: Rng, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((s, [, w]) => s + w, 0)
  let x = rng() * total
  for (const [v, w] of pairs) {
    x -= w
    if (x < 0) return v
  }
  return pairs[pairs.length - 1]![0]
}

function dayIn(rng: Rng, month: Month, from = 1, to?: number): string {
  const last = Number(lastDayOf(month).slice(8, 10))
  const d = from + Math.floor(rng() * ((to ?? last) - from + 1))
  return `${month}-${String(Math.min(d, last)).padStart(2, '0')}`
}

interface DemoParticipant {
  pseudonym: string
  caseNumber: string
  intakeDate: string
  intakeGroup: IntakeGroup
  brokerIndex: number | null
  readiness: number
  exitDate: string | null
  exitReason: ExitReason | null
  groupChange: { changeDate: string; toGroup: IntakeGroup; note: string } | null
  statuses: { month: Month; status: StatusInput }[]
  answers: { occasion: 'intake' | 'followUp' | 'exit'; answeredOn: string; answers: Record<string, number> }[]
}

/** Intake months: most of the existing target group in the first months, then a steady trickle. */
function intakeMonth(rng: Rng, index: number): Month {
  if (index < 70)
    return weighted(rng, [
      ['2019-12', 3],
      ['2020-01', 4],
      ['2020-02', 3]
    ] as const)
  return pick(rng, monthsFromTo('2020-03', '2021-09'))
}

/** Lockdown in spring 2020 and winter 2020/21: fewer firm-based activities. */
function lockdownFactor(month: Month): number {
  if (month === '2020-04' || month === '2020-05') return 0.5
  if (month === '2021-01' || month === '2021-02') return 0.8
  return 1
}

/** Generates the demo participants: a pure function of the seed. */
function generateDemoParticipants(seed = demo.seed): DemoParticipant[] {
  const rng = seededRandom(seed)
  const themes = shippedResultsRules('FSM2').progression.themes
  const questionKeys = themes.flatMap((t) => t.questions.map((q) => q.key))
  const end: Month = '2021-12'
  const out: DemoParticipant[] = []
  const total = demo.effortGroupSize + demo.otherGroupsSize
  // Spread the groups 2 and 3 evenly among the intakes.
  const otherGroupAt = new Set(Array.from({ length: demo.otherGroupsSize }, (_, i) => Math.floor(((i + 0.5) * total) / demo.otherGroupsSize)))
  let effortIndex = 0
  for (let i = 0; i < total; i++) {
    const inOther = otherGroupAt.has(i)
    const intake = intakeMonth(rng, inOther ? Math.floor(rng() * 120) : effortIndex++)
    const intakeDate = dayIn(rng, intake, 2, 27)
    const intakeGroup: IntakeGroup = inOther ? (rng() < 0.6 ? 2 : 3) : 1
    const brokerIndex = weighted(
      rng,
      demo.brokerShares.map((s, j) => [j, s] as const)
    )
    // Personal job brokers are for the effort group; groups 2 and 3 are followed elsewhere.
    const hasBroker = !inOther && brokerIndex < demo.brokers.length
    // Readiness: most far from the labour market, a few close to it.
    const readiness = Math.min(1, Math.max(0, rng() ** 1.4 + (rng() - 0.5) * 0.2))
    const p: DemoParticipant = {
      pseudonym: `Borger ${String(i + 1).padStart(3, '0')}`,
      caseNumber: `FSM2-${intake.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      intakeDate,
      intakeGroup,
      brokerIndex: hasBroker ? brokerIndex : null,
      readiness,
      exitDate: null,
      exitReason: null,
      groupChange: null,
      statuses: [],
      answers: []
    }
    const intakeAnswers = () =>
      Object.fromEntries(questionKeys.map((k) => [k, Math.max(1, Math.min(5, Math.round(1.6 + readiness * 2.2 + (rng() - 0.5) * 1.6)))]))
    if (rng() < 0.95) p.answers.push({ occasion: 'intake', answeredOn: intakeDate, answers: intakeAnswers() })
    if (intakeGroup !== 1) {
      out.push(p)
      continue
    }
    // Month by month: passive early, then rising firm-based activity and paid hours.
    let state: 'passive' | 'other' | 'placement' | 'subsidy' | 'paid' | 'education' | 'flex' = rng() < 0.55 ? 'passive' : 'other'
    let reason = weighted(
      rng,
      demo.passiveReasons.map((r) => [r.reason, r.weight] as const)
    )
    let cv: string | null = rng() < 0.7 ? addMonths(intake, -Math.floor(rng() * 6)) + '-15' : null
    const jobGoal = rng() < 0.85 ? pick(rng, demo.jobGoals) : ''
    let jobPlan = rng() < 0.6
    let hoursLevel = 8 + Math.floor(rng() * 20)
    for (const month of monthsFromTo(intake, end)) {
      const t = monthsFromTo(intake, month).length - 1
      const momentum = Math.min(1, t / 6) * lockdownFactor(month)
      // The project matures: the firm network grows and the model settles (seed 000: småjobs).
      const g = Math.min(1, Math.max(0.25, (monthsFromTo('2019-12', month).length - 1) / 22))
      const r = readiness
      const roll = rng()
      const toPaid = (0.2 * r * momentum + 0.03) * (0.5 + g)
      if (state === 'paid') state = roll < 0.82 ? 'paid' : roll < 0.93 ? 'placement' : 'other'
      else if (state === 'education') state = roll < 0.93 ? 'education' : 'other'
      else if (state === 'flex') state = 'flex'
      else if (state === 'subsidy') state = roll < 0.7 ? 'subsidy' : roll < 0.7 + 0.2 * r ? 'paid' : 'placement'
      else if (state === 'placement') {
        state = roll < toPaid ? 'paid' : roll < 0.58 ? 'placement' : roll < 0.64 ? 'subsidy' : roll < 0.66 + 0.04 * r ? 'education' : 'other'
      } else if (state === 'other') {
        const toPlacement = 0.3 * momentum * (0.4 + r) * (0.6 + 0.5 * g)
        state =
          roll < toPaid * 0.5
            ? 'paid'
            : roll < toPaid * 0.5 + toPlacement
              ? 'placement'
              : roll < toPaid * 0.5 + toPlacement + 0.015 * r
                ? 'education'
                : roll < 0.78 + 0.08 * g
                  ? 'other'
                  : 'passive'
      } else {
        state = roll < 0.22 + 0.2 * r + 0.18 * g ? 'other' : roll < 0.22 + 0.2 * r + 0.18 * g + 0.08 * momentum ? 'placement' : 'passive'
      }
      if (state === 'passive' && rng() < 0.25)
        reason = weighted(
          rng,
          demo.passiveReasons.map((x) => [x.reason, x.weight] as const)
        )
      if (state === 'flex' || (state === 'subsidy' && rng() < 0.02)) state = 'flex'
      const activities: ActivityKey[] = []
      let minutes = 0
      if (state === 'paid') {
        activities.push('paidHours')
        hoursLevel = Math.max(4, Math.min(80, hoursLevel + Math.round((rng() - 0.4) * 8)))
        minutes = hoursLevel * 60 + (rng() < 0.5 ? 30 : 0)
        if (rng() < 0.35) activities.push('workPlacement')
      } else if (state === 'placement') activities.push('workPlacement')
      else if (state === 'subsidy') activities.push('wageSubsidy')
      else if (state === 'education') activities.push(rng() < 0.8 ? 'educationSu' : 'educationPaid')
      else if (state === 'flex') activities.push('flexJob')
      else if (state === 'other') activities.push('otherActivity')
      if (state !== 'passive' && rng() < 0.5 + 0.4 * r) cv = dayIn(rng, month, 1, 25)
      if (!jobPlan && rng() < 0.15) jobPlan = true
      p.statuses.push({
        month,
        status: {
          activities,
          paidHoursMinutes: minutes || null,
          passive: state === 'passive',
          passiveReason: state === 'passive' ? reason : null,
          cvUpdatedOn: cv && cv <= lastDayOf(month) ? cv : null,
          jobPlan,
          jobGoal,
          note: ''
        }
      })
      // Exits: to job after paid hours, to education, moved away, and the rest.
      if (t >= 3 && month < end) {
        const x = rng()
        let exit: ExitReason | null = null
        if (state === 'paid' && x < 0.025 + 0.02 * momentum) exit = 'job'
        else if (state === 'education' && x < 0.12) exit = 'education'
        else if (state === 'flex' && x < 0.3) exit = 'flexJob'
        else if (x < 0.004) exit = 'movedAway'
        else if (state === 'passive' && x < 0.022)
          exit = weighted(rng, [
            ['disabilityPension', 3],
            ['ledighedsydelse', 2],
            ['other', 3],
            ['statePension', 1],
            ['death', 0.3]
          ] as const)
        if (exit) {
          p.exitDate = dayIn(rng, month, 3, 28)
          p.exitReason = exit
          break
        }
      }
    }
    // A few placed in group 1 are later moved to group 2 or 3: they stay in the effort group.
    if (!p.exitDate && p.readiness < 0.12 && p.statuses.length > 6 && rng() < 0.5) {
      p.groupChange = { changeDate: dayIn(rng, p.statuses[5]!.month), toGroup: rng() < 0.7 ? 2 : 3, note: demo.groupChangeNote }
    }
    // Progression: a follow-up within a year for those still in the effort, and most exits.
    const first = p.answers[0]
    if (first) {
      let last = first
      for (;;) {
        const followMonth = addMonths(monthOf(last.answeredOn), 11 + Math.floor(rng() * 2))
        const stillOpen = !p.exitDate || p.exitDate > lastDayOf(followMonth)
        if (!stillOpen || followMonth > '2021-12' || rng() > 0.93) break
        last = { occasion: 'followUp', answeredOn: dayIn(rng, followMonth, 1, 26), answers: improved(rng, last.answers, 0.4) }
        p.answers.push(last)
      }
      if (p.exitDate && rng() < 0.65) {
        const base = p.answers[p.answers.length - 1]!.answers
        p.answers.push({
          occasion: 'exit',
          answeredOn: p.exitDate,
          answers: improved(rng, base, p.exitReason === 'job' || p.exitReason === 'education' ? 0.7 : 0.1)
        })
      }
    }
    out.push(p)
  }
  return out
}

function improved(rng: Rng, answers: Record<string, number>, lift: number): Record<string, number> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Math.max(1, Math.min(5, Math.round(v + lift + (rng() - 0.45) * 1.2)))]))
}

export async function seedParticipantsDemo(ctx: ServiceContext, projectId: number, _facts: DemoFacts): Promise<void> {
  const generated = generateDemoParticipants()
  await ctx.db.transaction().execute(async (trx) => {
    const staff = await trx.selectFrom('staff').select(['id', 'name']).where('project_id', '=', projectId).execute()
    const brokerIds = demo.brokers.map((name) => staff.find((s) => s.name === name)?.id ?? null)
    const now = nowIso(ctx)
    const ids = await insertParticipantsWithParts(
      trx,
      ctx,
      projectId,
      generated.map((p) => ({
        participant: {
          project_id: projectId,
          pseudonym: p.pseudonym,
          case_number: p.caseNumber,
          intake_date: p.intakeDate,
          intake_group: p.intakeGroup,
          job_broker_id: p.brokerIndex === null ? null : (brokerIds[p.brokerIndex] ?? null),
          exit_date: p.exitDate,
          exit_reason: p.exitReason,
          note: '',
          created_at: now,
          updated_at: now
        },
        groupChanges: p.groupChange
          ? [{ change_date: p.groupChange.changeDate, to_group: p.groupChange.toGroup, note: p.groupChange.note, created_at: now }]
          : [],
        statuses: p.statuses.map((s) => ({
          project_id: projectId,
          month: s.month,
          ...statusValues(s.status),
          source: 'demo',
          created_at: now,
          updated_at: now
        })),
        progressions: p.answers.map((a) => ({
          occasion: a.occasion,
          answered_on: a.answeredOn,
          answers_json: JSON.stringify(a.answers),
          note: '',
          created_at: now,
          updated_at: now
        }))
      }))
    )
    for (const pr of demo.priorities) {
      const index = generated.findIndex((g) => g.pseudonym === pr.pseudonym)
      if (index < 0 || generated[index]!.intakeGroup !== 1) continue
      await insertAudited(
        trx,
        ctx,
        'participant_priority',
        { participant_id: ids[index]!, kind: pr.kind, reason: pr.reason, created_at: now },
        { projectId, reason: pr.reason }
      )
    }
  })
}
