// Staff of a project and their hourly rates (docs/domain.md rule 4 «Time, rates and norm hours»). A
// rate is computed once from the salary parts by the pool's formula (computeHourlyRate →
// roundToOre) and kept with its validity; a new rate closes the previous one the day before. Every
// cost uses the rate valid on its date.
import type { Kysely, Selectable } from 'kysely'
import { z } from 'zod'
import { salaryPartAmountSchema, type StaffFields, type StaffRate, type StaffWithRates } from '@shared/api/staff'
import type { StaffMember } from '@shared/api/staff'
import { checkEligibility } from '@shared/domain/budget/lines'
import { computeHourlyRate, dayBefore, rateCalculationText, type SalaryPartAmount } from '@shared/domain/budget/rates'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { columnsOf } from '../db/columns'
import type { StaffRateTable } from '../db/schema/core'
import { nowIso, todayIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { projectBudgetRules } from '../budget/rules'
import { requireProject } from '../budget/projects'

type Db = Kysely<Database>
type StaffValues = StaffFields

/** A staff member's own columns, as a new one and a changed one write them. */
function staffColumns(input: StaffValues) {
  return columnsOf(input, ['name', 'functionKey', 'title', 'weeklyMinutes', 'projectShareBp', 'employedFrom', 'employedTo', 'note'])
}

async function validateStaff(db: Db, projectId: number, input: StaffValues): Promise<void> {
  const rules = await projectBudgetRules(db, projectId)
  const check = checkEligibility(rules, input.functionKey)
  if (!check.ok) {
    const message =
      check.reason === 'unknown'
        ? da.budget.errors.unknownCategory(input.functionKey)
        : da.budget.errors.ineligible(check.category!.label, check.category!.ruleText)
    throw new DomainError('rule', message.replace('«Kategori»', '«Funktion»'), { field: 'functionKey' })
  }
  if (input.employedFrom && input.employedTo && input.employedTo < input.employedFrom) {
    throw new DomainError('validation', da.budget.errors.employmentOrder, { field: 'employedTo' })
  }
}

async function getStaffMember(db: Db, staffId: number): Promise<StaffMember> {
  const row = await db.selectFrom('staff').select('project_id').where('id', '=', staffId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', da.budget.errors.staffNotFound(staffId), { field: 'staffId' })
  return (await listStaff(db, row.project_id)).find((s) => s.id === staffId)!
}

export async function createStaff(ctx: ServiceContext, projectId: number, input: StaffValues): Promise<StaffMember> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await requireProject(trx, projectId)
    await validateStaff(trx, projectId, input)
    const now = nowIso(ctx)
    const row = await insertAudited(
      trx,
      ctx,
      'staff',
      {
        project_id: projectId,
        ...staffColumns(input),
        created_at: now,
        updated_at: now
      },
      { projectId }
    )
    return row.id
  })
  return getStaffMember(ctx.db, id)
}

export async function updateStaff(ctx: ServiceContext, staffId: number, input: StaffValues): Promise<StaffMember> {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await getStaffMember(trx, staffId)
    await validateStaff(trx, current.projectId, input)
    await updateAudited(trx, ctx, 'staff', staffId, { ...staffColumns(input), updated_at: nowIso(ctx) }, { projectId: current.projectId })
  })
  return getStaffMember(ctx.db, staffId)
}

function toRate(r: Selectable<StaffRateTable>, inUse: boolean): StaffRate {
  const parts = z.array(salaryPartAmountSchema).parse(JSON.parse(r.salary_parts_json))
  return {
    id: r.id,
    staffId: r.staff_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    salaryParts: parts,
    annualSalaryOre: r.annual_salary_ore,
    divisorMinutes: r.divisor_minutes,
    hourlyRateOre: r.hourly_rate_ore,
    calculation: rateCalculationText(parts, r.divisor_minutes, r.hourly_rate_ore),
    note: r.note,
    inUse
  }
}

async function ratesInUse(db: Db, rateIds: number[]): Promise<Set<number>> {
  if (rateIds.length === 0) return new Set()
  const rows = await db.selectFrom('posting').select('staff_rate_id').distinct().where('staff_rate_id', 'in', rateIds).execute()
  return new Set(rows.map((r) => r.staff_rate_id!))
}

export async function listStaffWithRates(ctx: ServiceContext, projectId: number) {
  await requireProject(ctx.db, projectId)
  const rules = await projectBudgetRules(ctx.db, projectId)
  const staff = await listStaff(ctx.db, projectId)
  const rates = staff.length
    ? await ctx.db
        .selectFrom('staff_rate')
        .selectAll()
        .where(
          'staff_id',
          'in',
          staff.map((s) => s.id)
        )
        .orderBy('valid_from')
        .execute()
    : []
  const used = await ratesInUse(
    ctx.db,
    rates.map((r) => r.id)
  )
  const today = todayIso(ctx)
  const result: StaffWithRates[] = staff.map((s) => {
    const own = rates.filter((r) => r.staff_id === s.id).map((r) => toRate(r, used.has(r.id)))
    const current = own.find((r) => r.validFrom <= today && (r.validTo === null || r.validTo >= today)) ?? null
    return { staff: s, functionLabel: rules.categories.find((c) => c.key === s.functionKey)?.label ?? s.functionKey, rates: own, currentRate: current }
  })
  return {
    formula: rules.hourlyRate,
    categories: rules.categories.map((c) => ({ key: c.key, label: c.label, eligible: c.eligible, kind: c.kind })),
    staff: result
  }
}

