// The project's time settings: the days off that are settings (docs/domain.md rule 4 «Time, rates
// and norm hours»), whether employees sign their month, and the activities of the timesheet (the
// user edits the list).
import type { ParsedInputOf } from '@shared/api/define'
import type { Activity, TimeSettings, timeApi } from '@shared/api/time'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited, deleteAudited } from '../audit/audit'
import { readCalendarSettings, requireProjectPeriod, type Db } from './common'

type Ctx = Pick<ServiceContext, 'osUser' | 'now'>

/** The activities of a project; a project without any gets the default list (audited) on first use. */
export async function ensureActivities(db: Db, ctx: Ctx, projectId: number): Promise<void> {
  const any = await db.selectFrom('time_activity').select('id').where('project_id', '=', projectId).limit(1).executeTakeFirst()
  if (any) return
  const now = nowIso(ctx)
  let order = 0
  for (const name of da.time.defaultActivities) {
    await insertAudited(
      db,
      ctx,
      'time_activity',
      { project_id: projectId, name, sort_order: order++, active: 1, created_at: now, updated_at: now },
      { projectId }
    )
  }
}

/**
 * How many entries each activity of the project has: counted over the project's own entries (its
 * index), not by joining every entry of the database to the activities (there is no index on an
 * entry's activity: that join read all time entries of every project, #14).
 */
export function activityEntryCounts(db: Db, projectId: number) {
  return db
    .selectFrom('time_entry')
    .select(['activity_id', (eb) => eb.fn.countAll<number>().as('entries')])
    .where('project_id', '=', projectId)
    .groupBy('activity_id')
}

async function listActivities(db: Db, projectId: number): Promise<Activity[]> {
  const rows = await db
    .selectFrom('time_activity')
    .select(['id', 'name', 'active', 'sort_order'])
    .where('project_id', '=', projectId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  const entries = new Map((await activityEntryCounts(db, projectId).execute()).map((r) => [r.activity_id, Number(r.entries)]))
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1, sortOrder: r.sort_order, entryCount: entries.get(r.id) ?? 0 }))
}

export async function getTimeSettings(ctx: ServiceContext, projectId: number): Promise<TimeSettings> {
  await requireProjectPeriod(ctx.db, projectId)
  await ctx.db.transaction().execute((trx) => ensureActivities(trx, ctx, projectId))
  const settings = await readCalendarSettings(ctx.db, projectId)
  return { projectId, ...settings, activities: await listActivities(ctx.db, projectId) }
}

export async function updateTimeSettings(ctx: ServiceContext, input: ParsedInputOf<(typeof timeApi)['time.settings.update']>): Promise<TimeSettings> {
  const { projectId, daysOff } = input
  await requireProjectPeriod(ctx.db, projectId)
  await ctx.db.transaction().execute(async (trx) => {
    const values = {
      christmas_eve_off: daysOff.christmasEveOff ? 1 : 0,
      new_years_eve_off: daysOff.newYearsEveOff ? 1 : 0,
      may_day_afternoon_off: daysOff.mayDayAfternoonOff ? 1 : 0,
      constitution_day_afternoon_off: daysOff.constitutionDayAfternoonOff ? 1 : 0,
      require_employee_signature: input.requireEmployeeSignature ? 1 : 0,
      updated_at: nowIso(ctx)
    }
    const existing = await trx.selectFrom('time_settings').select('id').where('project_id', '=', projectId).executeTakeFirst()
    if (existing) await updateAudited(trx, ctx, 'time_settings', existing.id, values, { projectId })
    else await insertAudited(trx, ctx, 'time_settings', { project_id: projectId, ...values }, { projectId })
  })
  return getTimeSettings(ctx, projectId)
}

export async function saveActivities(ctx: ServiceContext, input: ParsedInputOf<(typeof timeApi)['time.activities.save']>): Promise<TimeSettings> {
  const { projectId } = input
  const e = da.time.errors
  await requireProjectPeriod(ctx.db, projectId)
  const seen = new Set<string>()
  input.activities.forEach((a, i) => {
    const key = a.name.trim().toLowerCase()
    if (seen.has(key)) throw new DomainError('validation', e.duplicateActivity(a.name), { field: `activities.${i}.name` })
    seen.add(key)
  })
  await ctx.db.transaction().execute(async (trx) => {
    await ensureActivities(trx, ctx, projectId)
    const existing = await listActivities(trx, projectId)
    const byId = new Map(existing.map((a) => [a.id, a]))
    const kept = new Set<number>()
    const now = nowIso(ctx)
    for (const [order, a] of input.activities.entries()) {
      if (a.id !== undefined) {
        if (!byId.has(a.id)) throw new DomainError('not_found', e.activityNotFound(a.id), { field: `activities.${order}.id` })
        kept.add(a.id)
        await updateAudited(trx, ctx, 'time_activity', a.id, { name: a.name, active: a.active ? 1 : 0, sort_order: order, updated_at: now }, { projectId })
      } else {
        await insertAudited(
          trx,
          ctx,
          'time_activity',
          { project_id: projectId, name: a.name, sort_order: order, active: a.active ? 1 : 0, created_at: now, updated_at: now },
          { projectId }
        )
      }
    }
    if (!input.activities.some((a) => a.active)) throw new DomainError('validation', e.noActiveActivity, { field: 'activities' })
    for (const a of existing) {
      if (kept.has(a.id)) continue
      // An activity with hours stays (its hours are part of approved months): it can only be deactivated.
      if (a.entryCount > 0) throw new DomainError('conflict', e.activityHasHours(a.name, a.entryCount), { field: 'activities' })
      await deleteAudited(trx, ctx, 'time_activity', a.id, { projectId })
    }
  })
  return getTimeSettings(ctx, projectId)
}
