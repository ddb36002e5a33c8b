// Rows of an import file (hours or postings) checked one by one, as pure functions: every bad row is
// reported with its Excel line number, its column and the reason, so the user can fix the file.
// The service adds the checks that need the database (locked months, closed periods, duplicates).
import { parseDanishDate, formatDate, type IsoDate } from '../dates'
import { parseKr, costOfMinutes, ore, formatKr } from '../money'
import { formatHours, type Minutes } from '../duration'
import { parseHourCell, dateProblem, type EntryBounds } from './hours'
import { time } from '../../texts/da/time'
import type { ManualPosting } from '../../api/ledger'
import { tableFileMessages as tm } from '../../texts/da/common'

const m = time.imports

interface ImportRowIn {
  line: number
  cells: Record<string, string>
}

export interface ImportProblem {
  row: number
  field: string
  message: string
}

interface ColumnSpec {
  /** Column name as shown to the user (and written in our templates). */
  label: string
  /** Accepted headers, normalised (lower case). */
  aliases: readonly string[]
  required: boolean
}

const importColumns = time.importColumns

export const HOURS_COLUMNS = {
  staff: { ...importColumns.hours.staff, required: true },
  date: { ...importColumns.hours.date, required: true },
  activity: { ...importColumns.hours.activity, required: true },
  hours: { ...importColumns.hours.hours, required: true },
  note: { ...importColumns.hours.note, required: false }
} as const satisfies Record<string, ColumnSpec>

export const POSTINGS_COLUMNS = {
  date: { ...importColumns.postings.date, required: true },
  budgetLine: { ...importColumns.postings.budgetLine, required: true },
  amount: { ...importColumns.postings.amount, required: true },
  documentRef: { ...importColumns.postings.documentRef, required: true },
  description: { ...importColumns.postings.description, required: false },
  staff: { ...importColumns.postings.staff, required: false },
  hours: { ...importColumns.postings.hours, required: false },
  rate: { ...importColumns.postings.rate, required: false }
} as const satisfies Record<string, ColumnSpec>

/** Names already normalised (an import names the same staff and activities on every row), emptied when large. */
const normalisedNames = new Map<string, string>()

/** Names as the user writes them: case, spaces and surrounding blanks do not matter. */
export function normaliseName(value: string): string {
  const known = normalisedNames.get(value)
  if (known !== undefined) return known
  if (normalisedNames.size >= 10_000) normalisedNames.clear()
  const name = value.trim().replace(/\s+/g, ' ').toLowerCase()
  normalisedNames.set(value, name)
  return name
}

/** Which header of the file holds each column; missing required columns are problems on line 1. */
export function resolveColumns<K extends string>(
  headers: readonly string[],
  spec: Record<K, ColumnSpec>
): { columns: Partial<Record<K, string>>; problems: ImportProblem[] } {
  const present = new Set(headers.map(normaliseName))
  const columns: Partial<Record<K, string>> = {}
  const problems: ImportProblem[] = []
  for (const key of Object.keys(spec) as K[]) {
    const col = spec[key]
    const found = col.aliases.find((a) => present.has(a))
    if (found) columns[key] = found
    else if (col.required) problems.push({ row: 1, field: col.label, message: m.missingColumn(col.label) })
  }
  // A column the import does not know (e.g. «Projekt», holding several projects' hours) would be
  // read silently and its meaning lost: the file is refused, naming the column.
  const known = new Set(Object.values<ColumnSpec>(spec).flatMap((c) => c.aliases))
  const labels = Object.values<ColumnSpec>(spec)
    .map((c) => c.label)
    .join(', ')
  for (const header of headers) {
    if (normaliseName(header) !== '' && !known.has(normaliseName(header))) problems.push({ row: 1, field: header, message: tm.unknownColumn(header, labels) })
  }
  return { columns, problems }
}

function cell<K extends string>(row: ImportRowIn, columns: Partial<Record<K, string>>, key: K): string {
  const header = columns[key]
  return header ? (row.cells[header] ?? '').trim() : ''
}

export interface StaffRef {
  id: number
  name: string
  bounds: EntryBounds
}

interface HoursRow {
  line: number
  staffId: number
  date: IsoDate
  activityId: number
  minutes: Minutes
  note: string
}

type HoursLookup = { staff: ReadonlyMap<string, StaffRef>; activities: ReadonlyMap<string, number>; activityNames: readonly string[] }

/** Checks the rows of an hours file against the project's staff and activities. */
export function parseHoursRows(
  rows: Iterable<ImportRowIn>,
  columns: Partial<Record<keyof typeof HOURS_COLUMNS, string>>,
  lookup: HoursLookup
): { rows: HoursRow[]; problems: ImportProblem[] } {
  const out: HoursRow[] = []
  const problems: ImportProblem[] = []
  for (const row of rows) {
    const parsed = parseHoursRow(row, columns, lookup, problems)
    if (parsed) out.push(parsed)
  }
  return { rows: out, problems }
}

/**
 * One row of an hours file checked against the project's staff and activities: the row, or null
 * with its problems added to `problems` (an import reads a large file one row at a time).
 */
