import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { approvedBudgetLines } from '../../../services/budget/approved'
import { createFsm2Project } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

const brokers = (year: number, hours: number) => ({
  year,
  categoryKey: 'jobBroker',
  title: 'Jobformidlere',
  staffCount: 2,
  hourlyRateOre: 26391,
  minutes: hours * 60,
  note: '2 jobformidlere à 26,4 timer om ugen'
})
const approval = { starReference: 'J.nr. 2020-0042', decisionNote: '', actorName: 'Mette Kjær', actorRole: 'Projektleder' }

async function approvedOriginal(projectId: number) {
  const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
  await rt.call('budget.addLine', { versionId: v1.id, ...brokers(2020, 1000) })
  await rt.call('budget.addLine', { versionId: v1.id, ...brokers(2021, 1000) })
  await rt.call('budget.addLine', {
    versionId: v1.id,
    year: 2021,
    categoryKey: 'audit',
    title: 'Revision',
    amountOre: 2500000,
    note: 'Revisorerklæring på slutregnskabet'
  })
  await rt.call('budget.approve', { versionId: v1.id, decidedDate: '2020-01-10', ...approval })
  return v1
}

describe('budget lines and versions', () => {
  it('a salary line is staff × hours × rate rounded once, and the budget is compared with the grant per year', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    expect(v1).toMatchObject({ number: 1, kind: 'original', status: 'draft', title: 'Oprindeligt budget' })
    const l = await rt.call('budget.addLine', { versionId: v1.id, ...brokers(2020, 1372) })
    // 2 × 1.372 h × 263,91 kr. = 724.169,04 kr.
    expect(l.amountOre).toBe(72416904)
    const detail = await rt.call('budget.version', { versionId: v1.id })
    expect(detail.comparison.years[0]).toEqual({ year: 2020, grantOre: 75000000, budgetOre: 72416904, differenceOre: -2583096 })
    expect(detail.comparison.budgetVsGrantOre).toBe(72416904 - 150000000)
  })

  it('a budget line for overhead is refused with the rule, and nothing is saved', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    const error = await rt.callError('budget.addLine', {
      versionId: v1.id,
      year: 2020,
      categoryKey: 'overhead',
      title: 'Overhead 10 %',
      amountOre: 5000000,
      note: 'Administration'
    })
    expect(error.code).toBe('rule')
    expect(error.field).toBe('categoryKey')
    expect(error.message).toBe(
      'Feltet «Kategori»: puljen dækker ikke «Overhead». Puljemidlerne kan ikke anvendes til overhead på medarbejdere, fx i forbindelse med at ansætte nye medarbejdere; kun lønkroner (STAR’s FAQ til puljen Flere skal med).'
    )
    expect((await rt.call('budget.version', { versionId: v1.id })).lines).toEqual([])
    expect(await rt.ctx.db.selectFrom('budget_line').selectAll().execute()).toEqual([])
  })

  it('a salary line without hours, or a year outside the period, is refused naming the field', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    const noHours = await rt.callError('budget.addLine', { versionId: v1.id, ...brokers(2020, 10), minutes: null })
    expect(noHours).toMatchObject({
      field: 'minutes',
      message: 'Feltet «Timer pr. medarbejder i året» skal udfyldes for en lønpost (antal medarbejdere × timer × timesats).'
    })
    const year = await rt.callError('budget.addLine', { versionId: v1.id, ...brokers(2023, 10) })
    expect(year.message).toBe('Feltet «År»: 2023 ligger uden for projektperioden.')
    const noNote = await rt.callError('budget.addLine', { versionId: v1.id, ...brokers(2020, 10), note: ' ' })
    expect(noNote.message).toBe('Feltet «Note» skal udfyldes.')
  })

  it('a revision: only after STAR’s approval does it change the budget spending is measured against; every version stays visible', async () => {
    const projectId = await createFsm2Project(rt)
    const v1 = await approvedOriginal(projectId)
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-06-15')).map((l) => l.amountOre)).toEqual([52782000, 52782000, 2500000])

    const v2 = await rt.call('budget.createDraft', { projectId, title: 'Flere timer til revision', reason: '' })
    expect(v2).toMatchObject({ number: 2, kind: 'revision', baseVersionNumber: 1, totalOre: 52782000 * 2 + 2500000 })
    const lines = (await rt.call('budget.version', { versionId: v2.id })).lines
    const audit = lines.find((l) => l.categoryKey === 'audit')!
    await rt.call('budget.updateLine', {
      versionId: v2.id,
      budgetLineId: audit.budgetLineId,
      year: 2021,
      categoryKey: 'audit',
      title: 'Revision',
      amountOre: 4000000,
      note: 'Revision af del- og slutregnskab'
    })
    let d = await rt.call('budget.version', { versionId: v2.id })
    expect(d.changes.map((c) => [c.title, c.change, c.deltaOre])).toEqual([['Revision', 'changed', 1500000]])
    expect(d.revisionKind).toBe('other')
    expect(d.approvalNeeded).toBe(true)
    expect(d.allowedActions).toEqual(['edit', 'delete', 'send'])
    expect(
      (
        await rt.callError('budget.register', {
          versionId: v2.id,
          effectiveDate: '2020-06-15',
          reason: 'x',
          actorName: 'Mette Kjær',
          actorRole: 'Projektleder'
        })
      ).code
    ).toBe('rule')

    await rt.call('budget.send', { versionId: v2.id, sentDate: '2020-06-15', reason: 'Revisionen bliver dyrere end budgetteret.' })
    // Sent is not approved: the budget in force is still version 1.
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-12-31')).find((l) => l.categoryKey === 'audit')!.amountOre).toBe(2500000)
    expect(
      (
        await rt.callError('budget.updateLine', {
          versionId: v2.id,
          budgetLineId: audit.budgetLineId,
          year: 2021,
          categoryKey: 'audit',
          title: 'Revision',
          amountOre: 1,
          note: 'x'
        })
      ).code
    ).toBe('locked')
    // A decision cannot predate the application.
    expect((await rt.callError('budget.approve', { versionId: v2.id, decidedDate: '2020-06-01', ...approval })).field).toBe('decidedDate')

    rt.setNow('2020-08-01T10:00:00.000Z')
    await rt.call('budget.approve', { versionId: v2.id, decidedDate: '2020-07-20', ...approval, starReference: 'J.nr. 2020-0815' })
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-07-19')).find((l) => l.categoryKey === 'audit')!.amountOre).toBe(2500000)
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-07-20')).find((l) => l.categoryKey === 'audit')!.amountOre).toBe(4000000)

    const overview = await rt.call('budget.overview', { projectId })
    expect(overview.versions.map((v) => [v.number, v.status, v.inForce, v.totalOre])).toEqual([
      [1, 'approved', false, 108064000],
      [2, 'approved', true, 109564000]
    ])
    expect(overview.inForceVersionId).toBe(v2.id)
    // Version 1 still shows its own lines.
    d = await rt.call('budget.version', { versionId: v1.id })
    expect(d.lines.find((l) => l.categoryKey === 'audit')!.amountOre).toBe(2500000)

    // Who approved, and when, is in the audit trail.
    const trail = await rt.call('audit.list', { projectId, entity: 'budget_version', entityId: String(v2.id) })
    const approved = trail.find((e) => e.action === 'approve')!
    expect(approved).toMatchObject({ actorName: 'Mette Kjær', actorRole: 'Projektleder', at: '2020-08-01T10:00:00.000Z' })
    expect(trail.find((e) => e.action === 'send')!.reason).toBe('Revisionen bliver dyrere end budgetteret.')
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('a rejected revision leaves the budget in force as it was', async () => {
    const projectId = await createFsm2Project(rt)
    await approvedOriginal(projectId)
    const v2 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    await rt.call('budget.addLine', {
      versionId: v2.id,
      year: 2021,
      categoryKey: 'companyConsultant',
      title: 'Virksomhedskonsulent',
      staffCount: 1,
      hourlyRateOre: 28000,
      minutes: 6000,
      note: 'Ny funktion'
    })
    await rt.call('budget.send', { versionId: v2.id, sentDate: '2020-06-15', reason: 'Ny virksomhedskonsulent' })
    await rt.call('budget.reject', {
      versionId: v2.id,
      decidedDate: '2020-07-01',
      starReference: '',
      decisionNote: 'Ikke begrundet',
      actorName: 'Mette Kjær',
      actorRole: 'Projektleder'
    })
    expect(await approvedBudgetLines(rt.ctx.db, projectId, '2021-01-01')).toHaveLength(3)
    // A new revision can now be drafted.
    expect((await rt.call('budget.createDraft', { projectId, title: '', reason: '' })).number).toBe(3)
  })

  it('FSM2: a move between years takes effect at once when registered, and is still recorded as a revision', async () => {
    const projectId = await createFsm2Project(rt)
    await approvedOriginal(projectId)
    const v2 = await rt.call('budget.createDraft', { projectId, title: 'Flyt timer til 2021', reason: '' })
    const lines = (await rt.call('budget.version', { versionId: v2.id })).lines.filter((l) => l.categoryKey === 'jobBroker')
    await rt.call('budget.updateLine', { versionId: v2.id, budgetLineId: lines[0]!.budgetLineId, ...brokers(2020, 800) })
    await rt.call('budget.updateLine', { versionId: v2.id, budgetLineId: lines[1]!.budgetLineId, ...brokers(2021, 1200) })
    const d = await rt.call('budget.version', { versionId: v2.id })
    expect(d.revisionKind).toBe('betweenYears')
    expect(d.approvalNeeded).toBe(false)
    expect(d.allowedActions).toContain('register')
    const r = await rt.call('budget.register', {
      versionId: v2.id,
      effectiveDate: '2020-06-15',
      reason: 'Projektet kom senere i gang.',
      actorName: 'Mette Kjær',
      actorRole: 'Projektleder'
    })
    expect(r).toMatchObject({ status: 'registered', inForce: true, effectiveDate: '2020-06-15' })
    expect((await approvedBudgetLines(rt.ctx.db, projectId, '2020-06-15')).map((l) => l.amountOre)).toEqual([42225600, 63338400, 2500000])
    expect((await rt.call('budget.overview', { projectId })).versions).toHaveLength(2)
    // Who put it in force is recorded, as for STAR's approvals.
    const trail = await rt.call('audit.list', { projectId, entity: 'budget_version', entityId: String(v2.id) })
    expect(trail[0]).toMatchObject({ action: 'register', actorName: 'Mette Kjær', actorRole: 'Projektleder' })
  })

  it('only one open version at a time; a deleted draft leaves no trace but its audit entries', async () => {
    const projectId = await createFsm2Project(rt)
    await approvedOriginal(projectId)
    const v2 = await rt.call('budget.createDraft', { projectId, title: '', reason: '' })
    expect((await rt.callError('budget.createDraft', { projectId, title: '', reason: '' })).message).toContain('Budgetversion 2 er stadig åben')
    await rt.call('budget.addLine', {
      versionId: v2.id,
      year: 2020,
      categoryKey: 'progressionTool',
      title: 'Progressionsværktøj',
      amountOre: 3000000,
      note: 'Licens'
    })
    await rt.call('budget.deleteDraft', { versionId: v2.id })
    expect((await rt.call('budget.overview', { projectId })).versions).toHaveLength(1)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })
})
