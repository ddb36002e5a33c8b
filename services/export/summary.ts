// The revisor export's summary: the figures of its PDF (print route /print/revisor/:projectId),
// asked from the same services as the screens and the export's files.
import type { ExportSummary } from '@shared/api/export'
import { nowIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { verifyDatabaseFile } from '../audit/verify'
import { verifyTeamDatabase } from '../audit/verifyTeam'
import { getLedger } from '../ledger/ledger'
import { listAccounts } from '../accounts/accounts'
import { modeOf, readTimeRules } from '../time/common'
import { approvedHourRows } from './tables'
import { budgetRevisionCount } from './budgetTables'

export async function exportSummary(ctx: ServiceContext, projectId: number): Promise<ExportSummary> {
  const db = ctx.db
  const project = await getProject(db, projectId)
  const ledger = await getLedger(db, projectId)
  const hours = await approvedHourRows(db, projectId)
  const months = await db
    .selectFrom('time_month')
    .select(['staff_id', 'kind', 'minutes', 'month'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'approved')
    .execute()
  const staff = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  const accounts = await listAccounts(db, projectId)
  const rules = await readTimeRules(db, projectId)
  const verify = ctx.sqlite ? await verifyDatabaseFile(ctx.databaseFile) : await verifyTeamDatabase(ctx.db)
  const auditEntries = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow()
  return {
    projectId,
    projectTitle: project.title,
    municipality: project.municipality,
    caseNumber: project.caseNumber,
    poolName: project.poolName,
    financeAct: project.financeAct,
    periodStart: project.periodStart,
    periodEnd: project.periodEnd,
    grantAmountOre: project.grantAmountOre,
    generatedAt: nowIso(ctx),
    osUser: ctx.osUser,
    ledger: { postingCount: ledger.postings.length, totalOre: ledger.totalOre, totalMinutes: ledger.totalMinutes, byLine: ledger.byLine },
    approvedHours: { entryCount: hours.length, minutes: hours.reduce((s, h) => s + h.minutes, 0), months: months.filter((m) => m.kind === 'timesheet').length },
    staff: staff.map((s) => {
      const mode = modeOf(s, rules)
      const approvedMinutes =
        mode === 'statement'
          ? months.filter((m) => m.staff_id === s.id && m.kind === 'statement').reduce((sum, m) => sum + m.minutes, 0)
          : hours.filter((h) => h.staff_id === s.id).reduce((sum, h) => sum + h.minutes, 0)
      const postedOre = ledger.postings.filter((p) => p.staffId === s.id).reduce((sum, p) => sum + p.amountOre, 0)
      return { name: s.name, title: s.title, mode, approvedMinutes, postedOre }
    }),
    accounts: accounts.map((a) => ({
      id: a.id,
      kind: a.kind,
      periodFrom: a.periodFrom,
      periodTo: a.periodTo,
      status: a.status,
      signedByName: a.signedByName,
      signedOn: a.signedOn,
      totalCostOre: a.figures.totals.actualOre
    })),
    audit: { entries: Number(auditEntries.n), verified: verify.ok, findings: verify.findingsTotal, head: verify.head },
    budgetRevisions: await budgetRevisionCount(db, projectId)
  }
}
