// The budget part of the revisor export: the budget in force, line by line (staff, rate, hours,
// amount, note), and every budget version with what it changed, its status and STAR's decision.
import type { Kysely } from 'kysely'
import { IN_FORCE_STATUSES, type VersionStatus } from '@shared/domain/budget/revisions'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { approvedBudgetLines } from '../budget/approved'
import { listVersions } from '../budget/versions'
import { versionChanges } from '../budget/views'
import { projectBudgetRules } from '../budget/rules'
import { getProject } from '../core/projects'
import { rowsOf, type Cell, type ExportTable } from './exportTable'

const x = da.export

export async function exportBudgetTables(db: Kysely<Database>, projectId: number, tag: { caseNo: string; pool: string; asOf: string }): Promise<ExportTable[]> {
  const rules = await projectBudgetRules(db, projectId)
  const label = (key: string) => rules.categories.find((c) => c.key === key)?.label ?? da.time.categoryLabel(key)
  const inForce = await approvedBudgetLines(db, projectId, tag.asOf)
  const project = await getProject(db, projectId)
  const versions = await listVersions(db, projectId)
  const revisionRows: Cell[][] = []
  for (const v of versions) {
    const { lines, changes } = await versionChanges(db, v, project, rules)
    const head: Cell[] = [
      v.number,
      v.kind === 'original' ? x.originalKind : x.revisionKind,
      da.budget.status[v.status] ?? v.status,
      v.title,
      v.reason,
      v.sent_date,
      v.decided_date,
      v.effective_date,
      v.star_reference,
      v.decided_by_name,
      v.decided_by_role
    ]
    const rows =
      v.kind === 'original'
        ? lines.map((l) => [...head, l.year, l.title, label(l.categoryKey), x.changeKinds.added, null, l.amountOre, l.amountOre])
        : changes.map((c) => [
            ...head,
            c.year,
            c.title,
            label(c.categoryKey),
            x.changeKinds[c.change],
            c.before?.amountOre ?? null,
            c.after?.amountOre ?? null,
            c.deltaOre
          ])
    revisionRows.push(...(rows.length > 0 ? rows : [[...head, null, null, null, null, null, null, null]]).map((r) => [...r, tag.caseNo, tag.pool]))
  }
  return [
    {
      file: '05_budget.csv',
      sheet: x.sheets.budget,
      columns: [
        { header: x.h.year, type: 'int' },
        { header: x.h.budgetLine, type: 'text', width: 30 },
        { header: x.h.category, type: 'text', width: 22 },
        { header: x.h.staffCount, type: 'int' },
        { header: x.h.rate, type: 'amount' },
        { header: x.h.hoursPerStaff, type: 'hours' },
        { header: x.h.budget, type: 'amount', width: 16 },
        { header: x.h.note, type: 'text', width: 60 },
        { header: x.h.caseNumber, type: 'text', width: 18 },
        { header: x.h.pool, type: 'text', width: 18 }
      ],
      rows: rowsOf(
        inForce.map((l) => [l.year, l.title, label(l.categoryKey), l.staffCount, l.hourlyRateOre, l.minutes, l.amountOre, l.note, tag.caseNo, tag.pool])
      )
    },
    {
      file: '06_budgetaendringer.csv',
      sheet: x.sheets.revisions,
      columns: [
        { header: x.h.versionNo, type: 'int' },
        { header: x.h.kind, type: 'text', width: 16 },
        { header: x.h.status, type: 'text', width: 16 },
        { header: x.h.versionTitle, type: 'text', width: 30 },
        { header: x.h.reasonText, type: 'text', width: 60 },
        { header: x.h.sentDate, type: 'date' },
        { header: x.h.decidedDate, type: 'date' },
        { header: x.h.effectiveDate, type: 'date' },
        { header: x.h.starReference, type: 'text', width: 20 },
        { header: x.h.decidedBy, type: 'text', width: 18 },
        { header: x.h.decidedByRole, type: 'text', width: 18 },
        { header: x.h.year, type: 'int' },
        { header: x.h.budgetLine, type: 'text', width: 30 },
        { header: x.h.category, type: 'text', width: 22 },
        { header: x.h.change, type: 'text' },
        { header: x.h.beforeAmount, type: 'amount', width: 16 },
        { header: x.h.afterAmount, type: 'amount', width: 16 },
        { header: x.h.delta, type: 'amount', width: 16 },
        { header: x.h.caseNumber, type: 'text', width: 18 },
        { header: x.h.pool, type: 'text', width: 18 }
      ],
      rows: rowsOf(revisionRows)
    }
  ]
}

/** Budget revisions in force (approved by STAR, or registered where no approval is needed). */
export async function budgetRevisionCount(db: Kysely<Database>, projectId: number): Promise<number> {
  const versions = await listVersions(db, projectId)
  return versions.filter((v) => v.kind === 'revision' && IN_FORCE_STATUSES.includes(v.status as VersionStatus)).length
}
