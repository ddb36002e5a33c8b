// Import of monthly statuses from CSV (as Danish Excel writes it) or XLSX, read by the one table
// reader (services/io/tableFile.ts). Same rule as the time import: every row valid → all imported in
// one transaction; otherwise nothing, with every bad row's line, column and reason. A row equal to
// the saved status changes nothing, so importing the same file twice doubles nothing.
import { parseDanishDate, isIsoDate } from '@shared/domain/dates'
import { parseHours } from '@shared/domain/duration'
import { containsCpr } from '@shared/domain/cpr'
import type { StatusInput } from '@shared/domain/participants/status'
import type { ActivityKey } from '@shared/domain/participants/types'
import { DomainError, type ApiErrorDetail } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { StatusImportResult } from '@shared/api/participants'
import type { ServiceContext } from '../context'
import { boundedDetails, csvNumber, forbiddenCells, normaliseHeader, readTableFile, writeCsv } from '../io/tableFile'
import { monthNames, tableFileMessages as tm, validationMessages as vm } from '@shared/texts/da/common'
import { loadParticipants } from './load'
import { loadProjectRules } from './rules'
import { checkEntries, monthRows, writeEntries, type StatusEntry } from './statuses'
import { isMonth, type Month, monthOf } from '@shared/domain/months'

const t = da.participants
const h = t.importHeaders

type Column = keyof typeof h

/** Header names a user may write for each column (compared after normaliseHeader). */
const aliases = Object.fromEntries(
  (Object.keys(h) as Column[]).map((col) => [col, [h[col], ...((t.importAliases as Partial<Record<Column, readonly string[]>>)[col] ?? [])]])
) as Record<Column, string[]>

function findColumns(headers: string[]): Partial<Record<Column, string>> {
  const keys = new Set(headers.map(normaliseHeader))
  const out: Partial<Record<Column, string>> = {}
  for (const [col, names] of Object.entries(aliases) as [Column, string[]][]) {
    const hit = names.map(normaliseHeader).find((n) => keys.has(n))
    if (hit) out[col] = hit
  }
  return out
}

