// Where a project has more than one budget line of a staff member's category in a year (e.g. two
// job broker lines), the user chooses the line that staff member's salary goes to, per year.
import type { SalaryLineChoice } from '@shared/api/time'
import { yearsOfPeriod } from '@shared/domain/dates'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited } from '../audit/audit'
import { activeSpan, categoryLabels, requireProjectPeriod, requireStaff, type Db } from './common'

export async function listLineChoices(db: Db, projectId: number): Promise<SalaryLineChoice[]> {
  const project = await requireProjectPeriod(db, projectId)
  const staff = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  const lines = await db.selectFrom('budget_line').select(['id', 'year', 'category_key', 'title']).where('project_id', '=', projectId).orderBy('id').execute()
  const choices = await db.selectFrom('salary_line_choice').selectAll().where('project_id', '=', projectId).execute()
  const out: SalaryLineChoice[] = []
  for (const s of staff) {
    const span = activeSpan(project, s)
    if (span.from > span.to) continue
    for (const year of yearsOfPeriod(span.from, span.to)) {
      const candidates = lines.filter((l) => l.year === year && l.category_key === s.function_key)
      if (candidates.length < 2) continue
      const chosen = choices.find((c) => c.staff_id === s.id && c.year === year)
      out.push({
        staffId: s.id,
        staffName: s.name,
        year,
        categoryKey: s.function_key,
        candidates: candidates.map((c) => ({ id: c.id, title: c.title })),
        chosenBudgetLineId: chosen && candidates.some((c) => c.id === chosen.budget_line_id) ? chosen.budget_line_id : null
      })
    }
  }
  return out
}

export async function setLineChoice(
  ctx: ServiceContext,
  input: { projectId: number; staffId: number; year: number; budgetLineId: number }
): Promise<SalaryLineChoice[]> {
  const { projectId, staffId, year, budgetLineId } = input
  await ctx.db.transaction().execute(async (trx) => {
    const staff = await requireStaff(trx, projectId, staffId)
    const line = await trx.selectFrom('budget_line').selectAll().where('id', '=', budgetLineId).executeTakeFirst()
    if (!line || line.project_id !== projectId || line.year !== year || line.category_key !== staff.function_key) {
      throw new DomainError('validation', da.time.errors.lineNotForStaff(staff.name, year, (await categoryLabels(trx, projectId))(staff.function_key)), {
        field: 'budgetLineId'
      })
    }
    const existing = await trx.selectFrom('salary_line_choice').select('id').where('staff_id', '=', staffId).where('year', '=', year).executeTakeFirst()
    const now = nowIso(ctx)
    if (existing) await updateAudited(trx, ctx, 'salary_line_choice', existing.id, { budget_line_id: budgetLineId, updated_at: now }, { projectId })
    else
      await insertAudited(
        trx,
        ctx,
        'salary_line_choice',
        { project_id: projectId, staff_id: staffId, year, budget_line_id: budgetLineId, created_at: now, updated_at: now },
        { projectId }
      )
  })
  return listLineChoices(ctx.db, projectId)
}
