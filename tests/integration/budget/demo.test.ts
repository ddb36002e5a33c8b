// Herning's demo project carries its real grant and year split; its budget follows the seed's
// staffing and adds up exactly to the split, so the 1,00 kr. difference to the grant is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { approvedBudgetLines } from '../../../services/budget/approved'
import { rateValidOn } from '../../../services/core/staff'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2022-02-01T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
})
afterAll(async () => {
  await rt.close()
})

describe('the demo project’s budget', () => {
  it('carries the real grant and year split, and the budget adds up exactly to the split: 1,00 kr. short of the grant', async () => {
    const p = await rt.call('projects.get', { projectId })
    expect(p.grantAmountOre).toBe(223507400)
    const o = await rt.call('budget.overview', { projectId })
    expect(o.comparison.years.map((y) => [y.year, y.budgetOre, y.differenceOre])).toEqual([
      [2019, 63121500, 0],
      [2020, 85880500, 0],
      [2021, 74505300, 0]
    ])
    expect(o.comparison.budgetTotalOre).toBe(223507300)
    expect(o.comparison.budgetVsGrantOre).toBe(-100)
    const s = await rt.call('budget.spending', { projectId })
    expect(s.alerts[0]!.message).toBe(
      'Det godkendte budget er 1,00 kr. mindre end tilsagnet. Afklar forskellen (fx med en budgetændring), så budget og tilsagn stemmer.'
    )
  })

  it('follows the seed’s staffing: a project leader at 37 h/week and two job brokers at 26,4 h/week', async () => {
    const v1 = (await rt.call('budget.overview', { projectId })).versions[0]!
    const lines = (await rt.call('budget.version', { versionId: v1.id })).lines.filter((l) => l.year === 2020)
    expect(lines.map((l) => [l.categoryKey, l.staffCount, l.minutes])).toEqual([
      ['projectManagement', 1, 37 * 34.5 * 60],
      ['jobBroker', 2, 26.4 * 34.5 * 60],
      ['progressionTool', null, null]
    ])
    expect(v1.totalOre).toBe(223507300)
  })

  it('has the original budget and one approved revision; the revision keeps 2021’s total and needed STAR’s approval', async () => {
    const o = await rt.call('budget.overview', { projectId })
    expect(o.versions.map((v) => [v.number, v.kind, v.status, v.inForce])).toEqual([
      [1, 'original', 'approved', false],
      [2, 'revision', 'approved', true]
    ])
    const d = await rt.call('budget.version', { versionId: o.versions[1]!.id })
    expect(d.changes.map((c) => [c.title, c.change, c.deltaOre])).toEqual([
      ['Jobformidlere', 'changed', -11702400],
      ['Sundhedskoordinator (step-up)', 'added', 11702400]
    ])
    expect(d.revisionKind).toBe('other')
    expect(d.version).toMatchObject({ sentDate: '2021-02-22', decidedDate: '2021-03-19', starReference: 'STAR j.nr. 21/04512' })
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2021-03-18')).some((l) => l.categoryKey === 'socialHealthStaff')).toBe(false)
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2021-03-19')).some((l) => l.categoryKey === 'socialHealthStaff')).toBe(true)
  })

  it('gives each staff member a rate history with the OK21 pay rise on 1 April 2021, each with its calculation', async () => {
    const list = await rt.call('staffRates.list', { projectId })
    const mette = list.staff.find((s) => s.staff.name === 'Mette Kjær')!
    expect(mette.rates.map((r) => [r.validFrom, r.validTo, r.hourlyRateOre])).toEqual([
      ['2019-12-01', '2021-03-31', 30489],
      ['2021-04-01', null, 31035]
    ])
    expect(mette.rates[0]!.calculation).toBe('(A-indkomst før arbejdsmarkedsbidrag 498.000,00 + Pension 85.200,00 + ATP 3.408,00) / 1.924,00 timer = 304,89 kr./time')
    expect((await rateValidOn(rt.ctx.db, mette.staff.id, '2021-04-01'))!.hourly_rate_ore).toBe(31035)
  })

  it('shows the first instalment as received and the second’s result condition as met by the demo’s effort group', async () => {
    const r = await rt.call('budget.instalments', { projectId })
    // The participants' demo reaches 20 % in paid hours or education in a month of 2021 (measured
    // by the participants domain through measureResultRule).
    expect(r.instalments.map((i) => [i.no, i.status, i.condition.outcome])).toEqual([
      [1, 'received', 'none'],
      [2, 'expected', 'met']
    ])
    expect(r.instalments[1]!.condition.tiers.every((t) => t.met === true && (t.bestMonth ?? '').startsWith('2021'))).toBe(true)
    expect(r.receivedTotalOre).toBe(111753700)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
