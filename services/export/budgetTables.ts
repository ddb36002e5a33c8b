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
import { col, rowsOf, tagged, type Cell, type ExportTable, type ProjectTag } from './exportTable'

const x = da.export

export async function exportBudgetTables(db: Kysely<Database>, projectId: number, tag: ProjectTag, asOf: string): Promise<ExportTable[]> {
  const rules = await projectBudgetRules(db, projectId)
  const label = (key: string) => rules.categories.find((c) => c.key === key)?.label ?? da.time.categoryLabel(key)
  const inForce = await approvedBudgetLines(db, projectId, asOf)
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
    revisionRows.push(...(rows.length > 0 ? rows : [[...head, null, null, null, null, null, null, null]]))
  }
  const budget: ExportTable = {
    file: '05_budget.csv',
    sheet: x.sheets.budget,
    columns: [
      col(x.h.year, 'int'),
      col(x.h.budgetLine, 'text', 30),
      col(x.h.category, 'text', 22),
      col(x.h.staffCount, 'int'),
      col(x.h.rate, 'amount'),
      col(x.h.hoursPerStaff, 'hours'),
      col(x.h.budget, 'amount', 16),
      col(x.h.note, 'text', 60)
    ],
    rows: rowsOf(inForce.map((l) => [l.year, l.title, label(l.categoryKey), l.staffCount, l.hourlyRateOre, l.minutes, l.amountOre, l.note]))
  }
  const revisions: ExportTable = {
    file: '06_budgetaendringer.csv',
    sheet: x.sheets.revisions,
    columns: [
      col(x.h.versionNo, 'int'),
      col(x.h.kind, 'text', 16),
      col(x.h.status, 'text', 16),
      col(x.h.versionTitle, 'text', 30),
      col(x.h.reasonText, 'text', 60),
      col(x.h.sentDate, 'date'),
      col(x.h.decidedDate, 'date'),
      col(x.h.effectiveDate, 'date'),
      col(x.h.starReference, 'text', 20),
      col(x.h.decidedBy, 'text', 18),
      col(x.h.decidedByRole, 'text', 18),
      col(x.h.year, 'int'),
      col(x.h.budgetLine, 'text', 30),
      col(x.h.category, 'text', 22),
      col(x.h.change, 'text'),
      col(x.h.beforeAmount, 'amount', 16),
      col(x.h.afterAmount, 'amount', 16),
      col(x.h.delta, 'amount', 16)
    ],
    rows: rowsOf(revisionRows)
  }
  return [tagged(tag, budget), tagged(tag, revisions)]
}

/** Budget revisions in force (approved by STAR, or registered where no approval is needed). */
export async function budgetRevisionCount(db: Kysely<Database>, projectId: number): Promise<number> {
  const versions = await listVersions(db, projectId)
  return versions.filter((v) => v.kind === 'revision' && IN_FORCE_STATUSES.includes(v.status as VersionStatus)).length
}
