// The time and ledger part of the demo project (resources/demo/time.json): a year and more of hours
// for the two job brokers (about 26,4 hours a week, holidays and days away respected), signed and
// approved month by month; management statements for the project leader, who is 100 % in the
// project; the salary postings they generate; the progression tool's invoices (one corrected); and
// the signed interim account for 01.12.2019–31.12.2020 that instalment 1 rests on. Runs after the
// budget's demo (which creates the rates and budget lines) and builds everything in one
// transaction through the same services as the UI, with the clock set to when each thing happened.
import timeFacts from '../../resources/demo/time.json'
import { calendarDay, datesBetween, mondayOf, monthsBetween, nextMonth } from '@shared/domain/time/calendar'
import { addDaysIso } from '@shared/domain/dates'
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'
import { insertAudited, insertManyAudited } from '../audit/audit'
import { readCalendarSettings, requireProjectPeriod } from './common'
import { ensureActivities } from './settings'
import { approveMonthIn, signMonthIn } from './months'
import { checkPosting, insertPosting } from '../ledger/ledger'
import { previewAccount, signAccountIn } from '../accounts/accounts'
import { da } from '@shared/texts/da'

type Ctx = ServiceContext

/** The context with the clock set to `iso` (local time), so the trail shows when things happened. */
function at(ctx: Ctx, iso: string): Ctx {
  const when = new Date(iso)
  return { ...ctx, now: () => when }
}

/** The first working day on or after `date`. */
function workingDayFrom(date: string): string {
  let d = date
  while (calendarDay(d, { christmasEveOff: true, newYearsEveOff: true, mayDayAfternoonOff: true, constitutionDayAfternoonOff: true }).normHalves < 2) d = addDaysIso(d, 1)
  return d
}

/** Tenths of an hour split on the activities by share; the last takes the rest (so the day adds up). */
function splitTenths(total: number, shares: number[]): number[] {
  const parts = shares.slice(0, -1).map((s) => Math.round(total * s))
  return [...parts, total - parts.reduce((a, b) => a + b, 0)]
}

