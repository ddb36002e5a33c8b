// Import of postings (e.g. the municipality's finance system's list of the project's costs).
import type { ImportResult } from '@shared/api/schemas'
import { normaliseName, parsePostingRows, POSTINGS_COLUMNS, resolveColumns, type StaffRef } from '@shared/domain/time/imports'
import { da } from '@shared/texts/da'
import { checkEligibility } from '@shared/domain/budget/lines'
import { projectBudgetRules } from '../budget/rules'
import type { ServiceContext } from '../context'
import { boundsOf, closedPeriods, requireProjectPeriod } from '../time/common'
import { importTableFile, listedRows, sha256Hex, type PreparedRow } from './importBatch'
import { insertPosting } from './ledger'
import type { TableRow } from '../io/tableFile'

export async function importPostings(ctx: ServiceContext, input: { projectId: number; fileName: string; contentBase64: string }): Promise<ImportResult> {
  const { projectId } = input
  return importTableFile(ctx, input, 'postings', async (db, file, eachRow) => {
    const project = await requireProjectPeriod(db, projectId)
    const { columns, problems } = resolveColumns(file.headers, POSTINGS_COLUMNS)
    if (problems.length > 0) return { rows: listedRows([]), skipped: 0, problems }
    const lines = await db.selectFrom('budget_line').select(['id', 'year', 'title']).where('project_id', '=', projectId).execute()
    const staffRows = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).execute()
    const staff = new Map<string, StaffRef>(staffRows.map((s) => [normaliseName(s.name), { id: s.id, name: s.name, bounds: boundsOf(project, s) }]))
    // A finance system's list of postings is short: its rows are read as one list.
    const fileRows: TableRow[] = []
    eachRow((row) => fileRows.push(row))
    const parsed = parsePostingRows(fileRows, columns, { projectFrom: project.periodStart, projectTo: project.periodEnd, lines, staff })
    const closed = await closedPeriods(db, projectId)
    const rules = await projectBudgetRules(db, projectId)
    const categoryOfLine = new Map(
      (await db.selectFrom('budget_line').select(['id', 'title', 'category_key']).where('project_id', '=', projectId).execute()).map((l) => [l.id, l])
    )
    const rows: PreparedRow[] = []
    const firstLineOfKey = new Map<string, number>()
    for (const r of parsed.rows) {
      const lockedReason = closed.reason(r.date)
      if (lockedReason) {
        parsed.problems.push({ row: r.line, field: POSTINGS_COLUMNS.date.label, message: lockedReason })
        continue
      }
      const line = categoryOfLine.get(r.budgetLineId)!
      const eligibility = checkEligibility(rules, line.category_key)
      if (!eligibility.ok && eligibility.category) {
        parsed.problems.push({
          row: r.line,
          field: POSTINGS_COLUMNS.budgetLine.label,
          message: da.time.errors.lineIneligible(line.title, eligibility.category.label, eligibility.category.ruleText)
        })
        continue
      }
      const key = sha256Hex([r.date, r.budgetLineId, r.amountOre, normaliseName(r.documentRef), normaliseName(r.description)].join('|'))
      const seen = firstLineOfKey.get(key)
      if (seen !== undefined) {
        parsed.problems.push({ row: r.line, field: POSTINGS_COLUMNS.documentRef.label, message: da.time.errors.duplicateRow(seen) })
        continue
      }
      firstLineOfKey.set(key, r.line)
      rows.push({
        line: r.line,
        key,
        write: async (trx) => ({
          entity: 'posting',
          id: await insertPosting(trx, ctx, projectId, { ...r, description: r.description || da.ledger.importedText(input.fileName, r.line) }, 'import')
        })
      })
    }
    return { rows: listedRows(rows), skipped: 0, problems: parsed.problems }
  })
}
