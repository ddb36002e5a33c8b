// A budget version's life (docs/domain.md rule 3 «Budget revisions»): draft → sent to STAR (date,
// reason) → approved (date, STAR's reference) or rejected. Only an approved version becomes the
// budget in force. A revision the pool allows without approval (FSM2: between years) is registered:
// in force at once, recorded.
import type { Updateable } from 'kysely'
import type { BudgetVersionSummary } from '@shared/api/budget'
import { allowedActions, type VersionAction, type VersionKind, type VersionStatus } from '@shared/domain/budget/revisions'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { nowIso, type ServiceContext } from '../context'
import { updateAudited, type AuditMeta } from '../audit/audit'
import type { Database } from '../db/schema'
import { projectBudgetRules } from './rules'
import { requireProject } from './projects'
import { getVersion, type VersionRow } from './versions'
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

type VersionUpdate = Updateable<Database['budget_version']>
type AuditedAs = Omit<AuditMeta, 'projectId' | 'action'>

/** One step of a version's life: guarded, written through the audit trail, the version's summary back. */
async function step(ctx: ServiceContext, versionId: number, action: VersionAction, values: (v: VersionRow) => VersionUpdate, audit: AuditedAs) {
  const v = await guard(ctx, versionId, action)
  const update = values(v)
  await ctx.db.transaction().execute(async (trx) => {
    await updateAudited(trx, ctx, 'budget_version', versionId, { ...update, updated_at: nowIso(ctx) }, { projectId: v.project_id, action, ...audit })
  })
  return versionSummary(ctx, versionId)
}

export function sendVersion(ctx: ServiceContext, versionId: number, input: { sentDate: string; reason: string }): Promise<BudgetVersionSummary> {
  return step(ctx, versionId, 'send', () => ({ status: 'sent', sent_date: input.sentDate, reason: input.reason }), { reason: input.reason })
}

type Decision = { decidedDate: string; starReference: string; decisionNote: string; actorName: string; actorRole: string }

/** STAR's decision on a sent version: approved (in force from the decision's date) or rejected. */
function decide(ctx: ServiceContext, versionId: number, action: 'approve' | 'reject', input: Decision): Promise<BudgetVersionSummary> {
  return step(
    ctx,
    versionId,
    action,
    (v) => {
      if (v.sent_date && input.decidedDate < v.sent_date) throw new DomainError('validation', t.dateBeforeSent, { field: 'decidedDate' })
      return {
        status: action === 'approve' ? 'approved' : 'rejected',
        decided_date: input.decidedDate,
        ...(action === 'approve' ? { effective_date: input.decidedDate } : {}),
        star_reference: input.starReference,
        decision_note: input.decisionNote,
        decided_by_name: input.actorName,
        decided_by_role: input.actorRole
      }
    },
    { actorName: input.actorName, actorRole: input.actorRole, reason: action === 'approve' ? input.decisionNote || null : input.decisionNote }
  )
}

export function approveVersion(ctx: ServiceContext, versionId: number, input: Decision): Promise<BudgetVersionSummary> {
  return decide(ctx, versionId, 'approve', input)
}

export function rejectVersion(ctx: ServiceContext, versionId: number, input: Decision): Promise<BudgetVersionSummary> {
  return decide(ctx, versionId, 'reject', input)
}

export function registerVersion(
  ctx: ServiceContext,
  versionId: number,
  input: { effectiveDate: string; reason: string; actorName: string; actorRole: string }
): Promise<BudgetVersionSummary> {
  return step(
    ctx,
    versionId,
    'register',
    () => ({
      status: 'registered',
      effective_date: input.effectiveDate,
      decided_date: input.effectiveDate,
      decided_by_name: input.actorName,
      decided_by_role: input.actorRole,
      reason: input.reason
    }),
    { actorName: input.actorName, actorRole: input.actorRole, reason: `${da.budget.versions.registeredReason} ${input.reason}` }
  )
}
