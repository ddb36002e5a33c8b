import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { ratePeriods } from '../../../services/time/salaryPostings'
import { rateOn } from '@shared/domain/time/salary'
import { createFsm2Project, salaryParts } from '../budget/helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

const broker = {
  name: 'Jonas Holm',
  functionKey: 'jobBroker',
  title: 'Jobformidler',
  weeklyMinutes: 2220,
  projectShareBp: 7135,
  employedFrom: '2020-01-01',
  note: '26,4 timer om ugen'
}

describe('staff and hourly rates', () => {
  it('computes each rate by the pool formula, keeps the history, and a cost finds the rate valid on its date', async () => {
    const projectId = await createFsm2Project(rt)
    const s = await rt.call('staff.create', { projectId, ...broker })
    const first = await rt.call('staff.rates.add', { staffId: s.id, validFrom: '2020-01-01', salaryParts: salaryParts(42000000, 7140000), note: 'Ansættelse' })
    expect(first.hourlyRateOre).toBe(25718) // 494.808,00 / 1.924 = 257,1767… → 257,18
    expect(first.calculation).toBe('(A-indkomst før arbejdsmarkedsbidrag 420.000,00 + Pension 71.400,00 + ATP 3.408,00) / 1.924,00 timer = 257,18 kr./time')
    const raise = await rt.call('staff.rates.add', { staffId: s.id, validFrom: '2021-04-01', salaryParts: salaryParts(42840000, 7282800), note: 'OK21' })
    expect(raise.validTo).toBeNull()

    const list = await rt.call('staff.rates.list', { projectId })
    const rates = list.staff[0]!.rates
    expect(rates.map((r) => [r.validFrom, r.validTo])).toEqual([
      ['2020-01-01', '2021-03-31'],
      ['2021-04-01', null]
    ])
    expect(list.staff[0]!.functionLabel).toBe('Jobformidlere')
    expect(list.formula.divisorMinutes).toBe(115440)
    // The rate a salary posting uses on a date is the production rule (rateOn over the stored periods).
    expect(rateOn(await ratePeriods(rt.ctx.db, s.id), '2021-03-31')!.rateId).toBe(first.id)
    expect(rateOn(await ratePeriods(rt.ctx.db, s.id), '2021-04-01')!.rateId).toBe(raise.id)

    const trail = await rt.call('audit.list', { projectId, entity: 'staff_rate' })
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'create'])
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('refuses a staff member whose function the pool does not pay for, naming the rule', async () => {
    const projectId = await createFsm2Project(rt)
    const error = await rt.callError('staff.create', { projectId, ...broker, functionKey: 'firmMentor' })
    expect(error.code).toBe('rule')
    expect(error.field).toBe('functionKey')
    expect(error.message).toContain('virksomhedsmentorer, der er ansat på virksomhederne')
    expect(await rt.call('staff.list', { projectId })).toEqual([])
  })

  it('refuses two rates from the same date, and deletes only the latest unused rate', async () => {
    const projectId = await createFsm2Project(rt)
    const s = await rt.call('staff.create', { projectId, ...broker })
    const a = await rt.call('staff.rates.add', { staffId: s.id, validFrom: '2020-01-01', salaryParts: salaryParts(42000000, 7140000), note: '' })
    const error = await rt.callError('staff.rates.add', { staffId: s.id, validFrom: '2020-01-01', salaryParts: salaryParts(1, 1), note: '' })
    expect(error.field).toBe('validFrom')
    const b = await rt.call('staff.rates.add', { staffId: s.id, validFrom: '2020-07-01', salaryParts: salaryParts(43000000, 7140000), note: '' })
    expect((await rt.callError('staff.rates.delete', { rateId: a.id })).message).toBe('Kun den seneste timesats kan slettes.')
    await rt.call('staff.rates.delete', { rateId: b.id, reason: 'Tastefejl' })
    const rates = (await rt.call('staff.rates.list', { projectId })).staff[0]!.rates
    expect(rates.map((r) => [r.validFrom, r.validTo])).toEqual([['2020-01-01', null]])
  })
})