export async function addStaffRate(
  ctx: ServiceContext,
  input: { staffId: number; validFrom: string; salaryParts: { key: string; amountOre: number }[]; note: string }
): Promise<StaffRate> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const member = await getStaffMember(trx, input.staffId)
    const { hourlyRate } = await projectBudgetRules(trx, member.projectId)
    const labels = new Map(hourlyRate.salaryParts.map((p) => [p.key, p.label]))
    for (const p of input.salaryParts) {
      if (!labels.has(p.key)) throw new DomainError('validation', da.budget.errors.unknownSalaryPart(p.key), { field: 'salaryParts' })
    }
    // The parts in the formula's order; a part the user left out counts as 0.
    const parts: SalaryPartAmount[] = hourlyRate.salaryParts.map((p) => ({
      key: p.key,
      label: p.label,
      amountOre: input.salaryParts.find((x) => x.key === p.key)?.amountOre ?? 0
    }))
    const rate = computeHourlyRate(parts, hourlyRate.divisorMinutes)
    const existing = await trx.selectFrom('staff_rate').selectAll().where('staff_id', '=', input.staffId).orderBy('valid_from').execute()
    if (existing.some((r) => r.valid_from === input.validFrom)) {
      throw new DomainError('conflict', da.budget.errors.rateOverlap(input.validFrom), { field: 'validFrom' })
    }
    const meta = { projectId: member.projectId }
    const previous = existing.filter((r) => r.valid_from < input.validFrom).pop()
    const next = existing.find((r) => r.valid_from > input.validFrom)
    if (previous && (previous.valid_to === null || previous.valid_to >= input.validFrom)) {
      await updateAudited(trx, ctx, 'staff_rate', previous.id, { valid_to: dayBefore(input.validFrom), updated_at: nowIso(ctx) }, meta)
    }
    const now = nowIso(ctx)
    const row = await insertAudited(
      trx,
      ctx,
      'staff_rate',
      {
        staff_id: input.staffId,
        valid_from: input.validFrom,
        valid_to: next ? dayBefore(next.valid_from) : null,
        salary_parts_json: JSON.stringify(parts),
        annual_salary_ore: rate.annualSalaryOre,
        divisor_minutes: rate.divisorMinutes,
        hourly_rate_ore: rate.hourlyRateOre,
        note: input.note,
        created_at: now,
        updated_at: now
      },
      meta
    )
    return row.id
  })
  const row = await ctx.db.selectFrom('staff_rate').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  return toRate(row, false)
}

export async function deleteStaffRate(ctx: ServiceContext, rateId: number, reason: string): Promise<{ deleted: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const rate = await trx.selectFrom('staff_rate').selectAll().where('id', '=', rateId).executeTakeFirst()
    if (!rate) throw new DomainError('not_found', da.budget.errors.rateNotFound(rateId), { field: 'rateId' })
    const member = await getStaffMember(trx, rate.staff_id)
    const later = await trx
      .selectFrom('staff_rate')
      .select('id')
      .where('staff_id', '=', rate.staff_id)
      .where('valid_from', '>', rate.valid_from)
      .executeTakeFirst()
    if (later) throw new DomainError('conflict', da.budget.errors.rateNotLatest, { field: 'rateId' })
    if ((await ratesInUse(trx, [rateId])).size > 0) throw new DomainError('locked', da.budget.errors.rateInUse, { field: 'rateId' })
    const meta = { projectId: member.projectId, reason: reason || null }
    await deleteAudited(trx, ctx, 'staff_rate', rateId, meta)
    const previous = await trx
      .selectFrom('staff_rate')
      .selectAll()
      .where('staff_id', '=', rate.staff_id)
      .orderBy('valid_from', 'desc')
      .limit(1)
      .executeTakeFirst()
    if (previous && previous.valid_to === dayBefore(rate.valid_from)) {
      await updateAudited(trx, ctx, 'staff_rate', previous.id, { valid_to: rate.valid_to, updated_at: nowIso(ctx) }, meta)
    }
  })
  return { deleted: true }
}

export async function listStaff(db: Db, projectId: number): Promise<StaffMember[]> {
  const rows = await db.selectFrom('staff').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    functionKey: r.function_key,
    title: r.title,
    weeklyMinutes: r.weekly_minutes,
    projectShareBp: r.project_share_bp,
    employedFrom: r.employed_from,
    employedTo: r.employed_to,
    note: r.note
  }))
}
