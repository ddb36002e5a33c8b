import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

const base = {
  poolId: 3,
  municipality: 'Hedensted Kommune',
  title: 'Ressourceforløb med jobperspektiv',
  caseNumber: '',
  responsible: 'Allan Munkholm',
  periodStart: '2018-01-01',
  periodEnd: '2019-12-31',
  amountAppliedOre: 118750000,
  grantAmountOre: 118750000,
  grantByYear: [
    { year: 2018, amountOre: 60000000 },
    { year: 2019, amountOre: 58750000 }
  ]
}

describe('projects', () => {
  it("the demo project carries Herning's real grant and year split, and reports the 1,00 kr. difference", async () => {
    const { projectId, created } = await rt.call('demo.open', {})
    expect(created).toBe(true)
    const p = await rt.call('projects.get', { projectId })
    expect(p.municipality).toBe('Herning Kommune')
    expect(p.poolKey).toBe('FSM2')
    expect(p.grantAmountOre).toBe(223507400)
    expect(p.amountAppliedOre).toBe(223507347)
    expect(p.grantByYear).toEqual([
      { year: 2019, amountOre: 63121500 },
      { year: 2020, amountOre: 85880500 },
      { year: 2021, amountOre: 74505300 }
    ])
    expect(p.grantSplit.differenceOre).toBe(100)
    expect(p.grantSplit.balanced).toBe(false)
    // The seed's staffing: a project leader and two job brokers at 26,4 of 37 hours a week; from
    // April 2021 a health coordinator (the budget revision STAR approved) at 30 % of her time.
    const staff = await rt.call('staff.list', { projectId })
    expect(staff.map((s) => [s.functionKey, s.projectShareBp, s.employedFrom])).toEqual([
      ['jobBroker', 7135, '2019-12-01'],
      ['socialHealthStaff', 3000, '2021-04-01'],
      ['projectManagement', 10000, '2019-12-01'],
      ['jobBroker', 7135, '2019-12-01']
    ])
    // Opening it again does not make a second one.
    expect((await rt.call('demo.open', {})).created).toBe(false)
    expect((await rt.call('projects.list', {})).filter((x) => x.isDemo)).toHaveLength(1)
  })

  it('creates and updates a project, and records both in the audit trail with who and when', async () => {
    const p = await rt.call('projects.create', base)
    expect(p.grantSplit.balanced).toBe(true)
    rt.setNow('2020-07-01T08:00:00.000Z')
    await rt.call('projects.update', { ...base, projectId: p.id, grantByYear: [{ year: 2018, amountOre: 60000000 }] })
    const after = await rt.call('projects.get', { projectId: p.id })
    expect(after.grantSplit.differenceOre).toBe(58750000)
    expect(after.grantSplit.missingYears).toEqual([2019])
    const trail = await rt.call('audit.list', { projectId: p.id })
    expect(trail.some((e) => e.entity === 'project' && e.action === 'create')).toBe(true)
    const removed = trail.find((e) => e.entity === 'project_grant_year' && e.action === 'delete')
    expect(removed?.before).toMatchObject({ year: 2019, amount_ore: 58750000 })
    expect(removed?.at).toBe('2020-07-01T08:00:00.000Z')
    expect(removed?.osUser).toBeTruthy()
  })

  it('refuses an end date before the start date, naming the field, and saves nothing', async () => {
    const error = await rt.callError('projects.create', { ...base, periodStart: '2020-01-01', periodEnd: '2019-01-01', grantByYear: [] })
    expect(error.code).toBe('validation')
    expect(error.field).toBe('periodEnd')
    expect(error.message).toContain('Slutdato')
    expect(await rt.call('projects.list', {})).toHaveLength(0)
  })

  it('refuses a year of the split outside the project period', async () => {
    const error = await rt.callError('projects.create', { ...base, grantByYear: [{ year: 2025, amountOre: 1 }] })
    expect(error.message).toBe('Året 2025 ligger uden for projektperioden.')
  })

  it('answers not_found for a project that does not exist', async () => {
    const error = await rt.callError('projects.get', { projectId: 999 })
    expect(error).toMatchObject({ code: 'not_found', message: 'Projekt 999 findes ikke.' })
  })
})
