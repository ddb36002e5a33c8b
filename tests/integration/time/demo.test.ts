import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { formatHours } from '@shared/domain/duration'

// The demo project's hours, approvals, statements, postings and interim account (built after the
// budget's demo, on its rates and budget lines).
let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2026-11-23T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
}, 60_000)
afterAll(async () => {
  await rt.close()
})

describe('the demo project’s time and ledger', () => {
  it('the job brokers register about 26,4 hours a week; months are signed and approved through February 2021', async () => {
    const staff = await rt.call('time.staff', { projectId })
    expect(staff.map((s) => [s.name, s.mode, formatHours(s.weeklyProjectMinutes)])).toEqual([
      ['Jonas Holm', 'timesheet', '26,40'],
      ['Mette Kjær', 'statement', '37,00'],
      ['Sara Lund', 'timesheet', '26,40']
    ])
    const jonas = staff[0]!.id
    const week = await rt.call('time.week', { projectId, staffId: jonas, weekStart: '2020-09-07' })
    expect(formatHours(week.totals.minutes)).toBe('26,40')
    expect(week.totals.normMinutes).toBe(1584)
    // Summer holiday: no project hours in week 30
    expect((await rt.call('time.week', { projectId, staffId: jonas, weekStart: '2020-07-20' })).totals.minutes).toBe(0)
    const months = (await rt.call('time.months', { projectId })).filter((m) => m.staffId === jonas)
    const status = Object.fromEntries(months.map((m) => [m.month, m.status]))
    expect(status['2019-12']).toBe('approved')
    expect(status['2021-02']).toBe('approved')
    expect(status['2021-03']).toBe('signed')
    expect(status['2021-04']).toBe('open')
    expect(months.find((m) => m.month === '2021-04')!.minutes).toBeGreaterThan(0)
    const jan = months.find((m) => m.month === '2020-01')!
    expect(jan).toMatchObject({ approvedByName: 'Bente Hjorth', approvedByRole: 'Chef i Social og Jobindsats', signedByName: 'Jonas Holm' })
    expect(jan.approvedAt!.slice(0, 10)).toBe('2020-02-05')
    expect(jan.postedOre).toBeGreaterThan(0)
  })

  it('the project leader’s salary is posted from monthly management statements', async () => {
    const mette = (await rt.call('time.staff', { projectId })).find((s) => s.name === 'Mette Kjær')!
    const months = (await rt.call('time.months', { projectId })).filter((m) => m.staffId === mette.id)
    expect(months.filter((m) => m.status === 'approved').map((m) => m.month).at(-1)).toBe('2021-03')
    const dec = months.find((m) => m.month === '2019-12')!
    expect(formatHours(dec.minutes)).toBe('133,20')
    const ledger = await rt.call('ledger.list', { projectId, staffId: mette.id, to: '2019-12-31' })
    expect(ledger.postings.map((p) => p.documentRef)).toEqual(['Ledelseserklæring 2019-12 Mette Kjær'])
  })

  it('the interim account 01.12.2019–31.12.2020 is signed and equals the ledger for the period, against the approved budget', async () => {
    const [account] = await rt.call('accounts.list', { projectId })
    expect(account).toMatchObject({ kind: 'interim', periodFrom: '2019-12-01', periodTo: '2020-12-31', status: 'signed', signedByName: 'Bente Hjorth', signedOn: '2021-02-25' })
    const ledger = await rt.call('ledger.list', { projectId, from: '2019-12-01', to: '2020-12-31' })
    expect(account!.figures.totals.actualOre).toBe(ledger.totalOre)
    expect(account!.figures.totals.budgetOre).toBe(63121500 + 85880500)
    // Instalment 1 (50 % of the grant) rests on it: the documented costs cover it
    const instalments = await rt.call('budget.instalments', { projectId })
    const first = instalments.instalments.find((i) => i.no === 1)!
    expect(first.documentedCostsOre).toBe(ledger.totalOre)
    expect(ledger.totalOre).toBeGreaterThan(first.maxAmountOre!)
    // A corrected invoice shows its history: original, reversal, replacement
    const tool = ledger.postings.filter((p) => p.documentRef === 'Faktura 20-0112')
    expect(tool.map((p) => p.amountOre)).toEqual([2556083, -2556083, 2550683])
  })

  it('the closed period refuses changes, and the whole trail verifies', async () => {
    const jonas = (await rt.call('time.staff', { projectId }))[0]!.id
    const error = await rt.callError('time.month.unlock', { projectId, staffId: jonas, month: '2020-06', reason: 'Fejl', actorName: 'X' })
    expect(error.code).toBe('locked')
    const report = await rt.call('audit.verify', {})
    expect(report.findings).toEqual([])
  })
})
