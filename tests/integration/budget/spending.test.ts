// Spending from the ledger's postings (inserted here as the time-and-ledger domain will), measured
// only against the approved budget; instalments with their status.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { insertAudited } from '../../../services/audit/audit'
import { createFsm2Project } from './helpers'
import { ore } from '@shared/domain/money'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-07-01T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

async function post(projectId: number, budgetLineId: number, date: string, amountOre: number) {
  // In a transaction, as every audited write (on the team database the writer lock is the transaction's).
  await rt.ctx.db.transaction().execute((trx) =>
    insertAudited(
      trx,
      rt.ctx,
      'posting',
      {
        project_id: projectId,
        budget_line_id: budgetLineId,
        posting_date: date,
        staff_id: null,
        minutes: null,
        hourly_rate_ore: null,
        staff_rate_id: null,
        amount_ore: ore(amountOre),
        source: 'manual',
        document_ref: 'Bilag 1',
        description: 'Løn',
        reverses_posting_id: null,
        created_at: '2020-07-01T10:00:00.000Z'
      },
      { projectId }
    )
  )
}

const approval = { starReference: 'Tilsagnsbrev', decisionNote: '', actorName: 'Mette Kjær', actorRole: 'Projektleder' }

describe('the spending view', () => {
  it('shows budget, spent, remaining, % used against % elapsed, forecast and alerts; a revision counts only after approval', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    const brokers = await rt.call('budget.addLine', {
      versionId: v1.id,
      year: 2020,
      categoryKey: 'jobBroker',
      title: 'Jobformidlere',
      amountOre: null,
      staffCount: 2,
      hourlyRateOre: 25000,
      minutes: 1000 * 60,
      note: '2 × 1.000 timer'
    })
    const audit = await rt.call('budget.addLine', {
      versionId: v1.id,
      year: 2021,
      categoryKey: 'audit',
      title: 'Revision',
      amountOre: 2000000,
      note: 'Revisorerklæring'
    })
    await rt.call('budget.approve', { versionId: v1.id, decidedDate: '2020-01-05', ...approval })

    // 400.000 kr. of 500.000 kr. spent by 1 July 2020 (half the year gone): 80 % used.
    await post(projectId, brokers.budgetLineId, '2020-03-31', 20000000)
    await post(projectId, brokers.budgetLineId, '2020-06-30', 20000000)
    await post(projectId, brokers.budgetLineId, '2020-07-31', 1000000) // after asOf: not counted

    const s = await rt.call('budget.spending', { projectId })
    expect(s.asOf).toBe('2020-07-01')
    const line = s.lines.find((l) => l.budgetLineId === brokers.budgetLineId)!
    expect(line).toMatchObject({
      budgetOre: 50000000,
      spentOre: 40000000,
      remainingOre: 10000000,
      usedBp: 8000,
      elapsedBp: 5000,
      flag: 'over',
      passedThresholdBp: 7500
    })
    // 400.000 kr. in 183 of 366 days → 800.000,00 kr. by 31.12.2020
    expect(line.forecastOre).toBe(80000000)
    expect(s.years.map((y) => [y.year, y.grantOre, y.budgetOre, y.spentOre])).toEqual([
      [2020, 75000000, 50000000, 40000000],
      [2021, 75000000, 2000000, 0]
    ])
    expect(s.totals).toMatchObject({ budgetOre: 52000000, spentOre: 40000000, grantAmountOre: 150000000, budgetVsGrantOre: -98000000 })
    const messages = s.alerts.map((a) => a.message)
    expect(messages).toContain('«Jobformidlere 2020» har brugt 80,0 % af budgettet (over 75 %).')
    expect(messages).toContain(
      '«Jobformidlere 2020» bruger hurtigere end perioden går: 80,0 % brugt, 50,0 % af perioden gået. Prognose ved periodens slut: 800.000,00 kr.'
    )
    expect(messages[0]).toBe(
      'Det godkendte budget er 980.000,00 kr. mindre end tilsagnet. Afklar forskellen (fx med en budgetændring), så budget og tilsagn stemmer.'
    )

    // A revision raising the line: sent, not approved → the view does not change.
    const v2 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    await rt.call('budget.updateLine', {
      versionId: v2.id,
      budgetLineId: brokers.budgetLineId,
      year: 2020,
      categoryKey: 'jobBroker',
      title: 'Jobformidlere',
      amountOre: null,
      staffCount: 2,
      hourlyRateOre: 25000,
      minutes: 1600 * 60,
      note: '2 × 1.600 timer'
    })
    await rt.call('budget.send', { versionId: v2.id, sentDate: '2020-07-01', reason: 'Flere timer' })
    expect((await rt.call('budget.spending', { projectId })).lines.find((l) => l.budgetLineId === brokers.budgetLineId)!.budgetOre).toBe(50000000)
    await rt.call('budget.approve', { versionId: v2.id, decidedDate: '2020-07-01', ...approval, starReference: 'J.nr. 1' })
    const after = await rt.call('budget.spending', { projectId })
    expect(after.lines.find((l) => l.budgetLineId === brokers.budgetLineId)).toMatchObject({
      budgetOre: 80000000,
      usedBp: 5000,
      flag: null,
      passedThresholdBp: 5000
    })
    expect(after.inForceVersion!.number).toBe(2)
    // Asking for a date before the revision's approval measures against version 1.
    expect((await rt.call('budget.spending', { projectId, asOf: '2020-06-30' })).inForceVersion!.number).toBe(1)
    expect(audit.amountOre).toBe(2000000)
  })

  it('postings on a line that is not in the approved budget are shown and flagged', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    const line = await rt.call('budget.addLine', { versionId: v1.id, year: 2020, categoryKey: 'audit', title: 'Revision', amountOre: 100000, note: 'x' })
    await post(projectId, line.budgetLineId, '2020-02-01', 5000)
    const s = await rt.call('budget.spending', { projectId })
    expect(s.inForceVersion).toBeNull()
    expect(s.lines).toMatchObject([{ inBudget: false, spentOre: 5000, budgetOre: 0 }])
    expect(s.alerts.map((a) => a.message)).toContain('Der er bogført 50,00 kr. på «Revision 2020», som ikke er i det godkendte budget.')
  })
})

