import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kpisAgainstTargets } from '@shared/domain/participants/targets'
import { formatMeasuredShare, formatSetShare } from '@shared/domain/percent'
import { da } from '@shared/texts/da'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

// The quarterly pack's figures come from the same service calls as the budget, KPI and meeting
// screens: compared here for the demo project's 3rd quarter 2020 and 2nd quarter 2021.
let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2021-08-10T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
})
afterAll(async () => {
  await rt.close()
})

describe('the quarterly pack’s figures', () => {
  it('lists the quarters of the project period and defaults to the last ended one', async () => {
    const q = await rt.call('quarterly.quarters', { projectId })
    expect(q.quarters[0]).toMatchObject({ key: '2019-Q4', label: '4. kvartal 2019', from: '2019-10-01', to: '2019-12-31', ended: true })
    expect(q.quarters.at(-1)).toMatchObject({ key: '2021-Q4', ended: false })
    expect(q.quarters).toHaveLength(9)
    expect(q.defaultQuarter).toBe('2021-Q2')
  })

  for (const quarter of ['2020-Q3', '2021-Q2'] as const) {
    it(`${quarter}: economy equals the spending view at the quarter's end, minus the previous quarter's`, async () => {
      const r = await rt.call('quarterly.get', { projectId, quarter, publication: false })
      const end = r.quarter.to
      const prevEnd = r.previousQuarter!.to
      const now = await rt.call('budget.spending', { projectId, asOf: end })
      const before = await rt.call('budget.spending', { projectId, asOf: prevEnd })
      expect(r.economy.totals.spentToDateOre).toBe(now.totals.spentOre)
      expect(r.economy.totals.spentInQuarterOre).toBe(now.totals.spentOre - before.totals.spentOre)
      expect(r.economy.totals.budgetOre).toBe(now.totals.budgetOre)
      expect(r.economy.totals.spentInQuarterOre).toBeGreaterThan(0)
      for (const line of r.economy.lines) {
        const same = now.lines.find((l) => l.budgetLineId === line.budgetLineId)!
        expect(line.spentToDateOre).toBe(same.spentOre)
        expect(line.remainingOre).toBe(same.remainingOre)
      }
      // The postings of the quarter, summed straight from the ledger, give the same figure.
      const ledger = await rt.call('ledger.list', { projectId, from: r.quarter.from, to: end })
      expect(r.economy.totals.spentInQuarterOre).toBe(ledger.totalOre)
    })

    it(`${quarter}: results and steering equal the KPI and meetings screens as of the quarter`, async () => {
      const r = await rt.call('quarterly.get', { projectId, quarter, publication: false })
      const kpi = await rt.call('participants.kpi.monthly', { projectId })
      const last = r.quarter.to.slice(0, 7)
      expect(r.results.latestMonth).toBe(last)
      const mine = r.results.months.find((m) => m.month === last)!
      const screen = kpi.months.find((m) => m.month === last)!
      expect(mine.shares).toEqual(screen.shares)
      expect(mine.caseload).toEqual(screen.caseload)
      expect(r.results.months.every((m) => m.month <= last)).toBe(true)
      const meetings = await rt.call('meetings.list', { projectId })
      const held = meetings.filter((m) => m.date >= r.quarter.from && m.date <= r.quarter.to)
      expect(r.steering.groups.flatMap((g) => g.meetings.map((m) => m.meetingId)).sort()).toEqual(held.map((m) => m.id).sort())
      expect(r.lights.find((l) => l.key === 'spending')!.rule).toMatch(/^Forbrug \d+,\d % mod \d+,\d % af perioden$/)
    })
  }

  it('shows the quarter’s moves between years and STAR’s revision, each with what it moved per year as the budget screen compares it', async () => {
    const r = await rt.call('quarterly.get', { projectId, quarter: '2021-Q1', publication: false })
    expect(r.economy.revisions.map((v) => [v.title, v.betweenYears, v.statusLabel])).toEqual([
      ['Uforbrugte midler fra 2020 flyttes til 2021', true, 'I kraft uden godkendelse'],
      ['Sundhedskoordinator i step-up-indsatsen', false, 'Godkendt']
    ])
    for (const v of r.economy.revisions) {
      const detail = await rt.call('budget.version', { versionId: v.versionId })
      const byYear = new Map<number, number>()
      for (const c of detail.changes) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.deltaOre)
      expect(v.years).toEqual([...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, deltaOre]) => ({ year, deltaOre })))
    }
    // A move between years keeps the total: what leaves 2020 arrives in 2021.
    const move = r.economy.revisions[0]!
    expect(move.years.reduce((sum, y) => sum + y.deltaOre, 0)).toBe(0)
    expect(move.years.find((y) => y.year === 2020)!.deltaOre).toBeLessThan(0)
    const none = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    expect(none.economy.revisions).toEqual([])
  })

  it('shows the instalments as they stood at the quarter’s end, and a light that says which is late', async () => {
    const now = await rt.call('budget.instalments', { projectId })
    expect(now.instalments[0]).toMatchObject({ status: 'received', appliedDate: '2021-01-22', receivedDate: '2021-04-20' })
    const q1 = await rt.call('quarterly.get', { projectId, quarter: '2021-Q1', publication: false })
    expect(q1.instalments[0]).toMatchObject({ no: 1, status: 'appliedFor', appliedDate: '2021-01-22', receivedDate: null, receivedAmountOre: null })
    const q2 = await rt.call('quarterly.get', { projectId, quarter: '2021-Q2', publication: false })
    expect(q2.instalments[0]).toMatchObject({ status: 'received', receivedAmountOre: now.instalments[0]!.receivedAmountOre })
    const q4 = await rt.call('quarterly.get', { projectId, quarter: '2020-Q4', publication: false })
    expect(q4.instalments[0]).toMatchObject({ status: 'expected', appliedDate: null })
    const light = (r: typeof q1) => r.lights.find((l) => l.key === 'instalments')!
    // Applied for, due on the quarter's last day and not received by then: next, not yet late.
    expect(light(q1)).toEqual({ key: 'instalments', label: 'Rater', colour: 'green', rule: 'Næste: 1. rate, ventet 31.03.2021' })
    expect(light(q2)).toMatchObject({ colour: 'green', rule: 'Næste: 2. rate, ventet 30.06.2022' })
  })

  it('puts each KPI against its target on the front page, as the KPI screen judges it, and the caseload against its maximum', async () => {
    const r = await rt.call('quarterly.get', { projectId, quarter: '2021-Q2', publication: false })
    const kpi = await rt.call('participants.kpi.monthly', { projectId })
    const month = kpi.months.find((m) => m.month === '2021-06')!
    const targets = kpisAgainstTargets(kpi.targets, month).filter((k) => k.target !== null)
    expect(targets.length).toBeGreaterThanOrEqual(4)
    for (const k of targets) {
      const key = k.kpi === 'shareOfOpenCasesPassive' ? 'target:passive' : `target:${k.kpi}`
      const light = r.lights.find((l) => l.key === key)!
      expect(light.label).toBe(`Mål: ${da.participants.kpis[k.kpi]}`)
      expect(light.colour).toBe(k.met ? 'green' : k.atMost ? 'red' : 'yellow')
      expect(light.rule).toBe(`${formatMeasuredShare(k.value)} mod mål ${k.atMost ? '≤' : '≥'} ${formatSetShare(k.target!)} i juni 2021`)
    }
    const most = Math.max(...month.caseload.filter((c) => c.staffId !== null).map((c) => c.count))
    expect(r.lights.find((l) => l.key === 'target:caseload')!.rule).toBe(
      most <= 35 ? `Højst ${most} sager pr. jobformidler mod mål ≤ 35 i juni 2021` : expect.stringContaining('Over mål ≤ 35 sager')
    )
  })

  it('a year’s spending opens the postings on that year’s lines (ledger.list by year)', async () => {
    const r = await rt.call('quarterly.get', { projectId, quarter: '2021-Q2', publication: false })
    for (const y of r.economy.years) {
      const all = await rt.call('ledger.list', { projectId, to: r.quarter.to, year: y.year })
      expect(all.totalOre, String(y.year)).toBe(y.spentToDateOre)
      const quarter = await rt.call('ledger.list', { projectId, from: r.quarter.from, to: r.quarter.to, year: y.year })
      expect(quarter.totalOre).toBe(y.spentInQuarterOre)
      expect(all.postings.every((p) => p.budgetLineYear === y.year)).toBe(true)
    }
  })

  it('compares steering and prioritisation with the previous quarter, as that quarter’s own pack showed them', async () => {
    const q2 = await rt.call('quarterly.get', { projectId, quarter: '2021-Q2', publication: false })
    const q1 = await rt.call('quarterly.get', { projectId, quarter: '2021-Q1', publication: false })
    expect(q2.steering.previous).toEqual({
      meetingsHeld: q1.steering.meetingsHeld,
      openActions: q1.steering.openActions.length,
      overdueCount: q1.steering.overdueCount
    })
    expect(q1.steering.meetingsHeld).toBeGreaterThan(0)
    expect(q2.passivity.previousTotal).toBe(q1.passivity.total)
    expect(q2.focusList!.previousCount).toBe(q1.focusList!.entries.length)
    const first = await rt.call('quarterly.get', { projectId, quarter: '2019-Q4', publication: false })
    expect(first.steering.previous).toBeNull()
    expect(first.passivity.previousTotal).toBeNull()
  })

  it('shows the action items open at the quarter’s end, also those closed since, with overdue as of then', async () => {
    // Every action item of the demo is closed today; at the end of the 2nd quarter 2020 three were
    // open (given 14.05 and 04.06, closed 27.08 and 10.09), and the one due 04.06 was overdue.
    const all = await rt.call('meetings.actions.list', { projectId, openOnly: true })
    expect(all).toHaveLength(0)
    const r = await rt.call('quarterly.get', { projectId, quarter: '2020-Q2', publication: false })
    const listed = await rt.call('meetings.actions.list', { projectId })
    const openAtEnd = listed.filter((a) => a.meetingDate <= '2020-06-30' && a.closedOn !== null && a.closedOn > '2020-06-30')
    expect(openAtEnd).toHaveLength(3)
    expect(r.steering.openActions.map((a) => a.id).sort()).toEqual(openAtEnd.map((a) => a.id).sort())
    expect(r.steering.overdueCount).toBe(1)
    expect(r.steering.openActions.find((a) => a.overdue)!.dueDate).toBe('2020-06-04')
    expect(r.lights.find((l) => l.key === 'actions')!.colour).not.toBe('green')
  })

  it('opens every KPI share of the quarter’s last month as the participants it counts out of its denominator', async () => {
    const r = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    const latest = r.results.months.find((m) => m.month === r.results.latestMonth)!
    const shown = {
      ...latest.shares,
      shareOfOpenCasesPassive: latest.passiveShare,
      shareOfEndedInJobOrEducation: latest.endedSuccessfulShare
    }
    for (const [kpi, share] of Object.entries(shown)) {
      const m = await rt.call('participants.kpi.members', { projectId, month: latest.month, kpi: kpi as 'shareOfOpenCasesPassive' })
      expect(m.share, kpi).toBe(share)
      expect(m.members.filter((x) => x.counted)).toHaveLength(m.count)
      expect(m.members).toHaveLength(m.total)
    }
    const passive = await rt.call('participants.kpi.members', { projectId, month: latest.month, kpi: 'shareOfOpenCasesPassive' })
    expect(passive.total).toBe(latest.openCases)
    expect(passive.members.filter((x) => x.counted).every((x) => x.status.startsWith('Passiv'))).toBe(true)
    const bad = await rt.callError('participants.kpi.members', { projectId, month: '2020-13', kpi: 'shareOfOpenCasesPassive' })
    expect(bad.code).toBe('validation')
  })

  it('leaves pseudonyms and the focus list out of the publication copy', async () => {
    const full = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    const pub = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: true })
    expect(full.focusList!.entries.length).toBeGreaterThan(0)
    expect(pub.focusList).toBeNull()
    const json = JSON.stringify(pub)
    for (const e of full.focusList!.entries) expect(json).not.toContain(`"${e.pseudonym}"`)
  })

  it('refuses a malformed quarter and one outside the period, naming the field', async () => {
    const bad = await rt.callError('quarterly.get', { projectId, quarter: '2020-Q5' })
    expect(bad.message).toBe('Feltet «Kvartal» skal skrives som år og kvartal, fx 2020-Q3 (kvartal 1–4).')
    const words = await rt.callError('quarterly.get', { projectId, quarter: '3. kvt' })
    expect(words.code).toBe('validation')
    const outside = await rt.callError('quarterly.get', { projectId, quarter: '2023-Q1' })
    expect(outside.message).toBe('1. kvartal 2023 ligger uden for projektperioden 01.12.2019–31.12.2021.')
  })

  it('keeps the quarter’s text, and shows it in the figures', async () => {
    await rt.call('quarterly.text.save', {
      projectId,
      quarter: '2020-Q3',
      risks: 'Rekruttering går langsomt.',
      nextSteps: '',
      decisions: 'Godkend ny fordeling.'
    })
    const r = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    expect(r.text).toEqual({ risks: 'Rekruttering går langsomt.', nextSteps: '', decisions: 'Godkend ny fordeling.' })
    const trail = await rt.call('audit.list', { projectId })
    expect(JSON.stringify(trail)).toContain('quarterly_text')
  })
})
