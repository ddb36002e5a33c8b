// The budget part of the revisor export: the budget in force, line by line (staff, rate, hours,
// amount, note), and every budget version with what it changed, its status and STAR's decision.
import type { Kysely } from 'kysely'
import { IN_FORCE_STATUSES, type VersionStatus } from '@shared/domain/budget/revisions'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { approvedBudgetLines } from '../budget/approved'
import { listVersions, type VersionRow } from '../budget/versions'
import { versionChanges } from '../budget/views'
import { projectBudgetRules } from '../budget/rules'
import { getProject } from '../core/projects'
import { col, exportTable, tagged, type ExportTable, type ProjectTag } from './exportTable'

const x = da.export

/** A row of the revisions' table: a version, and one line it changed (none when it changed nothing). */
interface RevisionRow {
  v: VersionRow
  change: {
    year: number
    title: string
    categoryKey: string
    kind: keyof typeof x.changeKinds
    beforeOre: number | null
    afterOre: number | null
    deltaOre: number
  } | null
}

export async function exportBudgetTables(db: Kysely<Database>, projectId: number, tag: ProjectTag, asOf: string): Promise<ExportTable[]> {
  const rules = await projectBudgetRules(db, projectId)
  const label = (key: string) => rules.categories.find((c) => c.key === key)?.label ?? da.time.categoryLabel(key)
  const inForce = await approvedBudgetLines(db, projectId, asOf)
  const project = await getProject(db, projectId)
  const versions = await listVersions(db, projectId)
  const revisionRows: RevisionRow[] = []
  for (const v of versions) {
    const { lines, changes } = await versionChanges(db, v, project, rules)
    const rows: RevisionRow[] =
      v.kind === 'original'
        ? lines.map((l) => ({
            v,
            change: { year: l.year, title: l.title, categoryKey: l.categoryKey, kind: 'added', beforeOre: null, afterOre: l.amountOre, deltaOre: l.amountOre }
          }))
        : changes.map((c) => ({
            v,
            change: {
              year: c.year,
              title: c.title,
              categoryKey: c.categoryKey,
              kind: c.change,
              beforeOre: c.before?.amountOre ?? null,
              afterOre: c.after?.amountOre ?? null,
              deltaOre: c.deltaOre
            }
          }))
    revisionRows.push(...(rows.length > 0 ? rows : [{ v, change: null }]))
  }
  const budget = exportTable('05_budget.csv', x.sheets.budget, inForce, [
    [col(x.h.year, 'int'), (l) => l.year],
    [col(x.h.budgetLine, 'text', 30), (l) => l.title],
    [col(x.h.category, 'text', 22), (l) => label(l.categoryKey)],
    [col(x.h.staffCount, 'int'), (l) => l.staffCount],
    [col(x.h.rate, 'amount'), (l) => l.hourlyRateOre],
    [col(x.h.hoursPerStaff, 'hours'), (l) => l.minutes],
    [col(x.h.budget, 'amount', 16), (l) => l.amountOre],
    [col(x.h.note, 'text', 60), (l) => l.note]
  ])
  const revisions = exportTable('06_budgetaendringer.csv', x.sheets.revisions, revisionRows, [
    [col(x.h.versionNo, 'int'), ({ v }) => v.number],
    [col(x.h.kind, 'text', 16), ({ v }) => (v.kind === 'original' ? x.originalKind : x.revisionKind)],
    [col(x.h.status, 'text', 16), ({ v }) => da.budget.status[v.status] ?? v.status],
    [col(x.h.versionTitle, 'text', 30), ({ v }) => v.title],
    [col(x.h.reasonText, 'text', 60), ({ v }) => v.reason],
    [col(x.h.sentDate, 'date'), ({ v }) => v.sent_date],
    [col(x.h.decidedDate, 'date'), ({ v }) => v.decided_date],
    [col(x.h.effectiveDate, 'date'), ({ v }) => v.effective_date],
    [col(x.h.starReference, 'text', 20), ({ v }) => v.star_reference],
    [col(x.h.decidedBy, 'text', 18), ({ v }) => v.decided_by_name],
    [col(x.h.decidedByRole, 'text', 18), ({ v }) => v.decided_by_role],
    [col(x.h.year, 'int'), ({ change }) => change?.year ?? null],
    [col(x.h.budgetLine, 'text', 30), ({ change }) => change?.title ?? null],
    [col(x.h.category, 'text', 22), ({ change }) => (change ? label(change.categoryKey) : null)],
    [col(x.h.change, 'text'), ({ change }) => (change ? x.changeKinds[change.kind] : null)],
    [col(x.h.beforeAmount, 'amount', 16), ({ change }) => change?.beforeOre ?? null],
    [col(x.h.afterAmount, 'amount', 16), ({ change }) => change?.afterOre ?? null],
    [col(x.h.delta, 'amount', 16), ({ change }) => change?.deltaOre ?? null]
  ])
  return [tagged(tag, budget), tagged(tag, revisions)]
}

/** Budget revisions in force (approved by STAR, or registered where no approval is needed). */
export async function budgetRevisionCount(db: Kysely<Database>, projectId: number): Promise<number> {
  const versions = await listVersions(db, projectId)
  return versions.filter((v) => v.kind === 'revision' && IN_FORCE_STATUSES.includes(v.status as VersionStatus)).length
}
