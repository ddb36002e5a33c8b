// The demo project: Herning Kommune's "Flere skal med 2", built from resources/demo/herning-fsm2.json.
// Each domain adds its part (budget, hours, meetings, participants) through its own seeder, in order.
import demoFacts from '../../resources/demo/herning-fsm2.json'
import { minutes } from '@shared/domain/duration'
import { ore } from '@shared/domain/money'
import { basisPoints } from '@shared/domain/percent'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited } from '../audit/audit'
import { inOneWriteTransaction } from '../db/sqlite'
import { createProject } from '../core/projects'
import { poolIdByKey } from '../pools/pools'
import { seedBudgetDemo } from '../budget/demo'
import { seedTimeDemo } from '../time/demo'
import { seedMeetingsDemo } from '../meetings/demo'
import { seedParticipantsDemo } from '../participants/demo'

export type DemoFacts = typeof demoFacts
export { demoFacts }

async function findDemoProject(ctx: ServiceContext): Promise<number | null> {
  const row = await ctx.db.selectFrom('project').select('id').where('is_demo', '=', 1).orderBy('id').executeTakeFirst()
  return row?.id ?? null
}

/** Opens the demo project, creating it (with every domain's part) when the database has none. */
export async function openDemoProject(ctx: ServiceContext): Promise<{ projectId: number; created: boolean }> {
  const existing = await findDemoProject(ctx)
  if (existing !== null) return { projectId: existing, created: false }
  // One transaction (issue #13): a crash or a kill half-way leaves no half demo that the next run
  // would take for the whole one.
  // On the team database each part is its own transaction (the services write through the pool).
  if (!ctx.sqlite) return { projectId: await createDemo(ctx), created: true }
  return inOneWriteTransaction(ctx.sqlite, async () => {
    const again = await findDemoProject(ctx)
    if (again !== null) return { projectId: again, created: false }
    return { projectId: await createDemo(ctx), created: true }
  })
}

async function createDemo(ctx: ServiceContext): Promise<number> {
  const p = demoFacts.project
  const project = await createProject(
    ctx,
    {
      poolId: await poolIdByKey(ctx.db, p.poolKey),
      municipality: p.municipality,
      title: p.title,
      caseNumber: p.caseNumber,
      responsible: p.responsible,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      amountAppliedOre: ore(p.amountAppliedOre),
      grantAmountOre: ore(p.grantAmountOre),
      grantByYear: p.grantByYear.map((g) => ({ year: g.year, amountOre: ore(g.amountOre) }))
    },
    { isDemo: true }
  )
  await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso(ctx)
    for (const m of demoFacts.staffMembers) {
      await insertAudited(
        trx,
        ctx,
        'staff',
        {
          project_id: project.id,
          name: m.name,
          function_key: m.functionKey,
          title: m.title,
          weekly_minutes: minutes(m.weeklyMinutes),
          project_share_bp: basisPoints(m.projectShareBp),
          employed_from: m.employedFrom,
          employed_to: null,
          note: m.note ?? '',
          created_at: now,
          updated_at: now
        },
        { projectId: project.id }
      )
    }
  })
  await seedBudgetDemo(ctx, project.id, demoFacts)
  await seedTimeDemo(ctx, project.id, demoFacts)
  await seedMeetingsDemo(ctx, project.id, demoFacts)
  await seedParticipantsDemo(ctx, project.id, demoFacts)
  return project.id
}
