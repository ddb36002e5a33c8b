// Instalments: the pool's instalment rules applied to the project (shared/domain/budget/instalments),
// each with its basis, maximum, result condition (measured by the participants domain; until it
// measures, "not yet measured"), expected date and status (expected, applied for, received).
import type { budgetApi, InstalmentView, Instalments } from '@shared/api/budget'
import type { ParsedInputOf } from '@shared/api/define'
import { ore, sumOre, type Ore } from '@shared/domain/money'
import { planInstalments, tierOutcome, type PlannedInstalment } from '@shared/domain/budget/instalments'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Selectable } from 'kysely'
import type { BudgetInstalmentTable } from '../db/schema/budget'
import { nowIso, type ServiceContext } from '../context'
import { insertAudited, updateAudited } from '../audit/audit'
import { resultMeasurer } from '../participants/results'
import { projectBudgetRules } from './rules'
import { requireProject } from './projects'
import { basisPointsOfShare, shareOfBasisPoints } from '@shared/domain/percent'

type Row = Selectable<BudgetInstalmentTable>

async function documentedCosts(ctx: ServiceContext, projectId: number, from: string, to: string): Promise<Ore> {
  const r = await ctx.db
    .selectFrom('posting')
    .select((eb) => eb.fn.sum<number>('amount_ore').as('s'))
    .where('project_id', '=', projectId)
    .where('posting_date', '>=', from)
    .where('posting_date', '<=', to)
    .executeTakeFirst()
  return ore(Number(r?.s ?? 0))
}

async function view(
  ctx: ServiceContext,
  projectId: number,
  grantAmountOre: number,
  p: PlannedInstalment,
  row: Row | undefined,
  measureResultRule: ReturnType<typeof resultMeasurer>
): Promise<InstalmentView> {
  const tiers = []
  const measured: (boolean | null)[] = []
  for (const tier of p.resultTiers) {
    const m = await measureResultRule({
      kpi: tier.kpi,
      atLeast: shareOfBasisPoints(tier.atLeastBp),
      ...(tier.consecutiveMonths ? { consecutiveMonths: tier.consecutiveMonths } : {})
    })
    measured.push(m ? m.met : null)
    tiers.push({
      label: tier.label,
      atLeastBp: tier.atLeastBp,
      consecutiveMonths: tier.consecutiveMonths ?? null,
      grantPaidInAllBp: tier.grantPaidInAllBp ?? null,
      met: m ? m.met : null,
      bestShareBp: m ? basisPointsOfShare(m.bestShare) : null,
      bestMonth: m?.bestMonth ?? null,
      detail: m?.detail ?? da.budget.instalments.notMeasured
    })
  }
  const outcome = tierOutcome(p.resultTiers, measured, grantAmountOre)
  return {
    ...recorded(p, row),
    basis: p.basis,
    managementSignOff: p.managementSignOff,
    accountFrom: p.accountFrom,
    accountTo: p.accountTo,
    maxAmountOre: p.maxAmountOre,
    documentedCostsOre: await documentedCosts(ctx, projectId, p.accountFrom, p.accountTo),
    ruleNote: p.note,
    condition: {
      outcome: p.resultTiers.length === 0 ? 'none' : outcome.met === null ? 'notMeasured' : outcome.met ? 'met' : 'notMet',
      tiers,
      reachedTierLabel: outcome.reachedTier?.label ?? null,
      grantPaidInAllOre: outcome.grantPaidInAllOre
    }
  }
}

/** What the project leader has recorded of a planned instalment (nothing yet: expected on its planned date). */
function recorded(p: PlannedInstalment, row: Row | undefined): RecordedInstalment {
  return {
    no: p.no,
    label: p.label,
    plannedExpectedDate: p.expectedDate,
    expectedDate: row?.expected_date ?? p.expectedDate,
    status: (row?.status ?? 'expected') as InstalmentView['status'],
    appliedDate: row?.applied_date ?? null,
    appliedAmountOre: row?.applied_amount_ore ?? null,
    receivedDate: row?.received_date ?? null,
    receivedAmountOre: row?.received_amount_ore ?? null,
    note: row?.note ?? ''
  }
}

