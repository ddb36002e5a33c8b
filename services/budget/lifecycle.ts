// A budget version's life (docs/domain.md rule 3 «Budget revisions»): draft → sent to STAR (date,
// reason) → approved (date, STAR's reference) or rejected. Only an approved version becomes the
// budget in force. A revision the pool allows without approval (FSM2: between years) is registered:
// in force at once, recorded.
import type { BudgetVersionSummary } from '@shared/api/budget'
import { allowedActions, type VersionAction, type VersionKind, type VersionStatus } from '@shared/domain/budget/revisions'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { updateAudited } from '../audit/audit'
import { projectBudgetRules } from './rules'
import { requireProject } from './projects'
import { getVersion } from './versions'
import { blockedReasons, compare, versionChanges, versionSummary } from './views'

const t = da.budget.errors

async function guard(ctx: ServiceContext, versionId: number, action: VersionAction) {
  const v = await getVersion(ctx.db, versionId)
  const project = await requireProject(ctx.db, v.project_id)
  const rules = await projectBudgetRules(ctx.db, v.project_id)
  const { lines, changes, approvalNeeded } = await versionChanges(ctx.db, v, project, rules)
  const allowed = allowedActions(v.kind as VersionKind, v.status as VersionStatus, approvalNeeded, changes.length > 0)
  if (!allowed.includes(action)) {
    if (action === 'register' && v.status === 'draft' && changes.length > 0) throw new DomainError('rule', t.needsApproval, { field: 'versionId' })
    if (v.status === 'draft' && v.kind === 'revision' && changes.length === 0) throw new DomainError('conflict', t.noChanges, { field: 'versionId' })
    throw new DomainError('conflict', t.actionNotAllowed(da.budget.actions[action]!, da.budget.status[v.status]!), { field: 'versionId' })
  }
  // A budget above the grant never reaches STAR or comes into force (issue 12).
  if (action === 'send' || action === 'approve' || action === 'register') {
    const reasons = blockedReasons(v.kind as VersionKind, compare(project, lines), rules)
    if (reasons.length > 0) throw new DomainError('rule', reasons.join(' '), { field: 'versionId' })
  }
  return v
}

export async function sendVersion(ctx: ServiceContext, versionId: number, input: { sentDate: string; reason: string }): Promise<BudgetVersionSummary> {
  const v = await guard(ctx, versionId, 'send')
  await ctx.db.transaction().execute(async (trx) => {
    await updateAudited(
      trx,
      ctx,
      'budget_version',
      versionId,
      { status: 'sent', sent_date: input.sentDate, reason: input.reason, updated_at: nowIso(ctx) },
      { projectId: v.project_id, action: 'send', reason: input.reason }
    )
  })
  return versionSummary(ctx, versionId)
}

export async function approveVersion(
  ctx: ServiceContext,
  versionId: number,
  input: { decidedDate: string; starReference: string; decisionNote: string; actorName: string; actorRole: string }
): Promise<BudgetVersionSummary> {
  const v = await guard(ctx, versionId, 'approve')
  if (v.sent_date && input.decidedDate < v.sent_date) throw new DomainError('validation', t.dateBeforeSent, { field: 'decidedDate' })
  await ctx.db.transaction().execute(async (trx) => {
    await updateAudited(
      trx,
      ctx,
      'budget_version',
      versionId,
      {
        status: 'approved',
        decided_date: input.decidedDate,
        effective_date: input.decidedDate,
        star_reference: input.starReference,
        decision_note: input.decisionNote,
        decided_by_name: input.actorName,
        decided_by_role: input.actorRole,
        updated_at: nowIso(ctx)
      },
      { projectId: v.project_id, action: 'approve', actorName: input.actorName, actorRole: input.actorRole, reason: input.decisionNote || null }
    )
  })
  return versionSummary(ctx, versionId)
}

export async function rejectVersion(
  ctx: ServiceContext,
  versionId: number,
  input: { decidedDate: string; starReference: string; decisionNote: string; actorName: string; actorRole: string }
): Promise<BudgetVersionSummary> {
  const v = await guard(ctx, versionId, 'reject')
  if (v.sent_date && input.decidedDate < v.sent_date) throw new DomainError('validation', t.dateBeforeSent, { field: 'decidedDate' })
  await ctx.db.transaction().execute(async (trx) => {
    await updateAudited(
      trx,
      ctx,
      'budget_version',
      versionId,
      {
        status: 'rejected',
        decided_date: input.decidedDate,
        star_reference: input.starReference,
        decision_note: input.decisionNote,
        decided_by_name: input.actorName,
        decided_by_role: input.actorRole,
        updated_at: nowIso(ctx)
      },
      { projectId: v.project_id, action: 'reject', actorName: input.actorName, actorRole: input.actorRole, reason: input.decisionNote }
    )
  })
  return versionSummary(ctx, versionId)
}

export async function registerVersion(
  ctx: ServiceContext,
  versionId: number,
  input: { effectiveDate: string; reason: string; actorName: string; actorRole: string }
): Promise<BudgetVersionSummary> {
  const v = await guard(ctx, versionId, 'register')
  await ctx.db.transaction().execute(async (trx) => {
    await updateAudited(
      trx,
      ctx,
      'budget_version',
      versionId,
      {
        status: 'registered',
        effective_date: input.effectiveDate,
        decided_date: input.effectiveDate,
        decided_by_name: input.actorName,
        decided_by_role: input.actorRole,
        reason: input.reason,
        updated_at: nowIso(ctx)
      },
      {
        projectId: v.project_id,
        action: 'register',
        actorName: input.actorName,
        actorRole: input.actorRole,
        reason: `${da.budget.versions.registeredReason} ${input.reason}`
      }
    )
  })
  return versionSummary(ctx, versionId)
}