describe('instalments', () => {
  it('applies FSM2’s rules, shows the result condition as not yet measured, and records status audited', async () => {
    const projectId = await createFsm2Project(rt)
    const r = await rt.call('budget.instalments', { projectId })
    expect(r.instalments.map((i) => [i.no, i.basis, i.maxAmountOre, i.status, i.condition.outcome])).toEqual([
      [1, 'interimAccount', 75000000, 'expected', 'none'],
      [2, 'finalAccount', 75000000, 'expected', 'notMeasured']
    ])
    expect(r.instalments[1]!.condition.tiers.map((t) => t.detail)).toEqual(['Ikke målt endnu', 'Ikke målt endnu'])

    const error = await rt.callError('budget.updateInstalment', { projectId, no: 1, status: 'received', receivedDate: '2021-03-15' })
    expect(error.field).toBe('receivedAmountOre')
    await rt.call('budget.updateInstalment', {
      projectId,
      no: 1,
      status: 'appliedFor',
      appliedDate: '2021-01-31',
      appliedAmountOre: 60000000,
      note: 'Delregnskab sendt'
    })
    const got = await rt.call('budget.updateInstalment', {
      projectId,
      no: 1,
      status: 'received',
      appliedDate: '2021-01-31',
      appliedAmountOre: 60000000,
      receivedDate: '2021-03-15',
      receivedAmountOre: 60000000,
      note: ''
    })
    expect(got).toMatchObject({ status: 'received', receivedAmountOre: 60000000, receivedDate: '2021-03-15' })
    expect((await rt.call('budget.instalments', { projectId })).receivedTotalOre).toBe(60000000)
    const trail = await rt.call('audit.list', { projectId, entity: 'budget_instalment' })
    expect(trail.map((e) => e.action)).toEqual(['update', 'create'])
  })
})
