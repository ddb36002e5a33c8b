// Import of hours (e.g. from another time system, or a spreadsheet kept by the staff).
import type { ImportResult } from '@shared/api/schemas'
import { HOURS_COLUMNS, normaliseName, parseHoursRow, resolveColumns, type ImportProblem, type StaffRef } from '@shared/domain/time/imports'
import { MAX_DAY_MINUTES } from '@shared/domain/time/hours'
import { formatDate } from '@shared/domain/dates'
import { formatHours, minutes } from '@shared/domain/duration'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { importTableFile, listedRows, sha256Hex, type PlannedRows } from '../ledger/importBatch'
import { boundsOf, modeOf, readTimeRules, requireProjectPeriod } from './common'
import { hourLocks } from './locks'
import { ensureActivities } from './settings'

const e = da.time.errors
const C = HOURS_COLUMNS

/** A growing column of integers, kept in one typed array (outside the heap's young objects). */
function intColumn() {
  let values = new Int32Array(1024)
  let length = 0
  return {
    get length() {
      return length
    },
    push(v: number): void {
      if (length === values.length) {
        const grown = new Int32Array(values.length * 2)
        grown.set(values)
        values = grown
      }
      values[length++] = v
    },
    at: (i: number) => values[i]!,
    add(i: number, v: number): void {
      values[i]! += v
    }
  }
}

/**
 * The file's hours summed per staff member, date and activity (a time system may write one row per
 * session), kept as columns of numbers: what is kept of a row is a few integers, not the row, and
 * hardly anything the garbage collector has to carry (#14: a large file costs little more memory than
 * a small one). Cell `i` is the i-th distinct cell in the file's order.
 */
function hourCells(staffIds: readonly number[], activityIds: readonly number[]) {
  const staffIndex = new Map(staffIds.map((id, i) => [id, i]))
  const activityIndex = new Map(activityIds.map((id, i) => [id, i]))
  const dateIndex = new Map<string, number>()
  const dates: string[] = []
  const dateNo = (date: string) => dateIndex.get(date) ?? (dateIndex.set(date, dates.length), dates.push(date) - 1)
  const activityCount = Math.max(1, activityIds.length)
  /**
   * A number for a staff member, date and activity: a Map keyed by it holds no string per cell.
   * (The dates of a file lie in the project's period, far fewer than 65.536.)
   */
  const cellNo = (staffId: number, date: string, activityId: number) =>
    (staffIndex.get(staffId)! * 65536 + dateNo(date)) * activityCount + activityIndex.get(activityId)!
  const index = new Map<number, number>()
  const staff = intColumn()
  const date = intColumn()
  const activity = intColumn()
  const minutes = intColumn()
  const line = intColumn()
  const lines = intColumn()
  /** The note of a cell's first row, where it has one. */
  const notes = new Map<number, string>()
  return {
    count: () => staff.length,
    cellNo,
    staffId: (i: number) => staffIds[staff.at(i)]!,
    date: (i: number) => dates[date.at(i)]!,
    activityId: (i: number) => activityIds[activity.at(i)]!,
    minutes: minutes.at,
    /** The first line of the cell's rows, and how many rows it sums. */
    line: line.at,
    lines: lines.at,
    note: (i: number) => notes.get(i) ?? '',
    /** The cell's number key: staff, date and activity, as the unique index of time entries has it. */
    no: (i: number) => (staff.at(i) * 65536 + date.at(i)) * activityCount + activity.at(i),
    /** A staff member's day, from a cell's number: its number without the activity. */
    dayOf: (cellNo: number) => Math.floor(cellNo / activityCount),
    add(r: { line: number; staffId: number; date: string; activityId: number; minutes: number; note: string }): void {
      const no = cellNo(r.staffId, r.date, r.activityId)
      const i = index.get(no)
      if (i !== undefined) {
        minutes.add(i, r.minutes)
        lines.add(i, 1)
        return
      }
      const n = staff.length
      index.set(no, n)
      staff.push(staffIndex.get(r.staffId)!)
      date.push(dateNo(r.date))
      activity.push(activityIndex.get(r.activityId)!)
      minutes.push(r.minutes)
      line.push(r.line)
      lines.push(1)
      if (r.note !== '') notes.set(n, r.note)
    }
  }
}

