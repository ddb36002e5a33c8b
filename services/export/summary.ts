// The revisor export's summary: the figures of its PDF (print route /print/revisor/:projectId),
// asked from the same services as the screens and the export's files: the ledger's totals from the
// ledger, the approved time from the months table's own figures (services/time/months.ts
// `approvedTime`), never recomputed here from the raw tables.
import type { ExportSummary } from '@shared/api/export'
import { ZERO_MINUTES } from '@shared/domain/duration'
import { ore, ZERO_ORE } from '@shared/domain/money'
import { nowIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { verifyDatabaseOnce } from '../audit/verify'
import { verifyTarget } from '../audit/handlers'
import { getLedger } from '../ledger/ledger'
import { listAccounts } from '../accounts/accounts'
import { modeOf, readTimeRules } from '../time/common'
import { approvedTime } from '../time/months'
import { approvedHourRows } from './tables'
import { budgetRevisionCount } from './budgetTables'

export async function exportSummary(ctx: ServiceContext, projectId: number): Promise<ExportSummary> {
  const db = ctx.db
  const project = await getProject(db, projectId)
  const ledger = await getLedger(db, projectId, { limit: 0 })
  const time = await approvedTime(db, projectId)
  // The number of rows of 02_godkendte_timer.csv, counted as the file reads them.
  let entryCount = 0
  for await (const _ of approvedHourRows(db, projectId)) entryCount++
  const postedByStaff = new Map(
    (
      await db
        .selectFrom('posting')
        .select(['staff_id', (eb) => eb.fn.sum<number>('amount_ore').as('ore')])
        .where('project_id', '=', projectId)
        .where('staff_id', 'is not', null)
        .groupBy('staff_id')
        .execute()
    ).map((r) => [r.staff_id, ore(Number(r.ore))])
  )
  const staff = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  const accounts = await listAccounts(db, projectId)
  const rules = await readTimeRules(db, projectId)
  const verify = await verifyDatabaseOnce(verifyTarget(ctx))
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
    ledger: { postingCount: ledger.count, totalOre: ledger.totalOre, totalMinutes: ledger.totalMinutes, byLine: ledger.byLine },
    approvedHours: { entryCount, minutes: time.timesheetMinutes, months: time.timesheetMonths },
    staff: staff.map((s) => ({
      name: s.name,
      title: s.title,
      mode: modeOf(s, rules),
      approvedMinutes: time.byStaff.get(s.id) ?? ZERO_MINUTES,
      postedOre: postedByStaff.get(s.id) ?? ZERO_ORE
    })),
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
