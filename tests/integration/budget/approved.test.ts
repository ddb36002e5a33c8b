// The contract the time-and-ledger domain builds on: approvedBudgetLines gives the lines of the
// budget in force on a date; drafts, versions sent to STAR and rejected revisions never count.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { approvedBudgetLines } from '../../../services/budget/approved'
import { insertAudited } from '../../../services/audit/audit'
import { minutes } from '@shared/domain/duration'
import { ore } from '@shared/domain/money'
import { viborgProjectInput } from '../../support/projects'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

async function project(): Promise<number> {
  const p = await rt.call('projects.create', viborgProjectInput(1))
  return p.id
}

const at = '2020-01-01T00:00:00.000Z'

async function version(projectId: number, number: number, status: string, effective: string | null): Promise<number> {
  // In a transaction, as every audited write (on the team database the writer lock is the transaction's).
  const row = await rt.ctx.db.transaction().execute((trx) =>
    insertAudited(
      trx,
      rt.ctx,
      'budget_version',
      {
        project_id: projectId,
        number,
        kind: number === 1 ? 'original' : 'revision',
        status,
        title: `Version ${number}`,
        reason: '',
        base_version_id: null,
        sent_date: null,
        effective_date: effective,
        decided_date: effective,
        star_reference: '',
        decision_note: '',
        decided_by_name: null,
        decided_by_role: null,
        created_at: at,
        updated_at: at
      },
      { projectId }
    )
  )
  return row.id
}

async function line(projectId: number, year: number, categoryKey: string, title: string): Promise<number> {
  return (
    await rt.ctx.db
      .transaction()
      .execute((trx) =>
        insertAudited(
          trx,
          rt.ctx,
          'budget_line',
          { project_id: projectId, year, category_key: categoryKey, title, created_at: at, updated_at: at },
          { projectId }
        )
      )
  ).id
}

async function figures(versionId: number, lineId: number, f: { staff?: number; rate?: number; minutes?: number; amount: number; note: string }) {
  await rt.ctx.db.transaction().execute((trx) =>
    insertAudited(
      trx,
      rt.ctx,
      'budget_line_figures',
      {
        version_id: versionId,
        budget_line_id: lineId,
        staff_count: f.staff ?? null,
        hourly_rate_ore: f.rate === undefined ? null : ore(f.rate),
        minutes: f.minutes === undefined ? null : minutes(f.minutes),
        amount_ore: ore(f.amount),
        note: f.note,
        created_at: at,
        updated_at: at
      },
      { projectId: null }
    )
  )
}

describe('approvedBudgetLines', () => {
  it('is empty before any budget is approved, and ignores drafts', async () => {
    const projectId = await project()
    expect(await approvedBudgetLines(rt.ctx.db, projectId, '2020-06-01')).toEqual([])
    const draft = await version(projectId, 1, 'draft', null)
    await figures(draft, await line(projectId, 2020, 'jobBroker', 'Jobformidlere'), { amount: 100, note: 'x' })
    expect(await approvedBudgetLines(rt.ctx.db, projectId, '2020-06-01')).toEqual([])
  })

  it('gives the lines of the version in force on the date; sent and rejected revisions do not count', async () => {
    const projectId = await project()
    const broker = await line(projectId, 2020, 'jobBroker', 'Jobformidlere')
    const audit = await line(projectId, 2020, 'audit', 'Revision')
    const v1 = await version(projectId, 1, 'approved', '2020-01-10')
    await figures(v1, broker, { staff: 2, rate: 26391, minutes: 82368, amount: 72454580, note: '2 jobformidlere à 26,4 timer om ugen' })
    await figures(v1, audit, { amount: 2000000, note: 'Revisorerklæring' })
    const v2 = await version(projectId, 2, 'approved', '2020-09-01')
    await figures(v2, broker, { staff: 2, rate: 26391, minutes: 80000, amount: 70374667, note: 'Færre timer' })
    await figures(v2, audit, { amount: 4079913, note: 'Revision og delregnskab' })
    const v3 = await version(projectId, 3, 'sent', null)
    await figures(v3, broker, { amount: 1, note: 'sendt, ikke godkendt' })
    const v4 = await version(projectId, 4, 'rejected', '2020-10-01')
    await figures(v4, broker, { amount: 2, note: 'afvist' })

    expect(await approvedBudgetLines(rt.ctx.db, projectId, '2020-01-09')).toEqual([])
    const before = await approvedBudgetLines(rt.ctx.db, projectId, '2020-08-31')
    expect(before).toEqual([
      {
        budgetLineId: broker,
        year: 2020,
        categoryKey: 'jobBroker',
        title: 'Jobformidlere',
        staffCount: 2,
        hourlyRateOre: 26391,
        minutes: 82368,
        amountOre: 72454580,
        note: '2 jobformidlere à 26,4 timer om ugen'
      },
      {
        budgetLineId: audit,
        year: 2020,
        categoryKey: 'audit',
        title: 'Revision',
        staffCount: null,
        hourlyRateOre: null,
        minutes: null,
        amountOre: 2000000,
        note: 'Revisorerklæring'
      }
    ])
    const after = await approvedBudgetLines(rt.ctx.db, projectId, '2020-12-31')
    expect(after.map((l) => l.amountOre)).toEqual([70374667, 4079913])
    // Without a date: today (the version approved in 2020 is still in force).
    expect((await approvedBudgetLines(rt.ctx.db, projectId)).map((l) => l.amountOre)).toEqual([70374667, 4079913])
  })
})