export async function importHours(ctx: ServiceContext, input: { projectId: number; fileName: string; contentBase64: string }): Promise<ImportResult> {
  const { projectId } = input
  return importTableFile(ctx, input, 'hours', async (db, file, eachRow) => {
    const project = await requireProjectPeriod(db, projectId)
    await ensureActivities(db, ctx, projectId)
    const { columns, problems } = resolveColumns(file.headers, HOURS_COLUMNS)
    if (problems.length > 0) return { rows: listedRows([]), skipped: 0, problems }
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
    const lookup = { staff, activities, activityNames: activityRows.filter((a) => a.active === 1).map((a) => a.name) }
    const locks = await hourLocks(db, projectId)
    const out: ImportProblem[] = []
    // Each row is checked and added to its cell as it is read.
    const cells = hourCells(
      staffRows.map((s) => s.id),
      activityRows.map((a) => a.id)
    )
    let firstDate: string | null = null
    let lastDate: string | null = null
    eachRow((row) => {
      const r = parseHoursRow(row, columns, lookup, out)
      if (!r) return
      const s = staffById.get(r.staffId)!
      if (modeOf(s, rules) === 'statement') {
        out.push({ row: r.line, field: C.staff.label, message: e.statementStaffNoTimesheet(s.name) })
        return
      }
      const lockedReason = locks(s, r.date)
      if (lockedReason) {
        out.push({ row: r.line, field: C.date.label, message: lockedReason })
        return
      }
      if (firstDate === null || r.date < firstDate) firstDate = r.date
      if (lastDate === null || r.date > lastDate) lastDate = r.date
      cells.add(r)
    })
    // Only the entries the file can meet: its staff, between its first and last date (the unique
    // index on staff, date and activity), not every entry of the project.
    const fileStaffIds = new Set<number>()
    for (let i = 0; i < cells.count(); i++) fileStaffIds.add(cells.staffId(i))
    const fileStaff = [...fileStaffIds]
    const existing =
      fileStaff.length === 0
        ? []
        : await db
            .selectFrom('time_entry')
            .select(['id', 'staff_id', 'entry_date', 'activity_id', 'minutes'])
            .where('project_id', '=', projectId)
            .where('staff_id', 'in', fileStaff)
            .where('entry_date', '>=', firstDate!)
            .where('entry_date', '<=', lastDate!)
            .execute()
    const byCell = new Map(existing.map((x) => [cells.cellNo(x.staff_id, x.entry_date, x.activity_id), x]))
    // Each staff member's day, as a number: a cell's number without its activity.
    const dayTotal = new Map<number, number>()
    const dayOf = cells.dayOf
    for (const x of existing) {
      const day = dayOf(cells.cellNo(x.staff_id, x.entry_date, x.activity_id))
      dayTotal.set(day, (dayTotal.get(day) ?? 0) + x.minutes)
    }
    // The cells to write, by their number.
    const write = new Int32Array(cells.count())
    let writeCount = 0
    let skipped = 0
    for (let i = 0; i < cells.count(); i++) {
      const line = cells.line(i)
      const staffId = cells.staffId(i)
      const date = cells.date(i)
      const summed = cells.minutes(i)
      const there = existing.length === 0 ? undefined : byCell.get(cells.no(i))
      if (there && there.minutes === summed) {
        skipped += cells.lines(i)
        continue
      }
      if (there) {
        const s = staffById.get(staffId)!
        out.push({
          row: line,
          field: C.hours.label,
          message: e.hoursAlreadyThere(s.name, formatDate(date), activityName.get(cells.activityId(i)) ?? '', formatHours(there.minutes), formatHours(summed))
        })
        continue
      }
      const dayKey = dayOf(cells.no(i))
      const total = (dayTotal.get(dayKey) ?? 0) + summed
      dayTotal.set(dayKey, total)
      if (total > MAX_DAY_MINUTES) {
        out.push({ row: line, field: C.hours.label, message: `${formatDate(date)}: ${da.time.rules.dayOver24(formatHours(total))}` })
        continue
      }
      write[writeCount++] = i
    }
    const now = nowIso(ctx)
    const rows: PlannedRows = {
      count: writeCount,
      line: (n) => cells.line(write[n]!),
      // The key a row of hours has had since the first import (staff, date, activity and minutes).
      key: (n) => {
        const i = write[n]!
        return sha256Hex(`${cells.staffId(i)}|${cells.date(i)}|${cells.activityId(i)}|${cells.minutes(i)}`)
      },
      write: () => null,
      timeEntry: (n) => {
        const i = write[n]!
        return {
          project_id: projectId,
          staff_id: cells.staffId(i),
          entry_date: cells.date(i),
          activity_id: cells.activityId(i),
          minutes: minutes(cells.minutes(i)),
          note: cells.note(i),
          created_at: now,
          updated_at: now
        }
      }
    }
    return { rows, skipped, problems: out }
  })
}
