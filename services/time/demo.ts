// The time and ledger part of the demo project (resources/demo/time.json), for the whole project
// period 01.12.2019–31.12.2021: the two job brokers' hours (about 26,4 hours a week, holidays and
// days away respected) and, from April 2021, the health coordinator's (11,1 hours a week), signed
// and approved month by month; management statements for the project leader, who is 100 % in the
// project; the salary postings the approvals generate; the progression tool's invoices (one
// corrected); the auditor's fee for the final account as an accrual dated 31.12.2021; and the signed
// interim account for 01.12.2019–31.12.2020 that instalment 1 rests on (applied for the day after,
// through the budget's demo). The final account is left unsigned, for a user to try.
//
// Runs after the budget's demo (which creates the rates and budget lines). Everything happens in
// one transaction, through the same services as the UI, in the order it happened, with the clock
// set to when each thing happened, so the audit trail reads like the project's history.
import timeFacts from '../../resources/demo/time.json'
import { calendarDay, datesBetween, mondayOf } from '@shared/domain/time/calendar'
import { addDaysIso, isoWeek } from '@shared/domain/dates'
import { minutes, type Minutes } from '@shared/domain/duration'
import { negateOre, ore } from '@shared/domain/money'
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'
import { insertAudited, insertManyAudited } from '../audit/audit'
import { activeSpan, readCalendarSettings, requireProjectPeriod } from './common'
import { ensureActivities } from './settings'
import { approveMonthIn, signMonthIn } from './months'
import { checkPosting, insertPosting } from '../ledger/ledger'
import { previewAccount, signAccountIn } from '../accounts/accounts'
import { seedInstalmentsDemo } from '../budget/demo'
import { da } from '@shared/texts/da'
import { monthOf, monthsFromTo, nextMonth } from '@shared/domain/months'

type Ctx = ServiceContext
type Trx = Parameters<typeof approveMonthIn>[0]

/** The context with the clock set to `iso` (local time), so the trail shows when things happened. */
function at(ctx: Ctx, iso: string): Ctx {
  const when = new Date(iso)
  return { ...ctx, now: () => when }
}

/** The first working day on or after `date`. */
function workingDayFrom(date: string): string {
  let d = date
  while (calendarDay(d, { christmasEveOff: true, newYearsEveOff: true, mayDayAfternoonOff: true, constitutionDayAfternoonOff: true }).normHalves < 2)
    d = addDaysIso(d, 1)
  return d
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b
}

/** Tenths of an hour split on the activities by share; the last takes the rest (so the day adds up). */
function splitTenths(total: number, shares: number[]): number[] {
  const parts = shares.slice(0, -1).map((s) => Math.round(total * s))
  return [...parts, total - parts.reduce((a, b) => a + b, 0)]
}

/** One thing that happened, at a local time `when` (ISO); run in time order. */
interface Event {
  when: string
  order: number
  run: (trx: Trx) => Promise<void>
}

