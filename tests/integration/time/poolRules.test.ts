import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { cellsFor, createFixture, type Fixture } from './helpers'

let rt: TestRuntime
let f: Fixture
let poolId: number

beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-04-20T10:00:00.000Z' })
  f = await createFixture(rt)
  poolId = (await rt.call('projects.get', { projectId: f.projectId })).poolId
})
afterEach(async () => {
  await rt.close()
})

describe('the pool’s time rules', () => {
  it('are shipped for FSM2 and can be edited, through the audit trail', async () => {
    const shipped = await rt.call('time.rules.get', { poolId })
    expect(shipped.shipped).toBe(true)
    const saved = await rt.call('time.rules.save', {
      poolId,
      rules: { ...shipped.rules, statement: { ...shipped.rules.statement, allowed: false } },
      reason: 'Kommunens revisor ønsker timesedler for alle'
    })
    expect(saved).toMatchObject({ shipped: false, rules: { statement: { allowed: false } } })
    const audit = await rt.call('audit.list', { entity: 'grant_pool_rules' })
    expect(audit[0]).toMatchObject({ reason: 'Kommunens revisor ønsker timesedler for alle' })
  })

  it('without management statements, staff 100 % on the project register hours like everybody else', async () => {
    const rules = (await rt.call('time.rules.get', { poolId })).rules
    await rt.call('time.rules.save', { poolId, rules: { ...rules, statement: { ...rules.statement, allowed: false } }, reason: '' })
    const staff = await rt.call('time.staff', { projectId: f.projectId })
    expect(staff.find((s) => s.id === f.mette)!.mode).toBe('timesheet')
    const activity = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[2]!.id
    const week = await rt.call('time.week.save', {
      projectId: f.projectId,
      staffId: f.mette,
      weekStart: '2020-01-13',
      cells: cellsFor(activity, { '2020-01-13': 444 })
    })
    expect(week.totals.minutes).toBe(444)
  })

  it('where the pool does not ask employees to sign, a new project’s manager approves directly', async () => {
    const rules = (await rt.call('time.rules.get', { poolId })).rules
    await rt.call('time.rules.save', { poolId, rules: { ...rules, signature: { ...rules.signature, employeeSigns: false } }, reason: '' })
    expect((await rt.call('time.settings.get', { projectId: f.projectId })).requireEmployeeSignature).toBe(false)
    const activity = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
    await rt.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-01-13', cells: cellsFor(activity, { '2020-01-13': 444 }) })
    const row = await rt.call('time.month.approve', {
      projectId: f.projectId,
      staffId: f.jonas,
      month: '2020-01',
      approverName: 'Bente Hjorth',
      approverRole: 'Chef',
      statementText: ''
    })
    expect(row.status).toBe('approved')
  })
})
