// The participants' monthly KPIs with the statuses aggregated in SQL (#14): a project's 216.000
// statuses are counted by the database per month, not loaded into JavaScript. Who counts in which
// month (the effort group, an open course) stays the one rule of shared/domain: it is evaluated
// for every participant and month here and handed to the query as runs of months, so the SQL only
// adds up statuses inside those runs. The result equals `monthlyKpis` on the loaded statuses (a
// test compares the two on the demo).
import { sql } from 'kysely'
import { minutes } from '@shared/domain/duration'
import { kpisForMonth, type KpiParticipant, type MonthKpis } from '@shared/domain/participants/kpis'
import { countsInEffortGroup, isOpenInMonth } from '@shared/domain/participants/effortGroup'
import { activityKpiKeys, type ResultsRules } from '@shared/domain/participants/poolRules'
import { share } from '@shared/domain/participants/types'
import type { Month } from '@shared/domain/months'
import type { Db } from '../time/common'
import { activityColumns } from './load'

type KpiRules = Pick<ResultsRules, 'kpiActivities' | 'effortGroupExit' | 'successfulExit' | 'cvMaxAgeMonths'>

/** Participants per query: five parameters each stays far below SQLite's and PostgreSQL's limits. */
const CHUNK = 1000

interface Run {
  participantId: number
  from: Month
  to: Month
  open: boolean
}

/** The months in which each participant counts in the effort group, as runs with the course open or not. */
function memberRuns(participants: readonly KpiParticipant[], rules: KpiRules, months: readonly Month[]): Run[] {
  const runs: Run[] = []
  for (const p of participants) {
    let run: Run | null = null
    for (const month of months) {
      const member = countsInEffortGroup(p, month, rules.effortGroupExit)
      const open = member && isOpenInMonth(p, month)
      if (run && member && run.open === open) run.to = month
      else {
        if (run) runs.push(run)
        run = member ? { participantId: p.id, from: month, to: month, open } : null
      }
    }
    if (run) runs.push(run)
  }
  return runs
}

const monthIndex = (ref: ReturnType<typeof sql.ref>) => sql`(cast(substr(${ref}, 1, 4) as integer) * 12 + cast(substr(${ref}, 6, 2) as integer))`

interface StatusSums {
  counts: number[]
  paid: number
  withStatus: number
  passive: number
  cv: number
  jobPlan: number
}

async function sumStatuses(db: Db, projectId: number, runs: Run[], rules: KpiRules): Promise<Map<Month, StatusSums>> {
  const out = new Map<Month, StatusSums>()
  const s = (c: string) => sql.ref(`s.${c}`)
  const kpiCases = activityKpiKeys.map((k) => {
    const cols = rules.kpiActivities[k].map((a) => sql`${s(activityColumns[a])} = 1`)
    return cols.length === 0 ? sql`0` : sql`sum(case when ${sql.join(cols, sql` or `)} then 1 else 0 end)`
  })
  const cvAge = sql`${monthIndex(s('month'))} - ${monthIndex(s('cv_updated_on'))}`
  for (let i = 0; i < runs.length; i += CHUNK) {
    const chunk = runs.slice(i, i + CHUNK)
    const values = sql.join(chunk.map((r) => sql`(cast(${r.participantId} as integer), ${r.from}, ${r.to}, cast(${r.open ? 1 : 0} as integer))`))
    const rows = await sql<Record<string, number | string>>`
      with r(pid, mfrom, mto, isopen) as (values ${values})
      select s.month as month,
        ${sql.join(
          kpiCases.map((c, j) => sql`${c} as ${sql.ref(`k${j}`)}`),
          sql`, `
        )},
        coalesce(sum(s.paid_hours_minutes), 0) as paid,
        sum(r.isopen) as with_status,
        sum(case when r.isopen = 1 and s.passive = 1 then 1 else 0 end) as passive,
        sum(case when r.isopen = 1 and s.job_plan = 1 then 1 else 0 end) as job_plan,
        sum(case when r.isopen = 1 and s.cv_updated_on is not null and ${cvAge} >= 0 and ${cvAge} < ${rules.cvMaxAgeMonths} then 1 else 0 end) as cv
      from participant_status s
      join r on r.pid = s.participant_id and s.month >= r.mfrom and s.month <= r.mto
      where s.project_id = ${projectId}
      group by s.month`.execute(db)
    for (const row of rows.rows) {
      const month = String(row.month)
      const sums = out.get(month) ?? { counts: activityKpiKeys.map(() => 0), paid: 0, withStatus: 0, passive: 0, cv: 0, jobPlan: 0 }
      activityKpiKeys.forEach((_k, j) => (sums.counts[j]! += Number(row[`k${j}`] ?? 0)))
      sums.paid += Number(row.paid)
      sums.withStatus += Number(row.with_status)
      sums.passive += Number(row.passive)
      sums.cv += Number(row.cv)
      sums.jobPlan += Number(row.job_plan)
      out.set(month, sums)
    }
  }
  return out
}

/** The monthly KPIs of `months`, the participant counts from the rules and the status counts from SQL. */
export async function monthlyKpisInSql(
  db: Db,
  projectId: number,
  participants: readonly KpiParticipant[],
  rules: KpiRules,
  months: readonly Month[]
): Promise<MonthKpis[]> {
  const sums = await sumStatuses(db, projectId, memberRuns(participants, rules, months), rules)
  const none = new Map()
  return months.map((month) => {
    // The participants' own figures (effort group, open courses, ended) from the one rule, no statuses.
    const base = kpisForMonth(participants, none, rules, month)
    const s = sums.get(month)
    if (!s) return base
    const counts = Object.fromEntries(activityKpiKeys.map((k, j) => [k, s.counts[j]!])) as MonthKpis['counts']
    return {
      ...base,
      withStatus: s.withStatus,
      missingStatus: base.openCases - s.withStatus,
      counts,
      shares: Object.fromEntries(activityKpiKeys.map((k) => [k, share(counts[k], base.effortGroup)])) as MonthKpis['shares'],
      passive: s.passive,
      passiveShare: share(s.passive, base.openCases),
      cvUpToDate: s.cv,
      jobPlan: s.jobPlan,
      paidHoursMinutes: minutes(s.paid)
    }
  })
}

/** How many statuses there are (up to `to`) and the last month with one. */
export async function statusExtent(db: Db, projectId: number, to?: Month): Promise<{ count: number; lastMonth: Month | null }> {
  let q = db
    .selectFrom('participant_status')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max<string>('month').as('last')])
    .where('project_id', '=', projectId)
  if (to) q = q.where('month', '<=', to)
  const r = await q.executeTakeFirstOrThrow()
  return { count: Number(r.n), lastMonth: r.last ?? null }
}
