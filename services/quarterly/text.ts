// The project leader's own text for a quarter (risks, next steps, what the steering group is asked
// to decide): one row per project and quarter, written through the audit trail.
import { insertAudited, updateAudited } from '../audit/audit'
import { nowIso, type ServiceContext } from '../context'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

interface QuarterText {
  risks: string
  nextSteps: string
  decisions: string
}

export async function readQuarterText(db: Kysely<Database>, projectId: number, quarter: string): Promise<QuarterText> {
  const row = await db.selectFrom('quarterly_text').selectAll().where('project_id', '=', projectId).where('quarter', '=', quarter).executeTakeFirst()
  return { risks: row?.risks ?? '', nextSteps: row?.next_steps ?? '', decisions: row?.decisions ?? '' }
}

export async function saveQuarterText(ctx: ServiceContext, projectId: number, quarter: string, text: QuarterText): Promise<QuarterText> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('quarterly_text').select('id').where('project_id', '=', projectId).where('quarter', '=', quarter).executeTakeFirst()
    const values = { risks: text.risks, next_steps: text.nextSteps, decisions: text.decisions, updated_at: nowIso(ctx) }
    if (row) await updateAudited(trx, ctx, 'quarterly_text', row.id, values, { projectId })
    else await insertAudited(trx, ctx, 'quarterly_text', { project_id: projectId, quarter, ...values }, { projectId })
    return readQuarterText(trx, projectId, quarter)
  })
}