export async function seedTimeDemo(ctx: ServiceContext, projectId: number, _facts: DemoFacts): Promise<void> {
  const f = timeFacts
  const signed = await ctx.db.transaction().execute(async (trx) => {
    const project = await requireProjectPeriod(trx, projectId)
    await ensureActivities(trx, at(ctx, `${project.periodStart}T08:00:00`), projectId)
    const { daysOff } = await readCalendarSettings(trx, projectId)
    const activities = new Map(
      (await trx.selectFrom('time_activity').select(['id', 'name']).where('project_id', '=', projectId).execute()).map((a) => [a.name, a.id])
    )
    const staff = new Map((await trx.selectFrom('staff').selectAll().where('project_id', '=', projectId).execute()).map((s) => [s.name, s]))
    const lines = await trx.selectFrom('budget_line').select(['id', 'year', 'category_key']).where('project_id', '=', projectId).execute()
    const rates = await trx.selectFrom('staff_rate').select('id').limit(1).execute()
    // Without the budget's rates and lines nothing can be posted: the demo then has no hours either.
    if (lines.length === 0 || rates.length === 0) return false

    const events: Event[] = []
    const add = (when: string, run: Event['run']) => events.push({ when, order: events.length, run })
    const lastMonth = monthOf(f.registeredUntil)
    const approver = f.approver
    /** The demo's manager approves a staff member's month at `when`. */
    const approveAt = (when: string, staffId: number, month: string) =>
      add(when, (db) =>
        approveMonthIn(db, at(ctx, when), { projectId, staffId, month, approverName: approver.name, approverRole: approver.role, statementText: '' })
      )

    // 1. Hours: each week's hours are registered on its last working day (a week that runs into the
    //    next month is registered in two parts, so a month is complete before it is signed). The
    //    staff's weeks are written together, one batch a week.
    type Entry = { staffId: number; date: string; activityId: number; minutes: Minutes }
    const weeks = new Map<string, Entry[]>()
    for (const sheet of f.timesheets) {
      const s = staff.get(sheet.staffName)
      if (!s) continue
      const span = activeSpan(project, s)
      const away = (d: string) => sheet.away.some((a) => d >= a.from && d <= a.to)
      const shares = sheet.split.map((x) => x.share)
      for (const date of datesBetween(span.from, f.registeredUntil < span.to ? f.registeredUntil : span.to)) {
        const day = calendarDay(date, daysOff)
        if (day.normHalves === 0 || away(date)) continue
        const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7
        const patterns = sheet.weekPatternsTenths
        const pattern = patterns[(isoWeek(date).week + sheet.patternOffset) % patterns.length]!
        const tenths = Math.round((pattern[weekday]! * day.normHalves) / 2)
        if (tenths === 0) continue
        const key = `${mondayOf(date)}|${monthOf(date)}`
        const week = weeks.get(key) ?? []
        splitTenths(tenths, shares).forEach((part, i) => {
          if (part > 0) week.push({ staffId: s.id, date, activityId: activities.get(sheet.split[i]!.activity)!, minutes: minutes(part * 6) })
        })
        weeks.set(key, week)
      }
      // 2. The employee signs the month in its first working days after; the manager approves it,
      //    which posts the salary.
      for (const month of monthsFromTo(monthOf(span.from), lastMonth)) {
        const next = nextMonth(month)
        const signDay = workingDayFrom(`${next}-02`)
        const signAt = `${signDay}T14:30:00`
        add(signAt, (db) => signMonthIn(db, at(ctx, signAt), projectId, s.id, month, s.name))
        approveAt(`${workingDayFrom(maxDate(`${next}-05`, addDaysIso(signDay, 1)))}T09:15:00`, s.id, month)
      }
    }
    for (const entries of weeks.values()) {
      const when = `${entries
        .map((x) => x.date)
        .sort()
        .at(-1)!}T15:45:00`
      add(when, async (db) => {
        const wctx = at(ctx, when)
        const now = wctx.now().toISOString()
        await insertManyAudited(
          db,
          wctx,
          'time_entry',
          entries.map((x) => ({
            project_id: projectId,
            staff_id: x.staffId,
            entry_date: x.date,
            activity_id: x.activityId,
            minutes: x.minutes,
            note: '',
            created_at: now,
            updated_at: now
          })),
          { projectId }
        )
      })
    }

    // 3. The project leader's monthly management statement (100 % on the project).
    const leader = staff.get(f.statement.staffName)
    if (leader) {
      for (const month of monthsFromTo(monthOf(activeSpan(project, leader).from), lastMonth)) {
        approveAt(`${workingDayFrom(`${nextMonth(month)}-05`)}T09:20:00`, leader.id, month)
      }
    }

    // 4. Invoices (one corrected: a reversal and its replacement) and the auditor's accrued fee.
    for (const p of f.postings) {
      const line = lines.find((l) => l.year === p.year && l.category_key === p.categoryKey)
      if (!line) continue
      const input = {
        date: p.date,
        budgetLineId: line.id,
        amountOre: ore(p.amountOre),
        documentRef: p.documentRef,
        description: p.description,
        staffId: null,
        minutes: null,
        hourlyRateOre: null
      }
      const enteredAt = `${'enteredOn' in p ? p.enteredOn : p.date}T11:00:00`
      let postingId = 0
      add(enteredAt, async (db) => {
        await checkPosting(db, projectId, input)
        postingId = await insertPosting(db, at(ctx, enteredAt), projectId, input, 'manual')
      })
      if ('correction' in p && p.correction) {
        const c = p.correction
        const correctedAt = `${c.date}T10:30:00`
        add(correctedAt, async (db) => {
          const cctx = at(ctx, correctedAt)
          await insertAudited(
            db,
            cctx,
            'posting',
            {
              project_id: projectId,
              budget_line_id: line.id,
              posting_date: c.date,
              staff_id: null,
              minutes: null,
              hourly_rate_ore: null,
              staff_rate_id: null,
              amount_ore: negateOre(input.amountOre),
              source: 'manual',
              document_ref: p.documentRef,
              description: da.ledger.reversalText(postingId, c.reason),
              reverses_posting_id: postingId,
              created_at: cctx.now().toISOString()
            },
            { projectId, action: 'reverse', reason: c.reason }
          )
          await insertPosting(db, cctx, projectId, { ...input, date: c.date, amountOre: ore(c.amountOre) }, 'manual', { reason: c.reason })
        })
      }
    }

    // 5. The interim account, signed by management: the basis of instalment 1 (FSM2).
    const a = f.account
    const signedAt = `${a.signedOn}T13:00:00`
    add(signedAt, async (db) => {
      const preview = await previewAccount(db, projectId, a.kind as 'interim', a.periodFrom, a.periodTo, a.signedOn)
      await signAccountIn(db, at(ctx, signedAt), {
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

    events.sort((x, y) => (x.when < y.when ? -1 : x.when > y.when ? 1 : x.order - y.order))
    for (const e of events) await e.run(trx)
    return true
  })
  // 6. Instalment 1 is applied for on the signed interim account (the budget's part of the demo).
  if (signed) await seedInstalmentsDemo(ctx, projectId)
}
