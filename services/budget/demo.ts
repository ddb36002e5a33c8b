// The budget part of the demo project (resources/demo/budget.json): the staff's hourly rates (with
// the OK21 pay rise on 1 April 2021), the original budget that adds up exactly to Herning's year
// split (and so is 1,00 kr. short of the grant, which the app shows), and the revisions a project
// leader made as the project ran: two moves of unspent money between years (FSM2 lets them take
// effect without STAR's approval: registered, still recorded) and one revision STAR approved (a
// health coordinator). Instalment 1 is applied for once the interim account is signed: the time
// demo calls seedInstalmentsDemo after signing it. Built through the same services as the UI, with
// the clock set to when each thing happened.
import budgetFacts from '../../resources/demo/budget.json'
import { minutes } from '@shared/domain/duration'
import { ore } from '@shared/domain/money'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'
import { listStaff } from '../staff/staff'
import { addStaffRate } from '../staff/staff'
import { addLine, createDraft, updateLine } from './drafts'
import { approveVersion, registerVersion, sendVersion } from './lifecycle'
import { listInstalments, updateInstalment } from './instalments'
import { versionLines } from './versions'

type DemoLine = {
  year: number
  categoryKey: string
  title: string
  staffCount?: number
  hourlyRateOre?: number
  minutes?: number
  amountOre?: number
  note: string
}

interface DemoVersion {
  kind: 'original' | 'betweenYears' | 'approvedByStar'
  title: string
  reason: string
  /** When the project leader made the draft (the clock of the trail). */
  draftedOn: string
  sentDate?: string
  decidedDate: string
  starReference?: string
  actorName?: string
  actorRole?: string
  /** The original budget's lines, or a revision's changed lines (found by year and title). */
  lines?: DemoLine[]
  changes?: DemoLine[]
  addLines?: DemoLine[]
}

/** The context with the clock set to `iso` (local time), so the trail shows when things happened. */
function at(ctx: ServiceContext, iso: string): ServiceContext {
  const when = new Date(iso)
  return { ...ctx, now: () => when }
}

function lineFields(l: DemoLine) {
  return {
    year: l.year,
    categoryKey: l.categoryKey,
    title: l.title,
    staffCount: l.staffCount ?? null,
    hourlyRateOre: l.hourlyRateOre == null ? null : ore(l.hourlyRateOre),
    minutes: l.minutes == null ? null : minutes(l.minutes),
    amountOre: l.amountOre == null ? null : ore(l.amountOre),
    note: l.note
  }
}

export async function seedBudgetDemo(ctx: ServiceContext, projectId: number, _facts: DemoFacts): Promise<void> {
  const staff = await listStaff(ctx.db, projectId)
  for (const s of budgetFacts.rates) {
    const member = staff.find((m) => m.name === s.staffName)
    if (!member) continue
    for (const r of s.rates) {
      await addStaffRate(at(ctx, `${r.enteredOn}T10:00:00`), {
        staffId: member.id,
        validFrom: r.validFrom,
        note: r.note,
        salaryParts: [
          { key: 'aIncome', amountOre: r.aIncome },
          { key: 'pension', amountOre: r.pension },
          { key: 'atp', amountOre: r.atp }
        ]
      })
    }
  }

  for (const v of budgetFacts.versions as DemoVersion[]) {
    const draftCtx = at(ctx, `${v.draftedOn}T10:00:00`)
    const draft = await createDraft(draftCtx, projectId, { title: v.title, reason: v.reason })
    for (const l of v.lines ?? []) await addLine(draftCtx, draft.id, lineFields(l))
    for (const change of v.changes ?? []) {
      const target = (await versionLines(ctx.db, draft.id)).find((l) => l.year === change.year && l.title === change.title)
      if (!target) throw new DomainError('internal', da.budget.errors.demoLineMissing(change.title, change.year))
      await updateLine(draftCtx, draft.id, target.budgetLineId, lineFields(change))
    }
    for (const l of v.addLines ?? []) await addLine(draftCtx, draft.id, lineFields(l))
    const decidedCtx = at(ctx, `${v.decidedDate}T12:00:00`)
    if (v.kind === 'betweenYears') {
      // FSM2: moving money between years inside the period takes effect at once, still recorded.
      await registerVersion(decidedCtx, draft.id, {
        effectiveDate: v.decidedDate,
        reason: v.reason,
        actorName: v.actorName ?? '',
        actorRole: v.actorRole ?? ''
      })
      continue
    }
    if (v.sentDate) await sendVersion(at(ctx, `${v.sentDate}T12:00:00`), draft.id, { sentDate: v.sentDate, reason: v.reason })
    await approveVersion(decidedCtx, draft.id, {
      decidedDate: v.decidedDate,
      starReference: v.starReference ?? '',
      decisionNote: '',
      actorName: v.actorName ?? '',
      actorRole: v.actorRole ?? ''
    })
  }
}

/**
 * Instalment 1 (FSM2: up to 50 % of the grant on the management-signed interim account) as applied
 * for and received: the amount applied for is the documented costs of the interim account, at most
 * the instalment's maximum. Called by the time demo once the interim account is signed.
 */
export async function seedInstalmentsDemo(ctx: ServiceContext, projectId: number): Promise<void> {
  const current = await listInstalments(ctx, projectId)
  for (const i of budgetFacts.instalments) {
    const planned = current.instalments.find((p) => p.no === i.no)
    if (!planned) continue
    const amount = planned.maxAmountOre === null ? planned.documentedCostsOre : ore(Math.min(planned.maxAmountOre, planned.documentedCostsOre))
    await updateInstalment(at(ctx, `${i.appliedDate}T12:00:00`), {
      projectId,
      no: i.no,
      status: 'appliedFor',
      expectedDate: null,
      appliedDate: i.appliedDate,
      appliedAmountOre: amount,
      receivedDate: null,
      receivedAmountOre: null,
      note: i.appliedNote
    })
    await updateInstalment(at(ctx, `${i.receivedDate}T12:00:00`), {
      projectId,
      no: i.no,
      status: 'received',
      expectedDate: null,
      appliedDate: i.appliedDate,
      appliedAmountOre: amount,
      receivedDate: i.receivedDate,
      receivedAmountOre: amount,
      note: i.note
    })
  }
}
