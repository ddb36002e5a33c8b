// Herning's demo project carries its real grant and year split. Its original budget follows the
// seed's staffing and adds up exactly to the split (so the 1,00 kr. difference to the grant is
// reported); the project leader then moved unspent money between years (FSM2: no approval needed)
// and had one revision approved by STAR. The budget in force and the ledger tell one story: every
// line is spent within about 10 % of its budget, the project in total a little under.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { approvedBudgetLines } from '../../../services/budget/approved'
import { ratePeriods } from '../../../services/time/salaryPostings'
import { rateOn } from '@shared/domain/time/salary'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2022-02-01T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
}, 60_000)
afterAll(async () => {
  await rt.close()
})

async function versions() {
  const o = await rt.call('budget.overview', { projectId })
  return Promise.all(o.versions.map((v) => rt.call('budget.version', { versionId: v.id })))
}

describe('the demo project’s budget', () => {
  it('carries the real grant and year split; the original budget adds up exactly to the split: 1,00 kr. short of the grant', async () => {
    const p = await rt.call('projects.get', { projectId })
    expect(p.grantAmountOre).toBe(223507400)
    const [v1] = await versions()
    expect(v1!.version).toMatchObject({ number: 1, kind: 'original', status: 'approved', decidedDate: '2019-11-26' })
    expect(v1!.comparison.years.map((y) => [y.year, y.budgetOre, y.differenceOre])).toEqual([
      [2019, 63121500, 0],
      [2020, 85880500, 0],
      [2021, 74505300, 0]
    ])
    // The moves between years keep the total: the budget in force still adds up to the split
    const o = await rt.call('budget.overview', { projectId })
    expect(o.comparison.budgetTotalOre).toBe(223507300)
    expect(o.comparison.budgetVsGrantOre).toBe(-100)
    const s = await rt.call('budget.spending', { projectId })
    expect(s.alerts[0]!.message).toBe(
      'Det godkendte budget er 1,00 kr. mindre end tilsagnet. Afklar forskellen (fx med en budgetændring), så budget og tilsagn stemmer.'
    )
  })

  it('follows the seed’s staffing: a project leader at 37 h/week, two job brokers at 26,4 h/week, and from April 2021 a health coordinator', async () => {
    const [v1, , , v4] = await versions()
    expect(v1!.lines.filter((l) => l.year === 2020).map((l) => [l.categoryKey, l.staffCount])).toEqual([
      ['projectManagement', 1],
      ['jobBroker', 2],
      ['progressionTool', null]
    ])
    // In the budget in force, each salary line's hours are what the staff can work in the year
    const inForce = (y: number, key: string) => v4!.lines.find((l) => l.year === y && l.categoryKey === key)!
    expect(formatHours(inForce(2020, 'projectManagement').minutes!)).toBe('1.858,00') // 251 working days × 7,4 h = 1.857,4
    expect(formatHours(inForce(2020, 'jobBroker').minutes!)).toBe('1.190,00') // 26,4 h a week without holidays, per broker
    expect(inForce(2021, 'socialHealthStaff')).toMatchObject({ title: 'Sundhedskoordinator (step-up)', staffCount: 1, minutes: 390 * 60 })
  })

  it('states every salary line at the real hourly rate of the staff it pays for, as a revisor compares them', async () => {
    const staff = await rt.call('staff.rates.list', { projectId })
    for (const d of await versions()) {
      for (const l of d.lines.filter((x) => x.kind === 'salary')) {
        const members = staff.staff.filter((s) => s.staff.functionKey === l.categoryKey)
        expect(members.length).toBe(l.staffCount)
        for (const m of members) {
          const realInYear = m.rates.filter((r) => r.validFrom <= `${l.year}-12-31` && (r.validTo ?? '9999') >= `${l.year}-01-01`).map((r) => r.hourlyRateOre)
          expect(realInYear, `${l.title} ${l.year} (version ${d.version.number}), ${m.staff.name}`).toContain(l.hourlyRateOre)
        }
      }
    }
  })

  it('has four versions: the original, two moves between years that took effect without approval, and one revision approved by STAR', async () => {
    const o = await rt.call('budget.overview', { projectId })
    expect(o.versions.map((v) => [v.number, v.kind, v.status, v.inForce])).toEqual([
      [1, 'original', 'approved', false],
      [2, 'revision', 'registered', false],
      [3, 'revision', 'registered', false],
      [4, 'revision', 'approved', true]
    ])
    expect(o.versions.every((v) => v.totalOre === 223507300)).toBe(true)
    const [, v2, v3] = await versions()
    for (const d of [v2!, v3!]) {
      expect(d.revisionKind).toBe('betweenYears')
      expect(d.approvalNeeded).toBe(false)
      expect(d.version.sentDate).toBeNull()
      expect(d.version.starReference).toBe('')
      // Money moved between years of the same line: each line keeps its total
      const net = new Map<string, number>()
      for (const c of d.changes) net.set(c.title, (net.get(c.title) ?? 0) + c.deltaOre)
      expect([...net.values()].every((x) => x === 0)).toBe(true)
    }
    // Version 2: the money December 2019 did not use leaves 2019, in force from 09.03.2020
    expect(v2!.version).toMatchObject({ effectiveDate: '2020-03-09', title: 'Uforbrugte midler fra 2019 flyttes til 2020 og 2021' })
    expect(v2!.changes.filter((c) => c.year === 2019).every((c) => c.deltaOre < 0)).toBe(true)
    expect(v2!.changes.filter((c) => c.year > 2019).every((c) => c.deltaOre > 0)).toBe(true)
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-03-08')).reduce((s, l) => s + (l.year === 2019 ? l.amountOre : 0), 0)).toBe(63121500)
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-03-09')).reduce((s, l) => s + (l.year === 2019 ? l.amountOre : 0), 0)).toBeLessThan(10500000)
    // Version 3: the job brokers' unspent 2020 hours go to 2021, in force from 12.01.2021
    expect(v3!.version.effectiveDate).toBe('2021-01-12')
    expect(v3!.changes.map((c) => [c.year, c.title, c.change])).toEqual([
      [2020, 'Jobformidlere', 'changed'],
      [2021, 'Jobformidlere', 'changed']
    ])
  })

  it('quotes the ledger in the moves’ reasons: December 2019’s costs and the job brokers’ hours in 2020', async () => {
    const [, v2, v3] = await versions()
    const dec2019 = await rt.call('ledger.list', { projectId, to: '2019-12-31' })
    expect(v2!.version.reason).toContain(`December 2019 kostede ${formatKr(dec2019.totalOre, { unit: false })} kr.`)
    const brokers2020 = (await rt.call('ledger.list', { projectId, from: '2020-01-01', to: '2020-12-31' })).byLine.find((l) => l.title === 'Jobformidlere')!
    expect(v3!.version.reason).toContain(`Jobformidlerne registrerede ${formatHours(brokers2020.minutes).replace(/0$/, '')} timer i 2020`)
  })

  it('version 4 moves job broker hours in 2021 to a health coordinator, needed STAR’s approval and keeps 2021’s total', async () => {
    const d = (await versions())[3]!
    expect(d.changes.map((c) => [c.title, c.change, c.deltaOre])).toEqual([
      ['Jobformidlere', 'changed', -9360000],
      ['Projektleder (også personlig jobformidler)', 'changed', 0],
      ['Sundhedskoordinator (step-up)', 'added', 9360000]
    ])
    expect(d.revisionKind).toBe('other')
    expect(d.approvalNeeded).toBe(true)
    expect(d.version).toMatchObject({ sentDate: '2021-02-22', decidedDate: '2021-03-19', starReference: 'STAR j.nr. 21/04512' })
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2021-03-18')).some((l) => l.categoryKey === 'socialHealthStaff')).toBe(false)
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2021-03-19')).some((l) => l.categoryKey === 'socialHealthStaff')).toBe(true)
  })

  it('every line of the budget in force has spending within 10 % of its budget; the project in total is a little under', async () => {
    const s = await rt.call('budget.spending', { projectId, asOf: '2022-02-01' })
    expect(s.inForceVersion).toMatchObject({ number: 4 })
    expect(s.lines).toHaveLength(11)
    for (const l of s.lines) {
      expect(l.inBudget).toBe(true)
      expect(l.spentOre, `${l.title} ${l.year}`).toBeGreaterThan(0)
      expect(Math.abs(l.spentOre - l.budgetOre) / l.budgetOre, `${l.title} ${l.year}: ${l.spentOre} of ${l.budgetOre}`).toBeLessThanOrEqual(0.1)
    }
    // Some lines a little under, one a little over (the project leader's 2021: the OK21 pay rise)
    expect(s.lines.filter((l) => l.spentOre < l.budgetOre).length).toBeGreaterThanOrEqual(8)
    expect(s.lines.filter((l) => l.overBudget).map((l) => [l.title, l.year])).toEqual([['Projektleder (også personlig jobformidler)', 2021]])
    for (const y of s.years) expect(Math.abs(y.spentOre - y.budgetOre) / y.budgetOre, String(y.year)).toBeLessThanOrEqual(0.1)
    expect(s.totals.spentOre).toBeLessThan(s.totals.budgetOre)
    expect(s.totals.spentOre / s.totals.budgetOre).toBeGreaterThan(0.97)
    const ledger = await rt.call('ledger.list', { projectId })
    expect(s.totals.spentOre).toBe(ledger.totalOre)
  })

  it('gives each staff member a rate history with the OK21 pay rise on 1 April 2021, each with its calculation', async () => {
    const list = await rt.call('staff.rates.list', { projectId })
    const mette = list.staff.find((s) => s.staff.name === 'Mette Kjær')!
    expect(mette.rates.map((r) => [r.validFrom, r.validTo, r.hourlyRateOre])).toEqual([
      ['2019-12-01', '2021-03-31', 25998],
      ['2021-04-01', null, 26463]
    ])
    expect(mette.rates[0]!.calculation).toBe(
      '(A-indkomst før arbejdsmarkedsbidrag 432.000,00 + Pension 64.800,00 + ATP 3.408,00) / 1.924,00 timer = 259,98 kr./time'
    )
    expect(rateOn(await ratePeriods(rt.ctx.db, mette.staff.id), '2021-04-01')!.hourlyRateOre).toBe(26463)
    const lise = list.staff.find((s) => s.staff.name === 'Lise Brandt')!
    expect(lise.rates.map((r) => [r.validFrom, r.hourlyRateOre])).toEqual([['2021-04-01', 24000]])
  })

  it('the steering group’s minutes quote the ledger and the budget as they stood on the meeting’s date', async () => {
    const meetings = await rt.call('meetings.list', { projectId })
    const summary = async (date: string, title: string) => {
      const m = meetings.find((x) => x.date === date && x.groupKind === 'steering')!
      return (await rt.call('meetings.get', { meetingId: m.id })).items.find((i) => i.title === title)!.caseSummary
    }
    const kr = (o: number) => `${formatKr(o, { unit: false })} kr.`
    // 05.03.2020: December 2019's costs, before the move between years (version 2, 09.03.2020)
    const dec2019 = await rt.call('ledger.list', { projectId, to: '2019-12-31' })
    expect(await summary('2020-03-05', 'Budget for 2020')).toContain(`brugte december 2019 ${kr(dec2019.totalOre)}`)
    expect((await rt.call('budget.spending', { projectId, asOf: '2020-03-05' })).years.find((y) => y.year === 2020)!.budgetOre).toBe(85880500)
    // 03.12.2020: the budget for 2021 in force then (version 2)
    const dec2020 = await rt.call('budget.spending', { projectId, asOf: '2020-12-03' })
    expect(await summary('2020-12-03', 'Budget for 2021 og overførsel fra 2020')).toContain(
      `Budgettet for 2021 er ${formatKr(dec2020.years.find((y) => y.year === 2021)!.budgetOre, { unit: false })} kr.`
    )
    // 11.03.2021: the spending of 2020, and the interim account sent the day after it was signed
    const in2020 = await rt.call('ledger.list', { projectId, from: '2020-01-01', to: '2020-12-31' })
    const march2021 = await summary('2021-03-11', 'Budgetopfølgning 2020 og status på delregnskab')
    expect(march2021).toContain(`Forbruget i 2020 var ${kr(in2020.totalOre)}`)
    expect(march2021).toContain('Delregnskabet er sendt til STAR den 22. januar 2021.')
    expect((await rt.call('accounts.list', { projectId }))[0]!.signedOn).toBe('2021-01-21')
  })

  it('shows instalment 1 received on the signed interim account’s documented costs, and instalment 2’s result condition as met', async () => {
    const r = await rt.call('budget.instalments', { projectId })
    // The participants' demo reaches 20 % in paid hours or education in a month of 2021 (measured
    // by the participants domain through measureResultRule).
    expect(r.instalments.map((i) => [i.no, i.status, i.condition.outcome])).toEqual([
      [1, 'received', 'none'],
      [2, 'expected', 'met']
    ])
    expect(r.instalments[1]!.condition.tiers.every((t) => t.met === true && (t.bestMonth ?? '').startsWith('2021'))).toBe(true)
    const first = r.instalments[0]!
    const interim = await rt.call('ledger.list', { projectId, from: '2019-12-01', to: '2020-12-31' })
    // FSM2 pays up to 50 % of the grant on the interim account: here the documented costs are less
    expect(first.documentedCostsOre).toBe(interim.totalOre)
    expect(first.documentedCostsOre).toBeLessThan(first.maxAmountOre!)
    expect(first).toMatchObject({
      appliedDate: '2021-01-22',
      appliedAmountOre: interim.totalOre,
      receivedDate: '2021-04-20',
      receivedAmountOre: interim.totalOre
    })
    expect(r.receivedTotalOre).toBe(interim.totalOre)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
