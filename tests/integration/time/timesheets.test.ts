import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { formatHours } from '@shared/domain/duration'
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

const week = (weekStart: string) => rt.call('time.week', { projectId: f.projectId, staffId: f.jonas, weekStart })
const save = (weekStart: string, days: Record<string, number>, act = activity) =>
  rt.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart, cells: cellsFor(act, days) })
const fullWeek = (monday: string) => {
  const d = new Date(`${monday}T00:00:00Z`)
  return Object.fromEntries(Array.from({ length: 5 }, (_, i) => [new Date(d.getTime() + i * 86400000).toISOString().slice(0, 10), 317]))
}

describe('the week grid', () => {
  it('shows the ISO week with holidays marked and the norm on the project (26,4 hours for a job broker)', async () => {
    const w = await week('2020-04-08') // any day: the week starts on its Monday
    expect(w.weekStart).toBe('2020-04-06')
    expect(w.week).toBe(15)
    expect(w.days.map((d) => d.kind)).toEqual(['workday', 'workday', 'workday', 'holiday', 'holiday', 'weekend', 'weekend'])
    expect(w.days[3]!.name).toBe('Skærtorsdag')
    // Easter week: 3 working days of 26,4 / 5 hours, rounded once to the minute (950 minutes)
    expect(w.totals.normMinutes).toBe(950)
    expect(formatHours(w.totals.normMinutes)).toBe('15,83')
    expect(formatHours((await week('2020-01-13')).totals.normMinutes)).toBe('26,40')
    expect(w.activities.map((a) => a.name)).toEqual(['Borgerrettet indsats', 'Virksomhedskontakt', 'Projektledelse', 'Administration og dokumentation'])
  })

  it('saves hours typed as "7,4" and shows day and week totals', async () => {
    const w = await save('2020-01-13', { '2020-01-13': 444, '2020-01-14': 300 })
    expect(w.totals.byDay.slice(0, 3)).toEqual([444, 300, 0])
    expect(formatHours(w.totals.minutes)).toBe('12,40')
    // 0 removes the hours
    const after = await save('2020-01-13', { '2020-01-14': 0 })
    expect(after.entries).toEqual([{ date: '2020-01-13', activityId: activity, minutes: 444 }])
  })

  it('refuses more than 24 hours a day across activities, naming the date', async () => {
    const settings = await rt.call('time.settings.get', { projectId: f.projectId })
    const other = settings.activities[1]!.id
    await save('2020-01-13', { '2020-01-13': 12 * 60 })
    const error = await rt.callError('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2020-01-13',
      cells: [{ date: '2020-01-13', activityId: other, minutes: 13 * 60 }]
    })
    expect(error.code).toBe('validation')
    expect(error.message).toBe('13.01.2020: Der kan højst registreres 24 timer på en dag (her 25,00 timer).')
    expect(error.field).toBe('cells.0')
  })

  it('refuses negative hours, and dates outside the project period', async () => {
    const negative = await rt.callError('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2020-01-13',
      cells: [{ date: '2020-01-13', activityId: activity, minutes: -60 }]
    })
    expect(negative.message).toBe('13.01.2020: Timer kan ikke være negative.')
    const before = await rt.callError('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2019-11-25',
      cells: [{ date: '2019-11-29', activityId: activity, minutes: 60 }]
    })
    expect(before.message).toBe('29.11.2019 ligger uden for projektperioden 01.12.2019–31.12.2021.')
  })

  it('has no timesheet for staff 100 % on the project', async () => {
    const error = await rt.callError('time.week.save', {
      projectId: f.projectId,
      staffId: f.mette,
      weekStart: '2020-01-13',
      cells: cellsFor(activity, { '2020-01-13': 444 })
    })
    expect(error.message).toBe('Mette Kjær er ansat 100 % i projektet og dokumenteres med en månedlig ledelseserklæring, ikke med timesedler.')
  })
})

