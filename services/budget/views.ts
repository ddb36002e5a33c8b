// The budget as the screens, the printouts and the CLI see it: versions with their totals, one
// version's lines and what it changes, and the budget compared with the grant. One path per figure.
import type { Kysely } from 'kysely'
import type { BudgetLineView, BudgetOverview, BudgetVersionDetail, BudgetVersionSummary, LineChangeView } from '@shared/api/budget'
import type { Project } from '@shared/api/core'
import { yearsOfPeriod } from '@shared/domain/dates'
import { type BudgetPoolRules } from '@shared/domain/budget/poolRules'
import {
  allowedActions,
  classifyRevision,
  diffVersions,
  needsApproval,
  type VersionKind,
  type VersionLine,
  type VersionStatus
} from '@shared/domain/budget/revisions'
import { budgetByYear, compareBudgetWithGrant, type BudgetGrantComparison } from '@shared/domain/budget/yearSplit'
import { budgetLimitViolations } from '@shared/domain/budget/limits'
import { formatKr, sumOre } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import type { Database } from '../db/schema'
import { todayIso, type ServiceContext } from '../context'
import { projectBudgetRules } from './rules'
import { requireProject } from './projects'
import { getVersion, listVersions, openVersion, versionInForce, versionLines, type VersionRow } from './versions'

type Db = Kysely<Database>

export function lineView(l: VersionLine, rules: BudgetPoolRules): BudgetLineView {
  const category = rules.categories.find((c) => c.key === l.categoryKey)
  return { ...l, categoryLabel: category?.label ?? l.categoryKey, kind: category?.kind ?? (l.staffCount === null ? 'lumpSum' : 'salary') }
}

function summary(v: VersionRow, lines: VersionLine[], numbers: Map<number, number>, inForceId: number | null): BudgetVersionSummary {
  return {
    id: v.id,
    projectId: v.project_id,
    number: v.number,
    kind: v.kind as VersionKind,
    status: v.status as VersionStatus,
    title: v.title,
    reason: v.reason,
    baseVersionId: v.base_version_id,
    baseVersionNumber: v.base_version_id === null ? null : (numbers.get(v.base_version_id) ?? null),
    sentDate: v.sent_date,
    effectiveDate: v.effective_date,
    decidedDate: v.decided_date,
    starReference: v.star_reference,
    decisionNote: v.decision_note,
    decidedByName: v.decided_by_name,
    decidedByRole: v.decided_by_role,
    totalOre: sumOre(lines.map((l) => l.amountOre)),
    lineCount: lines.length,
    inForce: v.id === inForceId,
    createdAt: v.created_at
  }
}

export async function versionSummary(ctx: ServiceContext, versionId: number): Promise<BudgetVersionSummary> {
  const v = await getVersion(ctx.db, versionId)
  const all = await listVersions(ctx.db, v.project_id)
  const inForce = await versionInForce(ctx.db, v.project_id, todayIso(ctx))
  return summary(v, await versionLines(ctx.db, v.id), new Map(all.map((x) => [x.id, x.number])), inForce?.id ?? null)
}

export function compare(project: Project, lines: VersionLine[]) {
  return compareBudgetWithGrant(budgetByYear(lines), project.grantByYear, project.grantAmountOre, yearsOfPeriod(project.periodStart, project.periodEnd))
}

export async function budgetOverview(ctx: ServiceContext, projectId: number): Promise<BudgetOverview> {
  const project = await requireProject(ctx.db, projectId)
  const rules = await projectBudgetRules(ctx.db, projectId)
  const versions = await listVersions(ctx.db, projectId)
  const inForce = await versionInForce(ctx.db, projectId, todayIso(ctx))
  const open = await openVersion(ctx.db, projectId)
  const numbers = new Map(versions.map((x) => [x.id, x.number]))
  const summaries: BudgetVersionSummary[] = []
  let inForceLines: VersionLine[] = []
  for (const v of versions) {
    const lines = await versionLines(ctx.db, v.id)
    if (v.id === inForce?.id) inForceLines = lines
    summaries.push(summary(v, lines, numbers, inForce?.id ?? null))
  }
  return {
    projectId,
    years: yearsOfPeriod(project.periodStart, project.periodEnd),
    versions: summaries,
    inForceVersionId: inForce?.id ?? null,
    openVersionId: open?.id ?? null,
    comparison: compare(project, inForceLines),
    categories: rules.categories.map((c) => ({ key: c.key, label: c.label, eligible: c.eligible, kind: c.kind, ruleText: c.ruleText })),
    revisionsNote: rules.revisions.note,
    betweenYearsNeedsApproval: rules.revisions.betweenYearsWithinPeriodNeedsApproval
  }
}

