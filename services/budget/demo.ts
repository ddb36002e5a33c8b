// The budget part of the demo project (resources/demo/budget.json): the three staff members' hourly
// rates (with the OK21 pay rise on 1 April 2021), the original budget that adds up exactly to
// Herning's year split (and so is 1,00 kr. short of the grant, which the app shows), one approved
// revision, and the first instalment received. Built through the same services as the UI.
import budgetFacts from '../../resources/demo/budget.json'
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'
import { listStaff } from '../core/staff'
import { addStaffRate } from './staff'
import { addLine, createDraft, updateLine } from './drafts'
import { approveVersion, sendVersion } from './lifecycle'
import { updateInstalment } from './instalments'
import { versionLines } from './versions'

type DemoLine = { year: number; categoryKey: string; title: string; staffCount?: number; hourlyRateOre?: number; minutes?: number; amountOre?: number; note: string }

function lineFields(l: DemoLine) {
  return {
    year: l.year,
    categoryKey: l.categoryKey,
    title: l.title,
    staffCount: l.staffCount ?? null,
    hourlyRateOre: l.hourlyRateOre ?? null,
    minutes: l.minutes ?? null,
    amountOre: l.amountOre ?? null,
    note: l.note
  }
}

export async function seedBudgetDemo(ctx: ServiceContext, projectId: number, _facts: DemoFacts): Promise<void> {
  const staff = await listStaff(ctx.db, projectId)
  for (const s of budgetFacts.rates) {
    const member = staff.find((m) => m.name === s.staffName)
    if (!member) continue
    for (const r of s.rates) {
      await addStaffRate(ctx, {
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

  const o = budgetFacts.original
  const v1 = await createDraft(ctx, projectId, { title: o.title, reason: '' })
  for (const l of o.lines as DemoLine[]) await addLine(ctx, v1.id, lineFields(l))
  await approveVersion(ctx, v1.id, { decidedDate: o.approvedDate, starReference: o.starReference, decisionNote: '', actorName: o.actorName, actorRole: o.actorRole })

  const r = budgetFacts.revision
  const v2 = await createDraft(ctx, projectId, { title: r.title, reason: r.reason })
  const change = r.changeLine as DemoLine
  const target = (await versionLines(ctx.db, v2.id)).find((l) => l.year === change.year && l.title === change.title)!
  await updateLine(ctx, v2.id, target.budgetLineId, lineFields(change))
  await addLine(ctx, v2.id, lineFields(r.addLine as DemoLine))
  await sendVersion(ctx, v2.id, { sentDate: r.sentDate, reason: r.reason })
  await approveVersion(ctx, v2.id, { decidedDate: r.approvedDate, starReference: r.starReference, decisionNote: '', actorName: r.actorName, actorRole: r.actorRole })

  for (const i of budgetFacts.instalments) {
    await updateInstalment(ctx, {
      projectId,
      no: i.no,
      status: i.status as 'received',
      expectedDate: null,
      appliedDate: i.appliedDate,
      appliedAmountOre: i.appliedAmountOre,
      receivedDate: i.receivedDate,
      receivedAmountOre: i.receivedAmountOre,
      note: i.note
    })
  }
}