export async function seedTimeDemo(ctx: ServiceContext, projectId: number, _facts: DemoFacts): Promise<void> {
  const f = timeFacts
  await ctx.db.transaction().execute(async (trx) => {
    const project = await requireProjectPeriod(trx, projectId)
    await ensureActivities(trx, at(ctx, `${project.periodStart}T08:00:00`), projectId)
    const { daysOff } = await readCalendarSettings(trx, projectId)
    const activities = new Map((await trx.selectFrom('time_activity').select(['id', 'name']).where('project_id', '=', projectId).execute()).map((a) => [a.name, a.id]))
    const staff = new Map((await trx.selectFrom('staff').selectAll().where('project_id', '=', projectId).execute()).map((s) => [s.name, s]))
    const lines = await trx.selectFrom('budget_line').select(['id', 'year', 'category_key']).where('project_id', '=', projectId).execute()
    const rates = await trx.selectFrom('staff_rate').select('id').limit(1).execute()
    // Without the budget's rates and lines nothing can be posted: the demo then has no hours either.
    if (lines.length === 0 || rates.length === 0) return

    // 1. Hours, registered week by week (on the week's last working day, as a timesheet is kept).
    const days = datesBetween(project.periodStart, f.registeredUntil)
    for (const b of f.brokers) {
      const s = staff.get(b.staffName)
      if (!s) continue
      const away = (d: string) => b.away.some(([from, to]) => d >= from! && d <= to!)
      const byWeek = new Map<string, { date: string; activityId: number; minutes: number }[]>()
      for (const date of days) {
        const day = calendarDay(date, daysOff)
        if (day.normHalves === 0 || away(date) || (s.employed_from && date < s.employed_from)) continue
        const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7
        const tenths = Math.round((f.dayPatternTenths[weekday]! * day.normHalves) / 2)
        const parts = splitTenths(tenths, b.split.map((x) => x.share))
        const week = byWeek.get(mondayOf(date)) ?? []
        parts.forEach((part, i) => {
          if (part > 0) week.push({ date, activityId: activities.get(b.split[i]!.activity)!, minutes: part * 6 })
        })
        byWeek.set(mondayOf(date), week)
      }
      for (const entries of byWeek.values()) {
        const wctx = at(ctx, `${entries.at(-1)!.date}T15:45:00`)
        const now = wctx.now().toISOString()
        await insertManyAudited(
          trx,
          wctx,
          'time_entry',
          entries.map((x) => ({ project_id: projectId, staff_id: s.id, entry_date: x.date, activity_id: x.activityId, minutes: x.minutes, note: '', created_at: now, updated_at: now })),
          { projectId }
        )
      }
    }

    // 2. Invoices of the progression tool (one of them corrected: a reversal and its replacement).
    for (const p of f.postings) {
      const line = lines.find((l) => l.year === p.year && l.category_key === p.categoryKey)
      if (!line) continue
      const pctx = at(ctx, `${p.date}T11:00:00`)
      const input = { date: p.date, budgetLineId: line.id, amountOre: p.amountOre, documentRef: p.documentRef, description: p.description, staffId: null, minutes: null, hourlyRateOre: null }
      await checkPosting(trx, projectId, input)
      const id = await insertPosting(trx, pctx, projectId, input, 'manual')
      if (p.correction) {
        const cctx = at(ctx, `${p.correction.date}T10:30:00`)
        await insertAudited(
          trx,
          cctx,
          'posting',
          {
            project_id: projectId,
            budget_line_id: line.id,
            posting_date: p.correction.date,
            staff_id: null,
            minutes: null,
            hourly_rate_ore: null,
            staff_rate_id: null,
            amount_ore: -p.amountOre,
            source: 'manual',
            document_ref: p.documentRef,
            description: da.time.ledger.reversalText(id, p.correction.reason),
            reverses_posting_id: id,
            created_at: cctx.now().toISOString()
          },
          { projectId, action: 'reverse', reason: p.correction.reason }
        )
        await insertPosting(trx, cctx, projectId, { ...input, date: p.correction.date, amountOre: p.correction.amountOre }, 'manual', { reason: p.correction.reason })
      }
    }

    // 3. Month by month: the brokers sign and the manager approves; the project leader's statement.
    const approver = f.approver
    for (const month of monthsBetween(project.periodStart, `${f.signedThrough}-01`)) {
      const next = nextMonth(month)
      const signDay = workingDayFrom(`${next}-02`)
      const approveDay = workingDayFrom(`${next}-05`)
      for (const b of f.brokers) {
        const s = staff.get(b.staffName)
        if (!s) continue
        await signMonthIn(trx, at(ctx, `${signDay}T14:30:00`), projectId, s.id, month, s.name)
        if (month <= f.approvedThrough) {
          await approveMonthIn(trx, at(ctx, `${approveDay}T09:15:00`), { projectId, staffId: s.id, month, approverName: approver.name, approverRole: approver.role, statementText: '' })
        }
      }
      const leader = staff.get(f.statement.staffName)
      if (leader && month <= f.statement.approvedThrough) {
        await approveMonthIn(trx, at(ctx, `${approveDay}T09:20:00`), { projectId, staffId: leader.id, month, approverName: approver.name, approverRole: approver.role, statementText: '' })
      }
    }

    // 4. The interim account, signed by management: the basis of instalment 1 (FSM2).
    const a = f.account
    const sctx = at(ctx, `${a.signedOn}T13:00:00`)
    const preview = await previewAccount(trx, projectId, a.kind as 'interim', a.periodFrom, a.periodTo, a.signedOn)
    await signAccountIn(trx, sctx, {
      projectId,
      kind: a.kind as 'interim',
      periodFrom: a.periodFrom,
      periodTo: a.periodTo,
      signedByName: a.signedByName,
      signedByTitle: a.signedByTitle,
      signedOn: a.signedOn,
      statementText: preview.defaultStatement
    })
  })
}