/** `2020-03`, `03-2020`, `3.2020`, `marts 2020`, or a date in the month. */
function parseMonth(text: string): Month | null {
  const v = text.trim().toLowerCase()
  if (isMonth(v)) return v
  let m = /^(\d{1,2})[-./](\d{4})$/.exec(v)
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`
  m = /^([a-zæøå]+)\.?\s+(\d{4})$/.exec(v)
  if (m) {
    const i = monthNames.findIndex((n) => n === m![1] || n.slice(0, 3) === m![1])
    if (i >= 0) return `${m[2]}-${String(i + 1).padStart(2, '0')}`
  }
  const date = isIsoDate(v) ? v : parseDanishDate(v)
  return date ? monthOf(date) : null
}

function parseYesNo(text: string): boolean | null {
  const v = text.trim().toLowerCase()
  if ((t.importYes as readonly string[]).includes(v)) return true
  if ((t.importNo as readonly string[]).includes(v)) return false
  return null
}

interface ParsedRow {
  line: number
  who: string
  participantId: number | null
  month: Month | null
  status: StatusInput
}

const activityColumnsInFile: [Column, ActivityKey][] = [
  ['workPlacement', 'workPlacement'],
  ['wageSubsidy', 'wageSubsidy'],
  ['flexJob', 'flexJob'],
  ['educationSu', 'educationSu'],
  ['educationPaid', 'educationPaid'],
  ['otherActivity', 'otherActivity']
]

export async function importStatuses(ctx: ServiceContext, projectId: number, fileName: string, bytes: Uint8Array): Promise<StatusImportResult> {
  const file = await readTableFile(fileName, bytes)
  const cols = findColumns(file.headers)
  const missing: string[] = []
  if (!cols.month) missing.push(t.importColumn(h.month))
  if (!cols.pseudonym && !cols.caseNumber) missing.push(t.importEitherColumn(h.pseudonym, h.caseNumber))
  if (missing.length > 0) throw new DomainError('validation', t.errors.importMissingColumns(missing.join(t.importColumnsJoin)), { field: 'file' })
  // A column this import does not know is refused, not silently read (issue #13).
  const knownHeaders = new Set(Object.values(aliases).flat().map(normaliseHeader))
  const unknown = file.headers.find((hd) => normaliseHeader(hd) !== '' && !knownHeaders.has(normaliseHeader(hd)))
  if (unknown !== undefined) throw new DomainError('validation', tm.unknownColumn(unknown, Object.values(h).join(', ')), { field: 'file' })

  return ctx.db.transaction().execute(async (trx) => {
    const pr = await loadProjectRules(trx, projectId)
    const participantRows = await loadParticipants(trx, projectId)
    const byPseudonym = new Map(participantRows.map((p) => [p.pseudonym.toLowerCase(), p]))
    const byCase = new Map(participantRows.filter((p) => p.case_number).map((p) => [p.case_number.toLowerCase(), p]))
    const details: ApiErrorDetail[] = []
    const parsed: ParsedRow[] = []

    for (const row of file.rows) {
      const problems: ApiErrorDetail[] = []
      const cell = (c: Column) => (cols[c] ? (row.cells[cols[c]!] ?? '') : '')
      const fail = (c: Column, message: string) => problems.push({ row: row.line, field: h[c], message: tm.onLine(row.line, message) })
      const pseudonym = cell('pseudonym')
      const caseNumber = cell('caseNumber')
      const who = pseudonym || caseNumber || tm.line(row.line)
      for (const c of ['pseudonym', 'caseNumber', 'passiveReason', 'jobGoal', 'note'] as Column[]) {
        if (containsCpr(cell(c))) fail(c, `${vm.fieldPrefix(h[c])} ${vm.cpr}.`)
      }
      let participantId: number | null = null
      if (!problems.length) {
        if (!pseudonym && !caseNumber) fail('pseudonym', t.errors.importNoParticipant)
        else {
          const p = (pseudonym && byPseudonym.get(pseudonym.toLowerCase())) || (caseNumber && byCase.get(caseNumber.toLowerCase())) || null
          if (!p) fail(pseudonym ? 'pseudonym' : 'caseNumber', t.errors.importUnknownParticipant(who))
          else participantId = p.id
        }
      }
      // A row of the template left blank (only who and the month) is not a status: skipped.
      const statusColumns: Column[] = [
        'paidHours',
        'workPlacement',
        'wageSubsidy',
        'flexJob',
        'educationSu',
        'educationPaid',
        'otherActivity',
        'passive',
        'passiveReason',
        'cvUpdatedOn',
        'jobPlan',
        'jobGoal',
        'note'
      ]
      if (!problems.length && statusColumns.every((c) => cell(c).trim() === '')) continue
      const month = parseMonth(cell('month'))
      if (!month) fail('month', t.errors.importBadMonth(cell('month')))

      const activities: ActivityKey[] = []
      const hoursText = cell('paidHours')
      let paidHoursMinutes: number | null = null
      if (hoursText.trim() !== '') {
        const yes = parseYesNo(hoursText)
        const minutes = parseHours(hoursText)
        if (minutes !== null && minutes >= 0) paidHoursMinutes = minutes
        else if (yes === null) fail('paidHours', t.errors.importBadHours(hoursText))
        if (minutes !== null ? minutes > 0 : yes === true) activities.push('paidHours')
      }
      const yesNo = (c: Column): boolean | null => {
        const v = parseYesNo(cell(c))
        if (v === null) fail(c, t.errors.importBadYesNo(h[c], cell(c)))
        return v
      }
      for (const [c, key] of activityColumnsInFile) if (yesNo(c)) activities.push(key)
      const passiveReason = cell('passiveReason').trim() || null
      const passiveCell = cell('passive')
      const passive = passiveCell.trim() === '' ? activities.length === 0 && passiveReason !== null : yesNo('passive') === true
      const cvText = cell('cvUpdatedOn').trim()
      const cvUpdatedOn = cvText === '' ? null : isIsoDate(cvText) ? cvText : parseDanishDate(cvText)
      if (cvText !== '' && !cvUpdatedOn) fail('cvUpdatedOn', t.errors.importBadDate(h.cvUpdatedOn, cvText))
      const jobPlan = yesNo('jobPlan') === true
      details.push(...problems)
      if (problems.length > 0) continue
      parsed.push({
        line: row.line,
        who,
        participantId,
        month,
        status: { activities, paidHoursMinutes, passive, passiveReason, cvUpdatedOn, jobPlan, jobGoal: cell('jobGoal').trim(), note: cell('note').trim() }
      })
    }

    if (parsed.length === 0 && details.length === 0) throw new DomainError('validation', t.errors.importEmpty, { field: 'file' })
    const entries = parsed.map((p) => ({
      row: p.line,
      who: `${tm.line(p.line)} (${p.who})`,
      participantId: p.participantId!,
      month: p.month!,
      status: p.status,
      clear: false
    }))
    const participantsById = new Map(participantRows.map((p) => [p.id, p]))
    details.push(
      ...checkEntries(entries, participantsById, pr.rules.passiveReasons).map(
        (d) => ({ ...d, field: d.field ? headerOfField(d.field) : undefined }) as ApiErrorDetail
      )
    )
    const reported = new Set(details.map((d) => `${d.row}|${d.field}`))
    for (const c of forbiddenCells(file)) {
      if (!reported.has(`${c.row}|${c.field}`))
        details.push({ row: c.row, field: c.field, message: tm.onLine(c.row, `${vm.fieldPrefix(c.field)} ${c.message}.`) })
    }
    for (const w of file.tooWide) details.push({ row: w.line, message: tm.tooManyCells(w.line, w.cells, file.headers.length) })
    if (details.length > 0) {
      const bad = new Set(details.map((d) => d.row)).size
      throw new DomainError('validation', t.errors.importRejected(bad), { field: 'file', details: boundedDetails(details) })
    }
    const written = await writeEntries(trx, ctx, projectId, entries as StatusEntry[], 'import', pr.rules.passiveReasons, `Import af «${fileName}»`)
    return {
      rows: entries.length,
      created: written.created,
      updated: written.updated,
      unchanged: written.unchanged,
      months: [...new Set(entries.map((e) => e.month))].sort()
    }
  })
}

/** The column header a status field is imported from (for the row list of a refused import). */
function headerOfField(field: string): string {
  const map: Record<string, string> = {
    participantId: h.pseudonym,
    month: h.month,
    activities: h.passive,
    passive: h.passive,
    passiveReason: h.passiveReason,
    paidHoursMinutes: h.paidHours,
    cvUpdatedOn: h.cvUpdatedOn,
    jobGoal: h.jobGoal,
    note: h.note
  }
  return map[field] ?? field
}

const yn = (b: boolean) => (b ? 'ja' : 'nej')

/** A CSV for Excel: the month's open courses (with what is saved), in the import's columns. */
export async function statusTemplate(ctx: ServiceContext, projectId: number, month: Month): Promise<{ fileName: string; contentBase64: string }> {
  const { rows } = await monthRows(ctx, projectId, month, { includeClosed: false })
  const headers = [
    h.pseudonym,
    h.caseNumber,
    h.month,
    h.paidHours,
    h.workPlacement,
    h.wageSubsidy,
    h.flexJob,
    h.educationSu,
    h.educationPaid,
    h.otherActivity,
    h.passive,
    h.passiveReason,
    h.cvUpdatedOn,
    h.jobPlan,
    h.jobGoal,
    h.note
  ]
  const body = rows.map((r) => {
    const s = r.status
    const has = (k: ActivityKey) => (s ? yn(s.activities.includes(k)) : '')
    return [
      r.pseudonym,
      r.caseNumber,
      month,
      s && s.paidHoursMinutes > 0 ? csvNumber(s.paidHoursMinutes, 60) : '',
      has('workPlacement'),
      has('wageSubsidy'),
      has('flexJob'),
      has('educationSu'),
      has('educationPaid'),
      has('otherActivity'),
      s ? yn(s.passive) : '',
      s?.passiveReason ?? '',
      s?.cvUpdatedOn ? `${s.cvUpdatedOn.slice(8, 10)}.${s.cvUpdatedOn.slice(5, 7)}.${s.cvUpdatedOn.slice(0, 4)}` : '',
      s ? yn(s.jobPlan) : '',
      s?.jobGoal ?? '',
      s?.note ?? ''
    ]
  })
  return { fileName: t.templateFileName(month), contentBase64: writeCsv(headers, body).toString('base64') }
}
