// Approval of a week, and how weeks and months share the hours (shared/domain/time/weekApproval.ts):
// every approved hour is posted once, by the approval that came first; unlocking reverses exactly
// what that approval posted, and the other approval then posts the hours it still covers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { formatKr } from '@shared/domain/money'
import { cellsFor, createFixture, type Fixture } from './helpers'

let rt: TestRuntime
let f: Fixture
let activity: number

beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-04-20T10:00:00.000Z' })
  f = await createFixture(rt)
  activity = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
})
afterEach(async () => {
  await rt.close()
})

const ref = () => ({ projectId: f.projectId, staffId: f.jonas })
const save = (weekStart: string, days: Record<string, number>) => rt.call('time.week.save', { ...ref(), weekStart, cells: cellsFor(activity, days) })
const approveWeek = (weekStart: string) =>
  rt.call('time.week.approve', { ...ref(), weekStart, approverName: 'Bente Hjorth', approverRole: 'Chef for Social og Jobindsats' })
const unlockWeek = (weekStart: string, reason = 'Timer på forkert dag') =>
  rt.call('time.week.unlock', { ...ref(), weekStart, reason, actorName: 'Bente Hjorth' })
const approveMonth = async (month: string) => {
  await rt.call('time.month.sign', { ...ref(), month, signerName: 'Jonas Holm' })
  return rt.call('time.month.approve', { ...ref(), month, approverName: 'Bente Hjorth', approverRole: 'Chef' })
}
const unlockMonth = (month: string, reason = 'Rettelse') => rt.call('time.month.unlock', { ...ref(), month, reason, actorName: 'Bente Hjorth' })
const ledger = () => rt.call('ledger.list', { projectId: f.projectId, staffId: f.jonas })
/** Net posted minutes and øre per month, from the ledger. */
async function postedByMonth(): Promise<Record<string, [number, number]>> {
  const out: Record<string, [number, number]> = {}
  for (const p of (await ledger()).postings) {
    const m = p.date.slice(0, 7)
    const [min, ore] = out[m] ?? [0, 0]
    out[m] = [min + (p.minutes ?? 0), ore + p.amountOre]
  }
  for (const k of Object.keys(out)) if (out[k]![0] === 0 && out[k]![1] === 0) delete out[k]
  return out
}

// Week 1 2020 = 30.12.2019–05.01.2020: 7,4 hours on 30.12 (December), 7,4 on 02.01 and 5,28 on 03.01 (January).
const week1 = '2019-12-30'
const week1Hours = { '2019-12-30': 444, '2020-01-02': 444, '2020-01-03': 317 }
// 300,00 kr. an hour: 7,40 hours = 2.220,00 kr.; 12,68 hours = 3.804,00 kr.

