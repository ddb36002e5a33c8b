import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

// The project's front page answers «are we on track?» with the quarterly pack's own lights, the
// spending view's alerts grouped into lines, and the KPIs against their targets, met or not.
describe('the overview after the demo project’s period', () => {
  let rt: TestRuntime
  let projectId: number
  beforeAll(async () => {
    rt = await createTestRuntime({ now: '2026-12-03T10:00:00.000Z' })
    projectId = (await rt.call('demo.open', {})).projectId
  })
  afterAll(async () => {
    await rt.close()
  })

  it('shows the pack’s lights of the period’s last quarter, plus the instalments, worst first', async () => {
    const ov = await rt.call('quarterly.overview', { projectId })
    expect(ov.asOf).toBe('2021-12-31')
    expect(ov.quarter.key).toBe('2021-Q4')
    const pack = await rt.call('quarterly.get', { projectId, quarter: '2021-Q4', publication: false })
    // The same rules: every light of the pack is on the front page with the same colour and words,
    // except the instalments (the front page judges them as of today) and the KPI targets other than
    // passive cases, which it lists in its table of KPIs, met or not met as the pack's lights say.
    for (const l of pack.lights) {
      if (l.key === 'instalments') continue
      const kpi = /^target:(share\w+)$/.exec(l.key)?.[1]
      if (kpi) expect(ov.kpis.rows.find((r) => r.kpi === kpi)!.met).toBe(l.colour === 'green')
      else if (l.key !== 'target:caseload') expect(ov.lights).toContainEqual(l)
    }
    expect(pack.lights.filter((l) => /^target:share/.test(l.key)).length).toBeGreaterThanOrEqual(3)
    const instalments = ov.lights.find((l) => l.key === 'instalments')!
    expect(instalments).toMatchObject({ colour: 'yellow', rule: '2. rate var ventet 30.06.2022 og er ikke modtaget' })
    const rank = { red: 0, yellow: 1, grey: 2, green: 3 }
    const ranks = ov.lights.map((l) => rank[l.colour])
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(ov.lights[0]).toMatchObject({ key: 'target:passive', colour: 'red' })
  })

  it('puts the overspent line first and groups the lines over 90 % into one line', async () => {
    const ov = await rt.call('quarterly.overview', { projectId })
    expect(ov.alerts[0]).toMatchObject({
      severity: 'error',
      title: '«Projektleder (også personlig jobformidler) 2021» er overskredet med 6.191,50 kr.'
    })
    const over90 = ov.alerts.find((a) => a.key === 'passedThreshold:9000')!
    expect(over90.title).toBe('10 budgetposter over 90 %')
    expect(over90.items).toHaveLength(10)
    expect(over90.items[0]!.message).toContain('har brugt')
    // One line per kind: the spending view's eleven alerts are three lines or fewer here.
    const spending = await rt.call('budget.spending', { projectId })
    expect(spending.alerts.length).toBeGreaterThan(10)
    expect(ov.alerts.length).toBeLessThanOrEqual(2)
    // The 1,00 kr. between budget and grant is the grant split's: said with the grant, not here.
    expect(ov.alerts.some((a) => a.title.includes('1,00 kr.'))).toBe(false)
  })

  it('says for every KPI shown against a target whether it is met', async () => {
    const ov = await rt.call('quarterly.overview', { projectId })
    expect(ov.kpis.month).toBe('2021-12')
    expect(ov.kpis.rows.length).toBeGreaterThanOrEqual(4)
    for (const r of ov.kpis.rows) expect(typeof r.met).toBe('boolean')
    expect(ov.kpis.rows.find((r) => r.kpi === 'shareOfEffortGroupInWorkPlacement')).toMatchObject({ target: 0.4, met: false })
    // Passive cases have their own light (red, 10,8 % against at most 10 %): said there, not twice.
    expect(ov.kpis.rows.some((r) => r.kpi === 'shareOfOpenCasesPassive')).toBe(false)
  })
})

describe('the overview while a quarter is under way', () => {
  let rt: TestRuntime
  let projectId: number
  beforeAll(async () => {
    rt = await createTestRuntime({ now: '2021-08-10T10:00:00.000Z' })
    projectId = (await rt.call('demo.open', {})).projectId
  })
  afterAll(async () => {
    await rt.close()
  })

  it('takes spending as of today and does not call a quarter missed before it ends', async () => {
    const ov = await rt.call('quarterly.overview', { projectId })
    expect(ov.asOf).toBe('2021-08-10')
    expect(ov.quarter.key).toBe('2021-Q3')
    const spending = await rt.call('budget.spending', { projectId, asOf: '2021-08-10' })
    // The spending view's own figures, written as it writes them (a measured share: one decimal).
    const used = formatMeasuredBasisPoints(spending.totals.usedBp!)
    const elapsed = formatMeasuredBasisPoints(spending.totals.elapsedBp)
    expect(used).toMatch(/^\d+,\d %$/)
    expect(ov.lights.find((l) => l.key === 'spending')!.rule).toBe(`Forbrug ${used} mod ${elapsed} af perioden`)
    // The implementation group holds no meeting in the 3rd quarter 2021: on 10 August it is not missed yet…
    const implementation = ov.lights.find((l) => l.label.startsWith('Møder: Implementeringsgruppe'))!
    expect(implementation).toMatchObject({ colour: 'yellow', rule: 'Intet møde holdt endnu i kvartalet; det skal holdes senest 30.09.2021' })
    // …while the pack made after the quarter calls it missed.
    rt.setNow('2021-10-10T10:00:00.000Z')
    const pack = await rt.call('quarterly.get', { projectId, quarter: '2021-Q3', publication: false })
    expect(pack.lights.find((l) => l.label.startsWith('Møder: Implementeringsgruppe'))!.colour).toBe('red')
  })
})
