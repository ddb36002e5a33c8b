// A small project for the time domain's tests: staff, rates and budget lines written directly
// (through the audit trail), as the budget domain would.
import { insertAudited } from '../../../services/audit/audit'
import type { TestRuntime } from '../../support/runtime'
import { minutes } from '@shared/domain/duration'
import { ore } from '@shared/domain/money'
import { basisPoints } from '@shared/domain/percent'

export interface Fixture {
  projectId: number
  jonas: number
  mette: number
  lines: Record<string, number>
  rates: Record<string, number>
}

export async function createFixture(rt: TestRuntime): Promise<Fixture> {
  const pools = await rt.call('pools.list', {})
  const project = await rt.call('projects.create', {
    poolId: pools.find((p) => p.key === 'FSM2')!.id,
    municipality: 'Testrup Kommune',
    title: 'Flere i job',
    caseNumber: '15.00.00-A00-9-20',
    responsible: 'Bente Hjorth',
    periodStart: '2019-12-01',
    periodEnd: '2021-12-31',
    amountAppliedOre: 100000000,
    grantAmountOre: 100000000,
    grantByYear: []
  })
  const ctx = rt.ctx
  const now = '2020-01-01T00:00:00.000Z'
  return ctx.db.transaction().execute(async (trx) => {
    const meta = { projectId: project.id }
    const staff = async (name: string, functionKey: string, share: number) =>
      (
        await insertAudited(
          trx,
          ctx,
          'staff',
          {
            project_id: project.id,
            name,
            function_key: functionKey,
            title: functionKey,
            weekly_minutes: minutes(2220),
            project_share_bp: basisPoints(share),
            employed_from: '2019-12-01',
            employed_to: null,
            note: '',
            created_at: now,
            updated_at: now
          },
          meta
        )
      ).id
    const jonas = await staff('Jonas Holm', 'jobBroker', 7135)
    const mette = await staff('Mette Kjær', 'projectManagement', 10000)
    const rate = async (staffId: number, from: string, to: string | null, hourlyOre: number) =>
      (
        await insertAudited(
          trx,
          ctx,
          'staff_rate',
          {
            staff_id: staffId,
            valid_from: from,
            valid_to: to,
            salary_parts_json: JSON.stringify([{ key: 'aIndkomst', label: 'A-indkomst', amountOre: hourlyOre * 1924 }]),
            annual_salary_ore: ore(hourlyOre * 1924),
            divisor_minutes: minutes(115440),
            hourly_rate_ore: ore(hourlyOre),
            note: '',
            created_at: now,
            updated_at: now
          },
          meta
        )
      ).id
    const rates = {
      jonas2019: await rate(jonas, '2019-12-01', '2020-03-15', 30000),
      jonas2020: await rate(jonas, '2020-03-16', null, 31000),
      mette: await rate(mette, '2019-12-01', null, 40000)
    }
    const lines: Record<string, number> = {}
    for (const year of [2019, 2020, 2021]) {
      for (const [key, title] of [
        ['jobBroker', 'Jobformidlere'],
        ['projectManagement', 'Projektleder']
      ] as const) {
        lines[`${key}${year}`] = (
          await insertAudited(trx, ctx, 'budget_line', { project_id: project.id, year, category_key: key, title, created_at: now, updated_at: now }, meta)
        ).id
      }
    }
    lines.audit2021 = (
      await insertAudited(
        trx,
        ctx,
        'budget_line',
        { project_id: project.id, year: 2021, category_key: 'audit', title: 'Revision', created_at: now, updated_at: now },
        meta
      )
    ).id
    return { projectId: project.id, jonas, mette, lines, rates }
  })
}

/** The Monday of the week that holds `date`. */
export function cellsFor(activityId: number, days: Record<string, number>) {
  return Object.entries(days).map(([date, minutes]) => ({ date, activityId, minutes }))
}