export function parseHoursRow(
  row: ImportRowIn,
  columns: Partial<Record<keyof typeof HOURS_COLUMNS, string>>,
  lookup: HoursLookup,
  problems: ImportProblem[]
): HoursRow | null {
  const C = HOURS_COLUMNS
  const bad = (field: string, message: string) => problems.push({ row: row.line, field, message })
  const before = problems.length
  const staffName = cell(row, columns, 'staff')
  const staff = staffName ? lookup.staff.get(normaliseName(staffName)) : undefined
  if (!staffName) bad(C.staff.label, m.required(C.staff.label))
  else if (!staff) bad(C.staff.label, m.unknownStaff(staffName))
  const dateText = cell(row, columns, 'date')
  const date = parseDanishDate(dateText)
  if (!dateText) bad(C.date.label, m.required(C.date.label))
  else if (!date) bad(C.date.label, m.notDate(dateText))
  else if (staff) {
    const problem = dateProblem(date, staff.bounds, staff.name)
    if (problem) bad(C.date.label, problem)
  }
  const activityName = cell(row, columns, 'activity')
  const activityId = activityName ? lookup.activities.get(normaliseName(activityName)) : undefined
  if (!activityName) bad(C.activity.label, m.required(C.activity.label))
  else if (activityId === undefined) bad(C.activity.label, m.unknownActivity(activityName, lookup.activityNames.join(', ')))
  const hoursText = cell(row, columns, 'hours')
  const hours = parseHourCell(hoursText)
  if (!hoursText) bad(C.hours.label, m.required(C.hours.label))
  else if (!hours.ok) bad(C.hours.label, hours.message)
  else if (hours.minutes === 0) bad(C.hours.label, m.zeroHours)
  if (problems.length === before && staff && date && activityId !== undefined && hours.ok) {
    return { line: row.line, staffId: staff.id, date, activityId, minutes: hours.minutes, note: cell(row, columns, 'note') }
  }
  return null
}

interface BudgetLineRef {
  id: number
  year: number
  title: string
}

/** A row of a postings file: a manual posting (the contract's one shape of it) and its line in the file. */
type PostingRow = ManualPosting & { line: number }

/** Checks the rows of a postings file against the project's period, budget lines and staff. */
export function parsePostingRows(
  rows: readonly ImportRowIn[],
  columns: Partial<Record<keyof typeof POSTINGS_COLUMNS, string>>,
  lookup: { projectFrom: IsoDate; projectTo: IsoDate; lines: readonly BudgetLineRef[]; staff: ReadonlyMap<string, StaffRef> }
): { rows: PostingRow[]; problems: ImportProblem[] } {
  const out: PostingRow[] = []
  const problems: ImportProblem[] = []
  const C = POSTINGS_COLUMNS
  for (const row of rows) {
    const bad = (field: string, message: string) => problems.push({ row: row.line, field, message })
    const before = problems.length
    const dateText = cell(row, columns, 'date')
    const date = parseDanishDate(dateText)
    if (!dateText) bad(C.date.label, m.required(C.date.label))
    else if (!date) bad(C.date.label, m.notDate(dateText))
    else if (date < lookup.projectFrom || date > lookup.projectTo) {
      bad(C.date.label, time.rules.outsideProject(formatDate(date), formatDate(lookup.projectFrom), formatDate(lookup.projectTo)))
    }
    const lineText = cell(row, columns, 'budgetLine')
    let line: BudgetLineRef | undefined
    if (!lineText) bad(C.budgetLine.label, m.required(C.budgetLine.label))
    else if (date) {
      const year = Number(date.slice(0, 4))
      const ofYear = lookup.lines.filter((l) => l.year === year)
      line = ofYear.find((l) => normaliseName(l.title) === normaliseName(lineText))
      if (!line) bad(C.budgetLine.label, m.unknownLine(lineText, year, ofYear.map((l) => l.title).join(', ')))
    }
    const amountText = cell(row, columns, 'amount')
    const amount = amountText ? parseKr(amountText) : null
    if (!amountText) bad(C.amount.label, m.required(C.amount.label))
    else if (amount === null) bad(C.amount.label, m.notAmount(amountText))
    else if (amount === 0) bad(C.amount.label, m.zeroAmount)
    const documentRef = cell(row, columns, 'documentRef')
    if (!documentRef) bad(C.documentRef.label, m.documentRefRequired)
    const staffName = cell(row, columns, 'staff')
    const staff = staffName ? lookup.staff.get(normaliseName(staffName)) : undefined
    if (staffName && !staff) bad(C.staff.label, m.unknownStaff(staffName))
    const hoursText = cell(row, columns, 'hours')
    const hours = hoursText ? parseHourCell(hoursText) : null
    if (hours && !hours.ok) bad(C.hours.label, hours.message)
    const rateText = cell(row, columns, 'rate')
    const rate = rateText ? parseKr(rateText) : null
    if (rateText && rate === null) bad(C.rate.label, m.notAmount(rateText))
    const minutes = hours && hours.ok ? hours.minutes : null
    if (minutes !== null && rate !== null && amount !== null && costOfMinutes(ore(rate), minutes) !== amount) {
      bad(C.amount.label, m.amountNotHoursTimesRate(formatKr(amount), formatHours(minutes), formatKr(rate), formatKr(costOfMinutes(ore(rate), minutes))))
    }
    if (problems.length === before && date && line && amount !== null) {
      out.push({
        line: row.line,
        date,
        budgetLineId: line.id,
        amountOre: amount,
        documentRef,
        description: cell(row, columns, 'description'),
        staffId: staff?.id ?? null,
        minutes,
        hourlyRateOre: rate
      })
    }
  }
  return { rows: out, problems }
}
