// The KPIs counted in SQL (services/participants/kpiSql.ts) equal the rule applied to every status
// loaded into JavaScript (shared/domain/participants/kpis.ts `monthlyKpis`), on the demo's 150
// participants with exits, group changes, passive months, CVs and job plans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { monthlyKpisLoaded } from '../../../services/participants/kpis'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2021-06-15T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
}, 240_000)
afterAll(async () => {
  await rt.close()
})

describe('KPIs aggregated in SQL', () => {
  it('give the same figures month by month as the rule over every loaded status (the demo)', async () => {
    const report = await rt.call('participants.kpi.monthly', { projectId })
    const months = report.months.map((m) => m.month)
    expect(months.length).toBeGreaterThan(12)
    const loaded = await monthlyKpisLoaded(rt.ctx, projectId, months)
    const strip = <T extends { caseload?: unknown }>({ caseload: _c, ...rest }: T) => rest
    expect(report.months.map(strip)).toEqual(loaded)
    // Not a comparison of zeros: the demo's KPIs count people
    const figures = ['paidHoursMinutes', 'passive', 'withStatus', 'jobPlan', 'cvUpToDate', 'ended'] as const
    expect(figures.filter((f) => !loaded.some((k) => k[f] > 0))).toEqual([])
    expect(loaded.some((k) => Object.values(k.counts).some((n) => n > 0))).toBe(true)
    expect(report.lastStatusMonth).not.toBeNull()
  })

  it('as of an earlier month the same as the loaded rule up to that month', async () => {
    const { kpiReport } = await import('../../../services/participants/kpis')
    const report = await kpiReport(rt.ctx, projectId, { toMonth: '2020-09' })
    expect(report.months.at(-1)!.month).toBe('2020-09')
    expect(report.lastStatusMonth).toBe('2020-09')
    const loaded = await monthlyKpisLoaded(
      rt.ctx,
      projectId,
      report.months.map((m) => m.month)
    )
    expect(report.months.map(({ caseload: _c, ...rest }) => rest)).toEqual(loaded)
  })
})