describe('a manager approves a week', () => {
  it('records name and role as entered, the OS user and the time; posts the salary and locks the week', async () => {
    await save('2020-01-06', { '2020-01-06': 444, '2020-01-07': 317 })
    const preview = await rt.call('time.week.preview', { ...ref(), weekStart: '2020-01-08' })
    expect(preview).toMatchObject({ weekStart: '2020-01-06', isoYear: 2020, week: 2, minutes: 761, totalOre: 380500, problem: null })
    // No employee signature is needed for a week: the manager's approval is enough.
    const week = await approveWeek('2020-01-06')
    expect(week.approval).toMatchObject({
      status: 'approved',
      week: 2,
      isoYear: 2020,
      minutes: 761,
      approvedByName: 'Bente Hjorth',
      approvedByRole: 'Chef for Social og Jobindsats',
      approvedOsUser: rt.ctx.osUser,
      approvedAt: '2020-04-20T10:00:00.000Z'
    })
    expect(week.days.map((d) => d.lockedReason)).toEqual(
      Array(7).fill('Jonas Holms timer i uge 2 2020 er godkendt og dermed låst. Lås ugen op med en begrundelse for at rette dem.')
    )
    const { postings } = await ledger()
    expect(postings).toHaveLength(1)
    expect(postings[0]).toMatchObject({
      date: '2020-01-12',
      budgetLineId: f.lines.jobBroker2020,
      minutes: 761,
      hourlyRateOre: 30000,
      amountOre: 380500,
      source: 'timesheet',
      documentRef: 'Timeseddel uge 2 2020 Jonas Holm',
      description: 'Løn Jonas Holm, uge 2 2020, januar 2020 (06.01.2020–12.01.2020): 12,68 godkendte timer × 300,00 kr.'
    })
    const locked = await rt.callError('time.week.save', { ...ref(), weekStart: '2020-01-06', cells: cellsFor(activity, { '2020-01-08': 60 }) })
    expect(locked.code).toBe('locked')
    expect(locked.message).toBe('Jonas Holms timer i uge 2 2020 er godkendt og dermed låst. Lås ugen op med en begrundelse for at rette dem.')
    const csv = Buffer.from('Medarbejder;Dato;Aktivitet;Timer\nJonas Holm;08.01.2020;Borgerrettet indsats;2\n', 'utf8').toString('base64')
    const imp = await rt.callError('time.import.hours', { projectId: f.projectId, fileName: 't.csv', contentBase64: csv })
    expect(imp.details).toEqual([{ row: 2, field: 'Dato', message: locked.message }])
    const again = await rt.callError('time.week.approve', { ...ref(), weekStart: '2020-01-06', approverName: 'B', approverRole: 'C' })
    expect(again.message).toMatch(
      new RegExp(
        `^Jonas Holms uge 2 2020 er netop godkendt af Bente Hjorth \\(bruger ${rt.ctx.osUser}\\) \\d\\d\\.\\d\\d\\.\\d{4} kl\\. \\d\\d:\\d\\d, så den godkendes ikke igen\\.`
      )
    )
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'time_week' })
    expect(audit[0]).toMatchObject({ action: 'approve', actorName: 'Bente Hjorth', actorRole: 'Chef for Social og Jobindsats', osUser: rt.ctx.osUser })
    // The months table shows the approved week in January
    const jan = (await rt.call('time.months', { projectId: f.projectId, year: 2020 })).find((m) => m.staffId === f.jonas && m.month === '2020-01')!
    expect(jan).toMatchObject({ status: 'open', minutes: 761, weekApprovedMinutes: 761, postedOre: 380500 })
    expect(jan.weeks.map((w) => [w.week, w.approvedByName])).toEqual([[2, 'Bente Hjorth']])
  })

  it('unlocking needs a reason, reverses the week’s postings and leaves a trace; the week can be corrected and approved again', async () => {
    await save('2020-01-06', { '2020-01-06': 444 })
    await approveWeek('2020-01-06')
    const noReason = await rt.callError('time.week.unlock', { ...ref(), weekStart: '2020-01-06', reason: ' ', actorName: 'Bente Hjorth' })
    expect(noReason.message).toBe('Feltet «Begrundelse» skal udfyldes.')
    const week = await unlockWeek('2020-01-06')
    expect(week.approval).toMatchObject({ status: 'open', unlockReason: 'Timer på forkert dag', unlockedByName: 'Bente Hjorth', approvedByName: null })
    expect(week.days.every((d) => d.lockedReason === null)).toBe(true)
    const { postings, totalOre } = await ledger()
    expect(postings.map((p) => p.amountOre)).toEqual([222000, -222000])
    expect(postings[1]).toMatchObject({
      reversesPostingId: postings[0]!.id,
      description: `Tilbageførsel af postering nr. ${postings[0]!.id}: Timer på forkert dag`,
      documentRef: 'Timeseddel uge 2 2020 Jonas Holm'
    })
    expect(totalOre).toBe(0)
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'time_week' })
    expect(audit[0]).toMatchObject({ action: 'unlock', reason: 'Timer på forkert dag', actorName: 'Bente Hjorth' })
    const notApproved = await rt.callError('time.week.unlock', { ...ref(), weekStart: '2020-01-06', reason: 'igen', actorName: 'B' })
    expect(notApproved.message).toBe('Jonas Holms uge 2 2020 er ikke godkendt, så der er intet at låse op.')
    await save('2020-01-06', { '2020-01-06': 0, '2020-01-07': 444 })
    await approveWeek('2020-01-06')
    const after = await ledger()
    expect(after.postings.map((p) => [p.date, p.amountOre])).toEqual([
      ['2020-01-12', 222000],
      ['2020-01-12', -222000],
      ['2020-01-12', 222000]
    ])
    expect(after.totalOre).toBe(222000)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('is refused for staff who give a management statement, and for a week outside the project', async () => {
    const statement = await rt.callError('time.week.approve', {
      projectId: f.projectId,
      staffId: f.mette,
      weekStart: '2020-01-06',
      approverName: 'B',
      approverRole: 'C'
    })
    expect(statement.message).toContain('Mette Kjær er ansat 100 % i projektet')
    const outside = await rt.callError('time.week.approve', { ...ref(), weekStart: '2022-01-03', approverName: 'B', approverRole: 'C' })
    expect(outside.message).toBe('uge 1 2022 ligger uden for projektperioden eller Jonas Holms ansættelse i projektet.')
  })
})

