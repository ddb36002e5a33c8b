// Import of hours (e.g. from another time system, or a spreadsheet kept by the staff).
import type { ImportResult } from '@shared/api/schemas'
import { HOURS_COLUMNS, normaliseName, parseHoursRows, resolveColumns, type StaffRef } from '@shared/domain/time/imports'
import { MAX_DAY_MINUTES } from '@shared/domain/time/hours'
import { formatDate } from '@shared/domain/dates'
import { formatHours, minutes } from '@shared/domain/duration'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { importTableFile, sha256Hex, type PreparedRow } from '../ledger/importBatch'
import { boundsOf, modeOf, readTimeRules, requireProjectPeriod } from './common'
import { hourLocks } from './locks'
import { ensureActivities } from './settings'

const e = da.time.errors
const C = HOURS_COLUMNS

export async function importHours(ctx: ServiceContext, input: { projectId: number; fileName: string; contentBase64: string }): Promise<ImportResult> {
  const { projectId } = input
  return importTableFile(ctx, input, 'hours', async (db, file) => {
    const project = await requireProjectPeriod(db, projectId)
    await ensureActivities(db, ctx, projectId)
    const { columns, problems } = resolveColumns(file.headers, HOURS_COLUMNS)
    if (problems.length > 0) return { rows: [], skipped: 0, problems }
    const staffRows = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).execute()
    const staffById = new Map(staffRows.map((s) => [s.id, s]))
    const staff = new Map<string, StaffRef>(staffRows.map((s) => [normaliseName(s.name), { id: s.id, name: s.name, bounds: boundsOf(project, s) }]))
    const activityRows = await db
      .selectFrom('time_activity')
      .select(['id', 'name', 'active'])
      .where('project_id', '=', projectId)
      .orderBy('sort_order')
      .execute()
    const activities = new Map(activityRows.map((a) => [normaliseName(a.name), a.id]))
    const activityName = new Map(activityRows.map((a) => [a.id, a.name]))
    const rules = await readTimeRules(db, projectId)
    const parsed = parseHoursRows(file.rows, columns, { staff, activities, activityNames: activityRows.filter((a) => a.active === 1).map((a) => a.name) })
    const { problems: out } = parsed
    const locks = await hourLocks(db, projectId)
    // Rows of the same staff member, date and activity are added up (a time system may write one row per session).
    const groups = new Map<string, { staffId: number; date: string; activityId: number; minutes: number; lines: number[]; note: string }>()
    for (const r of parsed.rows) {
      const s = staffById.get(r.staffId)!
      if (modeOf(s, rules) === 'statement') {
        out.push({ row: r.line, field: C.staff.label, message: e.statementStaffNoTimesheet(s.name) })
        continue
      }
      const lockedReason = locks(s, r.date)
      if (lockedReason) {
        out.push({ row: r.line, field: C.date.label, message: lockedReason })
        continue
      }
      const k = `${r.staffId}|${r.date}|${r.activityId}`
      const g = groups.get(k) ?? { staffId: r.staffId, date: r.date, activityId: r.activityId, minutes: 0, lines: [], note: r.note }
      g.minutes += r.minutes
      g.lines.push(r.line)
      groups.set(k, g)
    }
    // Only the entries the file can meet: its staff, between its first and last date (the unique
    // index on staff, date and activity), not every entry of the project.
    const fileStaff = [...new Set([...groups.values()].map((g) => g.staffId))]
    const fileDates = [...groups.values()].map((g) => g.date).sort()
    const existing =
      fileStaff.length === 0
        ? []
        : await db
            .selectFrom('time_entry')
            .select(['id', 'staff_id', 'entry_date', 'activity_id', 'minutes'])
            .where('project_id', '=', projectId)
            .where('staff_id', 'in', fileStaff)
            .where('entry_date', '>=', fileDates[0]!)
            .where('entry_date', '<=', fileDates.at(-1)!)
            .execute()
    const byCell = new Map(existing.map((x) => [`${x.staff_id}|${x.entry_date}|${x.activity_id}`, x]))
    const dayTotal = new Map<string, number>()
    for (const x of existing) dayTotal.set(`${x.staff_id}|${x.entry_date}`, (dayTotal.get(`${x.staff_id}|${x.entry_date}`) ?? 0) + x.minutes)
    const rows: PreparedRow[] = []
    const now = nowIso(ctx)
    let skipped = 0
    for (const [k, g] of groups) {
      const line = g.lines[0]!
      const s = staffById.get(g.staffId)!
      const there = byCell.get(k)
      if (there && there.minutes === g.minutes) {
        skipped += g.lines.length
        continue
      }
      if (there) {
        out.push({
          row: line,
          field: C.hours.label,
          message: e.hoursAlreadyThere(s.name, formatDate(g.date), activityName.get(g.activityId) ?? '', formatHours(there.minutes), formatHours(g.minutes))
        })
        continue
      }
      const dayKey = `${g.staffId}|${g.date}`
      const total = (dayTotal.get(dayKey) ?? 0) + g.minutes
      dayTotal.set(dayKey, total)
      if (total > MAX_DAY_MINUTES) {
        out.push({ row: line, field: C.hours.label, message: `${formatDate(g.date)}: ${da.time.rules.dayOver24(formatHours(total))}` })
        continue
      }
      rows.push({
        line,
        key: sha256Hex(`${g.staffId}|${g.date}|${g.activityId}|${g.minutes}`),
        timeEntry: {
          project_id: projectId,
          staff_id: g.staffId,
          entry_date: g.date,
          activity_id: g.activityId,
          minutes: minutes(g.minutes),
          note: g.note,
          created_at: now,
          updated_at: now
        }
      })
    }
    return { rows, skipped, problems: out }
  })
}