export type RecordedInstalment = Pick<
  InstalmentView,
  'no' | 'label' | 'plannedExpectedDate' | 'expectedDate' | 'status' | 'appliedDate' | 'appliedAmountOre' | 'receivedDate' | 'receivedAmountOre' | 'note'
>

/** The instalments the pool's rules plan for the project, each with its recorded row. */
async function plannedInstalments(ctx: ServiceContext, projectId: number) {
  const project = await requireProject(ctx.db, projectId)
  const rules = await projectBudgetRules(ctx.db, projectId)
  const rows = await ctx.db.selectFrom('budget_instalment').selectAll().where('project_id', '=', projectId).execute()
  return { project, rules, planned: planInstalments(rules, project).map((p) => ({ p, row: rows.find((r) => r.no === p.no) })) }
}

/**
 * The instalments as recorded (status, dates, amounts), without measuring their result conditions
 * or summing their costs: what the quarterly pack shows of them (#14: the pack had measured every
 * result tier's KPIs again only to leave them out).
 */
export async function recordedInstalments(ctx: ServiceContext, projectId: number): Promise<RecordedInstalment[]> {
  return (await plannedInstalments(ctx, projectId)).planned.map(({ p, row }) => recorded(p, row))
}

export async function listInstalments(ctx: ServiceContext, projectId: number): Promise<Instalments> {
  const { project, rules, planned } = await plannedInstalments(ctx, projectId)
  const instalments: InstalmentView[] = []
  // Every tier of every instalment is measured on the same KPI data, read once.
  const measureResultRule = resultMeasurer(ctx, projectId)
  for (const { p, row } of planned) instalments.push(await view(ctx, projectId, project.grantAmountOre, p, row, measureResultRule))
  return {
    projectId,
    schedule: rules.instalmentSchedule,
    note: rules.instalmentNote,
    grantAmountOre: project.grantAmountOre,
    instalments,
    receivedTotalOre: sumOre(instalments.map((i) => (i.status === 'received' ? (i.receivedAmountOre ?? 0) : 0))),
    appliedTotalOre: sumOre(instalments.map((i) => (i.status !== 'expected' ? (i.appliedAmountOre ?? 0) : 0)))
  }
}

export async function updateInstalment(ctx: ServiceContext, input: ParsedInputOf<(typeof budgetApi)['budget.updateInstalment']>): Promise<InstalmentView> {
  const t = da.budget.errors
  const project = await requireProject(ctx.db, input.projectId)
  const rules = await projectBudgetRules(ctx.db, input.projectId)
  const planned = planInstalments(rules, project).find((p) => p.no === input.no)
  if (!planned) throw new DomainError('not_found', t.instalmentNotFound(input.no), { field: 'no' })
  if (input.status === 'received') {
    if (!input.receivedDate) throw new DomainError('validation', t.receivedNeedsAmount, { field: 'receivedDate' })
    if (input.receivedAmountOre === null) throw new DomainError('validation', t.receivedNeedsAmount, { field: 'receivedAmountOre' })
  }
  if (input.status === 'appliedFor' && !input.appliedDate) throw new DomainError('validation', t.appliedNeedsDate, { field: 'appliedDate' })
  const values = {
    status: input.status,
    expected_date: input.expectedDate,
    applied_date: input.status === 'expected' ? null : input.appliedDate,
    applied_amount_ore: input.status === 'expected' ? null : input.appliedAmountOre,
    received_date: input.status === 'received' ? input.receivedDate : null,
    received_amount_ore: input.status === 'received' ? input.receivedAmountOre : null,
    note: input.note,
    updated_at: nowIso(ctx)
  }
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('budget_instalment')
      .select('id')
      .where('project_id', '=', input.projectId)
      .where('no', '=', input.no)
      .executeTakeFirst()
    const meta = { projectId: input.projectId }
    if (existing) await updateAudited(trx, ctx, 'budget_instalment', existing.id, values, meta)
    else await insertAudited(trx, ctx, 'budget_instalment', { project_id: input.projectId, no: input.no, created_at: nowIso(ctx), ...values }, meta)
  })
  return (await listInstalments(ctx, input.projectId)).instalments.find((i) => i.no === input.no)!
}