describe('a week across a month boundary, and its month', () => {
  it('the week approved first posts both months’ parts; the month approved after posts only its other days', async () => {
    await save(week1, week1Hours)
    await save('2019-12-16', { '2019-12-16': 600 })
    const preview = await rt.call('time.week.preview', { ...ref(), weekStart: week1 })
    expect(preview.parts.map((p) => [p.month, p.from, p.to, p.minutes, p.postedWith, p.totalOre])).toEqual([
      ['2019-12', '2019-12-30', '2019-12-31', 444, 'week', 222000],
      ['2020-01', '2020-01-01', '2020-01-05', 761, 'week', 380500]
    ])
    await approveWeek(week1)
    // One posting per month part, each on its own year's budget line
    expect((await ledger()).postings.map((p) => [p.date, p.budgetLineId, p.minutes, p.amountOre])).toEqual([
      ['2019-12-31', f.lines.jobBroker2019, 444, 222000],
      ['2020-01-05', f.lines.jobBroker2020, 761, 380500]
    ])
    // December: the month's own posting leaves out 30.–31.12, which week 1 has posted
    const monthPreview = await rt.call('time.month.preview', { ...ref(), month: '2019-12' })
    expect(monthPreview).toMatchObject({ minutes: 1044, totalOre: 300000 })
    expect(monthPreview.coveredByWeeks).toEqual([
      { weekStart: week1, isoYear: 2020, week: 1, from: '2019-12-30', to: '2019-12-31', minutes: 444, postedOre: 222000 }
    ])
    const december = await approveMonth('2019-12')
    expect(december).toMatchObject({ status: 'approved', minutes: 1044, postedOre: 522000, weekApprovedMinutes: 444 })
    expect(december.weeks.map((w) => w.week)).toEqual([1])
    const own = (await ledger()).postings.find((p) => p.documentRef === 'Timeseddel 2019-12 Jonas Holm')!
    expect(own).toMatchObject({ date: '2019-12-31', minutes: 600, amountOre: 300000 })
    expect(own.description).toBe(
      'Løn Jonas Holm, december 2019 (01.12.2019–31.12.2019): 10,00 godkendte timer × 300,00 kr. (undtagen dagene i uge 1 2020, som er bogført med ugens godkendelse)'
    )
    // No hour posted twice: December's 17,40 hours × 300,00 kr. = 5.220,00 kr. in all
    expect(await postedByMonth()).toEqual({ '2019-12': [1044, 522000], '2020-01': [761, 380500] })
    // Unlocking December reverses only what December posted; the week's postings stand
    await unlockMonth('2019-12')
    expect(await postedByMonth()).toEqual({ '2019-12': [444, 222000], '2020-01': [761, 380500] })
  })

  it('unlocking the week reverses exactly its postings; December, still approved, posts its days of the week', async () => {
    await save(week1, week1Hours)
    await save('2019-12-16', { '2019-12-16': 600 })
    await approveWeek(week1)
    await approveMonth('2019-12')
    const before = (await ledger()).postings
    const weekPostings = before.filter((p) => p.documentRef === 'Timeseddel uge 1 2020 Jonas Holm')
    expect(weekPostings).toHaveLength(2)

    const week = await unlockWeek(week1)
    const after = (await ledger()).postings
    const reversals = after.filter((p) => p.reversesPostingId !== null)
    expect(reversals.map((r) => r.reversesPostingId).sort()).toEqual(weekPostings.map((p) => p.id).sort())
    const takeover = after.reduce((a, b) => (b.id > a.id ? b : a))
    expect(takeover).toMatchObject({
      date: '2019-12-31',
      minutes: 444,
      amountOre: 222000,
      documentRef: 'Timeseddel 2019-12 Jonas Holm',
      description:
        'Løn Jonas Holm, december 2019 (30.12.2019–31.12.2019): 7,40 godkendte timer × 300,00 kr. (dagene var bogført med uge 1 2020, som er låst op)'
    })
    // December stays fully posted; January's part of the week is no longer approved, so not posted
    expect(await postedByMonth()).toEqual({ '2019-12': [1044, 522000] })
    // 30.12 is still locked by December; January's days of the week can be corrected
    expect(week.days.map((d) => (d.lockedReason ?? '').slice(0, 40))).toEqual([
      'Jonas Holms timer for december 2019 er g',
      'Jonas Holms timer for december 2019 er g',
      '',
      '',
      '',
      '',
      ''
    ])
    // Unlocking December now reverses what December posted, its taken-over days included
    await unlockMonth('2019-12')
    expect(await postedByMonth()).toEqual({})
    expect((await ledger()).totalOre).toBe(0)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('the month approved first: a week inside it is refused as already approved; a week across its end posts only the other month', async () => {
    await save(week1, week1Hours)
    await save('2019-12-23', { '2019-12-23': 600 })
    await approveMonth('2019-12')
    const inside = await rt.callError('time.week.approve', { ...ref(), weekStart: '2019-12-23', approverName: 'B', approverRole: 'C' })
    expect(inside.code).toBe('conflict')
    expect(inside.message).toBe(
      'Hele uge 52 2019 ligger i december 2019, som allerede er godkendt for Jonas Holm: ugens timer er godkendt og bogført med måneden.'
    )
    const preview = await rt.call('time.week.preview', { ...ref(), weekStart: week1 })
    expect(preview.parts.map((p) => [p.month, p.postedWith, p.totalOre])).toEqual([
      ['2019-12', 'month', 0],
      ['2020-01', 'week', 380500]
    ])
    await approveWeek(week1)
    expect(await postedByMonth()).toEqual({ '2019-12': [1044, 522000], '2020-01': [761, 380500] })
    expect((await ledger()).postings.filter((p) => p.documentRef.startsWith('Timeseddel uge')).map((p) => p.date)).toEqual(['2020-01-05'])

    // Unlocking December: its postings are reversed, and week 1, still approved, posts its December days
    await unlockMonth('2019-12', 'Timer den 23.12 var forkerte')
    const { postings } = await ledger()
    expect(postings.reduce((a, b) => (b.id > a.id ? b : a))).toMatchObject({
      date: '2019-12-31',
      minutes: 444,
      documentRef: 'Timeseddel uge 1 2020 Jonas Holm',
      description:
        'Løn Jonas Holm, uge 1 2020, december 2019 (30.12.2019–31.12.2019): 7,40 godkendte timer × 300,00 kr. (dagene var bogført med december 2019, som er låst op)'
    })
    expect(await postedByMonth()).toEqual({ '2019-12': [444, 222000], '2020-01': [761, 380500] })
    // 30.12 stays locked by the week; 23.12 can be corrected
    const w52 = await rt.call('time.week', { ...ref(), weekStart: '2019-12-23' })
    expect(w52.days[0]!.lockedReason).toBeNull()
    const w1 = await rt.call('time.week', { ...ref(), weekStart: week1 })
    expect(w1.days[0]!.lockedReason).toBe('Jonas Holms timer i uge 1 2020 er godkendt og dermed låst. Lås ugen op med en begrundelse for at rette dem.')
    // Unlocking the week reverses everything it posted, in both months
    await unlockWeek(week1)
    expect(await postedByMonth()).toEqual({})
    expect(formatKr((await ledger()).totalOre)).toBe('0,00 kr.')
  })
})

describe('weeks and signed accounts', () => {
  it('hours approved week by week let an account be signed; then the week cannot be unlocked, nor a week in the period approved', async () => {
    rt.ctx.now = () => new Date('2020-02-10T12:00:00.000Z')
    await save('2020-01-06', { '2020-01-06': 444 })
    await save('2020-01-13', { '2020-01-13': 444 })
    const account = { projectId: f.projectId, kind: 'interim' as const, periodFrom: '2019-12-01', periodTo: '2020-01-31' }
    const blocked = await rt.call('accounts.preview', account)
    expect(blocked.blockers).toEqual(['Jonas Holm: januar 2020 har 14,80 timer, som ikke er godkendt (åben).'])
    await approveWeek('2020-01-06')
    const partly = await rt.call('accounts.preview', account)
    expect(partly.blockers).toEqual(['Jonas Holm: januar 2020 har 7,40 timer, som ikke er godkendt (åben).'])
    await approveWeek('2020-01-13')
    const preview = await rt.call('accounts.preview', account)
    expect(preview.blockers).toEqual([])
    expect(preview.warnings).toContain('Jonas Holm: timerne i januar 2020 er godkendt uge for uge, men måneden er ikke underskrevet af medarbejderen.')
    expect(preview.figures.totals.actualOre).toBe(444000)
    await rt.call('accounts.sign', {
      ...account,
      signedByName: 'Bente Hjorth',
      signedByTitle: 'Chef',
      signedOn: '2020-02-10',
      statementText: 'Ledelsespåtegning.'
    })

    const unlock = await rt.callError('time.week.unlock', { ...ref(), weekStart: '2020-01-06', reason: 'Fejl', actorName: 'B' })
    expect(unlock.code).toBe('locked')
    expect(unlock.message).toBe(
      'Jonas Holms uge 2 2020 kan ikke låses op: timerne indgår i delregnskabet for 01.12.2019–31.01.2020, som er underskrevet 10.02.2020. Godkendte timer kan ikke ændres efter et underskrevet regnskab.'
    )
    const approve = await rt.callError('time.week.approve', { ...ref(), weekStart: '2020-01-20', approverName: 'B', approverRole: 'C' })
    expect(approve.code).toBe('locked')
    expect(approve.message).toBe(
      'uge 4 2020 kan ikke godkendes: 20.01.2020–26.01.2020 ligger i en lukket periode (delregnskabet for 01.12.2019–31.01.2020 er underskrevet 10.02.2020 af Bente Hjorth). Ændringer i perioden afvises.'
    )
    // Week 5 2020 crosses into February, outside the account: approving it is refused too (27.–31.01 are closed)
    const week5 = await rt.callError('time.week.approve', { ...ref(), weekStart: '2020-01-27', approverName: 'B', approverRole: 'C' })
    expect(week5.message).toContain('27.01.2020–31.01.2020 ligger i en lukket periode')
  })
})

describe('whatever the order of approvals and unlockings', () => {
  it('every hour covered by an approved week or month is posted exactly once, and no other hour is', async () => {
    await rt.call('time.settings.update', {
      projectId: f.projectId,
      daysOff: { christmasEveOff: true, newYearsEveOff: true, mayDayAfternoonOff: true, constitutionDayAfternoonOff: true },
      requireEmployeeSignature: false
    })
    const hours: Record<string, number> = {
      '2019-12-23': 300,
      '2019-12-27': 120,
      '2019-12-30': 444,
      '2020-01-02': 444,
      '2020-01-03': 317,
      '2020-01-08': 200,
      '2020-01-30': 250,
      '2020-01-31': 60,
      '2020-02-03': 444
    }
    for (const monday of ['2019-12-23', '2019-12-30', '2020-01-06', '2020-01-27', '2020-02-03']) {
      await save(
        monday,
        Object.fromEntries(Object.entries(hours).filter(([d]) => d >= monday && d <= new Date(Date.parse(monday) + 6 * 86400000).toISOString().slice(0, 10)))
      )
    }
    const weeks = ['2019-12-23', '2019-12-30', '2020-01-06', '2020-01-27']
    const months = ['2019-12', '2020-01', '2020-02']
    const weekOfDate = (d: string) => weeks.find((w) => d >= w && d <= new Date(Date.parse(w) + 6 * 86400000).toISOString().slice(0, 10))
    const approvedW = new Set<string>()
    const approvedM = new Set<string>()
    // mulberry32: a fixed sequence, the same on every run
    let seed = 20200101
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    for (let step = 0; step < 60; step++) {
      const r = next()
      if (r < 0.5) {
        const w = weeks[Math.floor(next() * weeks.length)]!
        if (approvedW.has(w)) {
          await unlockWeek(w, `trin ${step}`)
          approvedW.delete(w)
        } else {
          const inApprovedMonths = [w, new Date(Date.parse(w) + 6 * 86400000).toISOString().slice(0, 10)].every((d) => approvedM.has(d.slice(0, 7)))
          if (inApprovedMonths) {
            expect((await rt.callError('time.week.approve', { ...ref(), weekStart: w, approverName: 'B', approverRole: 'C' })).code).toBe('conflict')
            continue
          }
          await approveWeek(w)
          approvedW.add(w)
        }
      } else {
        const m = months[Math.floor(next() * months.length)]!
        if (approvedM.has(m)) {
          await unlockMonth(m, `trin ${step}`)
          approvedM.delete(m)
        } else {
          await rt.call('time.month.approve', { ...ref(), month: m, approverName: 'B', approverRole: 'C' })
          approvedM.add(m)
        }
      }
      const expected: Record<string, [number, number]> = {}
      for (const [d, min] of Object.entries(hours)) {
        const w = weekOfDate(d)
        if (!approvedM.has(d.slice(0, 7)) && !(w && approvedW.has(w))) continue
        const [m0] = expected[d.slice(0, 7)] ?? [0, 0]
        expected[d.slice(0, 7)] = [m0 + min, 0]
      }
      const posted = await postedByMonth()
      const postedMinutes = Object.fromEntries(Object.entries(posted).map(([m, [min]]) => [m, min]))
      expect(postedMinutes, `after step ${step}`).toEqual(Object.fromEntries(Object.entries(expected).map(([m, [min]]) => [m, min])))
      // 300,00 kr. an hour on every date here: the amount follows the minutes to the øre (5 kr. a minute)
      for (const [, [min, ore]] of Object.entries(posted)) expect(ore).toBe(min * 500)
    }
    // The sequence went through both kinds of take-over (a month posting a week's days, and back)
    const texts = (await ledger()).postings.map((p) => p.description)
    expect(texts.some((t) => /^Løn Jonas Holm, (december|januar|februar)/.test(t) && t.includes('som er låst op)'))).toBe(true)
    expect(texts.some((t) => t.startsWith('Løn Jonas Holm, uge') && t.includes('som er låst op)'))).toBe(true)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