describe('signing, approval and locking', () => {
  async function fillJanuary() {
    for (const monday of ['2020-01-06', '2020-01-13', '2020-01-20', '2020-01-27']) await save(monday, fullWeek(monday))
  }

  it('the employee signs, a manager approves; approval posts hours × rate and locks the month', async () => {
    await fillJanuary()
    const refused = await rt.callError('time.month.approve', {
      projectId: f.projectId,
      staffId: f.jonas,
      month: '2020-01',
      approverName: 'Bente Hjorth',
      approverRole: 'Chef'
    })
    expect(refused.message).toBe('Jonas Holm har ikke underskrevet januar 2020 endnu. Medarbejderen underskriver sin måned, før en leder godkender den.')
    const signed = await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Jonas Holm' })
    expect(signed.status).toBe('signed')
    const approved = await rt.call('time.month.approve', {
      projectId: f.projectId,
      staffId: f.jonas,
      month: '2020-01',
      approverName: 'Bente Hjorth',
      approverRole: 'Chef for Social og Jobindsats'
    })
    expect(approved).toMatchObject({
      status: 'approved',
      approvedByName: 'Bente Hjorth',
      approvedByRole: 'Chef for Social og Jobindsats',
      approvedOsUser: rt.ctx.osUser
    })
    expect(approved.approvedAt).toBe('2020-04-20T10:00:00.000Z')
    // 20 working days from 6 January × 317 minutes = 6340 minutes = 105,67 hours × 300,00 kr.
    expect(formatHours(approved.minutes)).toBe('105,67')
    const ledger = await rt.call('ledger.list', { projectId: f.projectId })
    expect(ledger.postings).toHaveLength(1)
    expect(ledger.postings[0]).toMatchObject({
      date: '2020-01-31',
      budgetLineId: f.lines.jobBroker2020,
      minutes: 6340,
      hourlyRateOre: 30000,
      amountOre: 3170000,
      source: 'timesheet'
    })
    expect(formatKr(ledger.totalOre)).toBe('31.700,00 kr.')
    // Locked: the grid refuses a change
    const locked = await rt.callError('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2020-01-13',
      cells: cellsFor(activity, { '2020-01-15': 100 })
    })
    expect(locked.code).toBe('locked')
    expect(locked.message).toBe('Jonas Holms timer for januar 2020 er godkendt og dermed låst. Lås måneden op med en begrundelse for at rette dem.')
    expect((await week('2020-01-13')).days[0]!.lockedReason).toContain('er godkendt og dermed låst')
    // The audit trail has the approval with name, role, OS user and time
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'time_month' })
    expect(audit[0]).toMatchObject({ action: 'approve', actorName: 'Bente Hjorth', actorRole: 'Chef for Social og Jobindsats', osUser: rt.ctx.osUser })
  })

  it('a rate change mid-month splits the salary into two postings', async () => {
    // Jonas's rate changes on 16 March 2020 (300,00 → 310,00 kr.)
    await save('2020-03-09', { '2020-03-13': 600 })
    await save('2020-03-16', { '2020-03-16': 444 })
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-03', signerName: 'Jonas Holm' })
    await rt.call('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-03', approverName: 'Bente Hjorth', approverRole: 'Chef' })
    const { postings } = await rt.call('ledger.list', { projectId: f.projectId })
    expect(postings.map((p) => [p.date, p.minutes, p.hourlyRateOre, p.amountOre])).toEqual([
      ['2020-03-15', 600, 30000, 300000],
      ['2020-03-31', 444, 31000, 229400]
    ])
    expect(postings[0]!.description).toBe('Løn Jonas Holm, marts 2020 (01.03.2020–15.03.2020): 10,00 godkendte timer × 300,00 kr.')
  })

  it('unlocking needs a reason, reverses the salary postings and leaves a trace', async () => {
    await fillJanuary()
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Jonas Holm' })
    await rt.call('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName: 'Bente Hjorth', approverRole: 'Chef' })
    const noReason = await rt.callError('time.month.unlock', {
      projectId: f.projectId,
      staffId: f.jonas,
      month: '2020-01',
      reason: ' ',
      actorName: 'Bente Hjorth'
    })
    expect(noReason.message).toBe('Feltet «Begrundelse» skal udfyldes.')
    const row = await rt.call('time.month.unlock', {
      projectId: f.projectId,
      staffId: f.jonas,
      month: '2020-01',
      reason: 'Timer på forkert aktivitet',
      actorName: 'Bente Hjorth'
    })
    expect(row).toMatchObject({ status: 'open', unlockReason: 'Timer på forkert aktivitet', postedOre: 0 })
    const ledger = await rt.call('ledger.list', { projectId: f.projectId })
    expect(ledger.postings.map((p) => p.amountOre)).toEqual([3170000, -3170000])
    expect(ledger.postings[1]).toMatchObject({
      reversesPostingId: ledger.postings[0]!.id,
      description: `Tilbageførsel af postering nr. ${ledger.postings[0]!.id}: Timer på forkert aktivitet`
    })
    expect(ledger.postings[0]!.reversedByPostingId).toBe(ledger.postings[1]!.id)
    expect(ledger.totalOre).toBe(0)
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'time_month' })
    expect(audit[0]).toMatchObject({ action: 'unlock', reason: 'Timer på forkert aktivitet', actorName: 'Bente Hjorth' })
    // Open again: the employee can correct and the month can be approved anew
    await save('2020-01-13', { '2020-01-13': 0 })
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Jonas Holm' })
    await rt.call('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName: 'Bente Hjorth', approverRole: 'Chef' })
    expect((await rt.call('ledger.list', { projectId: f.projectId })).totalOre).toBe(3011500) // 6023 minutes × 300,00 kr. / 60
  })

  it('a management statement posts the month’s norm hours for staff 100 % on the project', async () => {
    const preview = await rt.call('time.month.preview', { projectId: f.projectId, staffId: f.mette, month: '2019-12' })
    // December 2019: 18 working days × 7,4 hours = 133,2 hours × 400,00 kr.
    expect(preview).toMatchObject({ mode: 'statement', minutes: 7992, normMinutes: 7992, workingDays: 18, totalOre: 5328000, problem: null })
    const row = await rt.call('time.month.approve', {
      projectId: f.projectId,
      staffId: f.mette,
      month: '2019-12',
      approverName: 'Bente Hjorth',
      approverRole: 'Chef',
      statementText: ''
    })
    expect(row).toMatchObject({ kind: 'statement', status: 'approved', postedOre: 5328000 })
    const { postings } = await rt.call('ledger.list', { projectId: f.projectId, staffId: f.mette })
    expect(postings[0]).toMatchObject({ budgetLineId: f.lines.projectManagement2019, documentRef: 'Ledelseserklæring 2019-12 Mette Kjær' })
  })

  it('refuses approval when there is no budget line for the staff member’s category in the year', async () => {
    await rt.ctx.db.updateTable('staff').set({ function_key: 'caseworker' }).where('id', '=', f.jonas).execute()
    await save('2020-01-13', { '2020-01-13': 444 })
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Jonas Holm' })
    const error = await rt.callError('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName: 'B', approverRole: 'C' })
    expect(error.code).toBe('rule')
    expect(error.message).toBe(
      'Der er ingen budgetpost i 2020 for kategorien «Sagsbehandlere», som Jonas Holms løn kan bogføres på. Opret budgetposten under Budget, før måneden godkendes.'
    )
  })

  it('where there are two lines of the category in a year, the user chooses one per staff member', async () => {
    const { insertAudited } = await import('../../../services/audit/audit')
    const second = await rt.ctx.db
      .transaction()
      .execute((trx) =>
        insertAudited(
          trx,
          rt.ctx,
          'budget_line',
          { project_id: f.projectId, year: 2020, category_key: 'jobBroker', title: 'Jobformidlere, virksomhedsspor', created_at: 'x', updated_at: 'x' },
          { projectId: f.projectId }
        )
      )
    await save('2020-01-13', { '2020-01-13': 444 })
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Jonas Holm' })
    const error = await rt.callError('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName: 'B', approverRole: 'C' })
    expect(error.message).toContain('Projektet har flere budgetposter for «Jobformidlere» i 2020 (Jobformidlere, Jobformidlere, virksomhedsspor)')
    const choices = await rt.call('time.lineChoices', { projectId: f.projectId })
    expect(choices).toEqual([expect.objectContaining({ staffName: 'Jonas Holm', year: 2020, chosenBudgetLineId: null })])
    await rt.call('time.lineChoice.set', { projectId: f.projectId, staffId: f.jonas, year: 2020, budgetLineId: second.id })
    await rt.call('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName: 'B', approverRole: 'C' })
    expect((await rt.call('ledger.list', { projectId: f.projectId })).postings[0]!.budgetLineId).toBe(second.id)
  })

  it('lists every month with hours, norm and status', async () => {
    await save('2020-01-13', { '2020-01-13': 444 })
    const months = await rt.call('time.months', { projectId: f.projectId, year: 2020 })
    const jan = months.find((m) => m.staffId === f.jonas && m.month === '2020-01')!
    expect(jan).toMatchObject({ status: 'open', minutes: 444, normMinutes: 6969, mode: 'timesheet' })
    expect(months.filter((m) => m.staffId === f.mette)).toHaveLength(12)
  })
})
