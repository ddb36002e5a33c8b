import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { formatHours } from '@shared/domain/duration'
import { monthsFromTo } from '@shared/domain/months'

// The demo project's hours, approvals, statements, postings and accounts for the whole project
// period (built after the budget's demo, on its rates and budget lines).
let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2026-11-23T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
}, 60_000)
afterAll(async () => {
  await rt.close()
})

async function staffId(name: string): Promise<number> {
  return (await rt.call('time.staff', { projectId })).find((s) => s.name === name)!.id
}

describe('the demo project’s time and ledger', () => {
  it('has the seed’s staff: two job brokers at 26,4 hours a week, the project leader on a management statement, and the health coordinator from April 2021', async () => {
    const staff = await rt.call('time.staff', { projectId })
    expect(staff.map((s) => [s.name, s.mode, formatHours(s.weeklyProjectMinutes), s.employedFrom])).toEqual([
      ['Jonas Holm', 'timesheet', '26,40', '2019-12-01'],
      ['Lise Brandt', 'timesheet', '11,10', '2021-04-01'],
      ['Mette Kjær', 'statement', '37,00', '2019-12-01'],
      ['Sara Lund', 'timesheet', '26,40', '2019-12-01']
    ])
  })

  it('the ledger covers December 2019 to December 2021: every month of every staff member is signed, approved and posted', async () => {
    const months = await rt.call('time.months', { projectId })
    for (const name of ['Jonas Holm', 'Sara Lund', 'Mette Kjær', 'Lise Brandt']) {
      const id = await staffId(name)
      const mine = months.filter((m) => m.staffId === id)
      const expected = monthsFromTo(name === 'Lise Brandt' ? '2021-04' : '2019-12', '2021-12')
      expect(
        mine.map((m) => m.month),
        name
      ).toEqual(expected)
      for (const m of mine) {
        expect(m.status, `${name} ${m.month}`).toBe('approved')
        expect(m.postedOre, `${name} ${m.month}`).toBeGreaterThan(0)
        expect(m.approvedByName).toBe('Bente Hjorth')
        if (m.mode === 'timesheet') expect(m.signedByName).toBe(name)
      }
    }
    const ledger = await rt.call('ledger.list', { projectId })
    expect(ledger.postings[0]!.date).toBe('2019-12-16')
    expect(ledger.postings.filter((p) => p.date === '2021-12-31').map((p) => p.staffName ?? p.documentRef)).toEqual(
      expect.arrayContaining(['Jonas Holm', 'Sara Lund', 'Mette Kjær', 'Lise Brandt', 'Revisors aftalebrev 25.11.2021'])
    )
    // Approved in the first days of the following month
    const jan = months.find((m) => m.staffId === ledger.postings.find((p) => p.staffName === 'Jonas Holm')!.staffId && m.month === '2020-01')!
    expect(jan.approvedAt!.slice(0, 10)).toBe('2020-02-05')
    expect(jan.signedAt!.slice(0, 10)).toBe('2020-02-03')
  })

  it('the job brokers register about 26,4 hours a week; holidays, summer holiday and days away have no hours', async () => {
    const jonas = await staffId('Jonas Holm')
    const weeks = ['2020-09-07', '2020-09-14', '2020-09-21', '2021-03-08', '2021-11-15']
    const totals = await Promise.all(weeks.map(async (w) => (await rt.call('time.week', { projectId, staffId: jonas, weekStart: w })).totals))
    for (const t of totals) {
      expect(t.normMinutes).toBe(1584)
      expect(Math.abs(t.minutes - 1584)).toBeLessThanOrEqual(30)
    }
    expect(new Set(totals.map((t) => t.minutes)).size).toBeGreaterThan(1)
    // Summer holiday (week 30 2020) and the week after Easter 2021 (Easter Monday a holiday)
    expect((await rt.call('time.week', { projectId, staffId: jonas, weekStart: '2020-07-20' })).totals.minutes).toBe(0)
    const easter = await rt.call('time.week', { projectId, staffId: jonas, weekStart: '2021-04-05' })
    expect(formatHours(easter.totals.normMinutes)).toBe('21,12')
    expect(easter.totals.byDay[0]).toBe(0)
    expect(easter.totals.byDay.slice(1, 5).every((m) => m > 0)).toBe(true)
    // A year's hours per broker: 26,4 a week in the weeks not on holiday or away
    const months = (await rt.call('time.months', { projectId, year: 2020 })).filter((m) => m.mode === 'timesheet')
    const byBroker = new Map<string, number>()
    for (const m of months) byBroker.set(m.staffName, (byBroker.get(m.staffName) ?? 0) + m.minutes)
    for (const [name, minutes] of byBroker) {
      expect(minutes / 60, name).toBeGreaterThan(1150)
      expect(minutes / 60, name).toBeLessThan(1250)
    }
  })

  it('the project leader’s salary is posted from monthly management statements at the month’s norm hours', async () => {
    const mette = await staffId('Mette Kjær')
    const months = (await rt.call('time.months', { projectId })).filter((m) => m.staffId === mette)
    expect(months).toHaveLength(25)
    expect(formatHours(months.find((m) => m.month === '2019-12')!.minutes)).toBe('133,20')
    expect(months.every((m) => m.minutes === m.normMinutes)).toBe(true)
    const ledger = await rt.call('ledger.list', { projectId, staffId: mette, to: '2019-12-31' })
    expect(ledger.postings.map((p) => p.documentRef)).toEqual(['Ledelseserklæring 2019-12 Mette Kjær'])
    // April 2021 is posted at the rate after the OK21 pay rise
    const april = await rt.call('ledger.list', { projectId, staffId: mette, from: '2021-04-01', to: '2021-04-30' })
    expect(april.postings.map((p) => p.hourlyRateOre)).toEqual([26463])
  })

  it('the health coordinator’s hours from April 2021 go to her own budget line', async () => {
    const lise = await staffId('Lise Brandt')
    const ledger = await rt.call('ledger.list', { projectId, staffId: lise })
    expect(new Set(ledger.postings.map((p) => p.budgetLineTitle))).toEqual(new Set(['Sundhedskoordinator (step-up)']))
    expect(ledger.postings[0]!.date).toBe('2021-04-30')
    expect(ledger.totalMinutes / 60).toBeGreaterThan(340)
    expect(ledger.totalMinutes / 60).toBeLessThan(390)
  })

  it('the interim account 01.12.2019–31.12.2020 is signed and equals the ledger for the period, against the budget in force then', async () => {
    const accounts = await rt.call('accounts.list', { projectId })
    expect(accounts.map((a) => [a.kind, a.status])).toEqual([['interim', 'signed']])
    const [account] = accounts
    expect(account).toMatchObject({ periodFrom: '2019-12-01', periodTo: '2020-12-31', signedByName: 'Bente Hjorth', signedOn: '2021-01-21' })
    const ledger = await rt.call('ledger.list', { projectId, from: '2019-12-01', to: '2020-12-31' })
    expect(account!.figures.totals.actualOre).toBe(ledger.totalOre)
    const spending = await rt.call('budget.spending', { projectId, asOf: '2021-01-21' })
    expect(spending.inForceVersion!.number).toBe(3)
    expect(account!.figures.totals.budgetOre).toBe(spending.years.filter((y) => y.year <= 2020).reduce((s, y) => s + y.budgetOre, 0))
    // Instalment 1 rests on it: the documented costs
    const instalments = await rt.call('budget.instalments', { projectId })
    expect(instalments.instalments.find((i) => i.no === 1)!.documentedCostsOre).toBe(ledger.totalOre)
    // A corrected invoice shows its history: original, reversal, replacement
    const tool = ledger.postings.filter((p) => p.documentRef === 'Faktura 20-0112')
    expect(tool.map((p) => p.amountOre)).toEqual([2556083, -2556083, 2550683])
  })

  it('the auditor’s fee is accrued on 31.12.2021 with the engagement letter as document, entered in January 2022', async () => {
    const audit = (await rt.call('ledger.list', { projectId })).postings.filter((p) => p.categoryKey === 'audit')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ date: '2021-12-31', amountOre: 3250000, documentRef: 'Revisors aftalebrev 25.11.2021', source: 'manual' })
    expect(audit[0]!.createdAt.slice(0, 7)).toBe('2022-01')
  })

  it('the final account is not signed yet, and nothing stops a user from signing it', async () => {
    const preview = await rt.call('accounts.preview', { projectId, kind: 'final', periodFrom: '2019-12-01', periodTo: '2021-12-31' })
    expect(preview.blockers).toEqual([])
    expect(preview.figures.totals.actualOre).toBe((await rt.call('ledger.list', { projectId })).totalOre)
    expect(preview.figures.totals.actualOre).toBeLessThan(preview.figures.totals.budgetOre)
  })

  it('the closed period refuses changes, and the whole trail verifies', async () => {
    const jonas = await staffId('Jonas Holm')
    const error = await rt.callError('time.month.unlock', { projectId, staffId: jonas, month: '2020-06', reason: 'Fejl', actorName: 'X' })
    expect(error.code).toBe('locked')
    const report = await rt.call('audit.verify', {})
    expect(report.findings).toEqual([])
  })
})