/**
 * Why a version may not be sent to STAR or put in force (issue 12), as the Danish messages the
 * service refuses with and the screen shows beside the buttons. Empty when nothing blocks it.
 */
export function blockedReasons(kind: VersionKind, comparison: BudgetGrantComparison, rules: BudgetPoolRules): string[] {
  const yearSplitBinds = kind === 'original' && rules.revisions.betweenYearsWithinPeriodNeedsApproval
  const t = da.budget.errors
  return budgetLimitViolations(comparison, { yearSplitBinds }).map((v) =>
    v.kind === 'total'
      ? t.totalAboveGrant(formatKr(v.budgetOre), formatKr(v.grantOre), formatKr(v.excessOre))
      : t.yearAboveSplit(v.year, formatKr(v.budgetOre), formatKr(v.grantOre), formatKr(v.excessOre))
  )
}

/** A version's changes against its base, and whether the pool needs STAR's approval for them. */
export async function versionChanges(db: Db, v: VersionRow, project: Project, rules: BudgetPoolRules) {
  const lines = await versionLines(db, v.id)
  const base = v.base_version_id === null ? [] : await versionLines(db, v.base_version_id)
  const changes = v.kind === 'original' ? [] : diffVersions(base, lines)
  const revisionKind = v.kind === 'original' ? 'none' : classifyRevision(changes, yearsOfPeriod(project.periodStart, project.periodEnd))
  const approvalNeeded = v.kind === 'original' ? true : needsApproval(revisionKind === 'none' ? 'other' : revisionKind, rules)
  return { lines, changes, revisionKind, approvalNeeded } as const
}

export async function versionDetail(ctx: ServiceContext, versionId: number): Promise<BudgetVersionDetail> {
  const v = await getVersion(ctx.db, versionId)
  const project = await requireProject(ctx.db, v.project_id)
  const rules = await projectBudgetRules(ctx.db, v.project_id)
  const { lines, changes, revisionKind, approvalNeeded } = await versionChanges(ctx.db, v, project, rules)
  const all = await listVersions(ctx.db, v.project_id)
  const inForce = await versionInForce(ctx.db, v.project_id, todayIso(ctx))
  const changeViews: LineChangeView[] = changes.map((c) => ({
    ...c,
    categoryLabel: rules.categories.find((x) => x.key === c.categoryKey)?.label ?? c.categoryKey,
    before: c.before ? lineView(c.before, rules) : null,
    after: c.after ? lineView(c.after, rules) : null
  }))
  return {
    version: summary(v, lines, new Map(all.map((x) => [x.id, x.number])), inForce?.id ?? null),
    lines: lines.map((l) => lineView(l, rules)),
    changes: changeViews,
    revisionKind,
    approvalNeeded,
    allowedActions: allowedActions(v.kind as VersionKind, v.status as VersionStatus, approvalNeeded, changes.length > 0),
    comparison: compare(project, lines),
    blockedReasons: blockedReasons(v.kind as VersionKind, compare(project, lines), rules),
    project: {
      id: project.id,
      title: project.title,
      municipality: project.municipality,
      poolName: project.poolName,
      caseNumber: project.caseNumber,
      periodStart: project.periodStart,
      periodEnd: project.periodEnd,
      grantAmountOre: project.grantAmountOre,
      years: yearsOfPeriod(project.periodStart, project.periodEnd)
    }
  }
}
