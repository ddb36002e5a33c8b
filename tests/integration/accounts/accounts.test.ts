import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { formatKr } from '@shared/domain/money'
import { cellsFor, createFixture, type Fixture } from '../time/helpers'

let rt: TestRuntime
let f: Fixture
let activity: number

async function approveJonas(month: string, days: Record<string, number>) {
  const monday = Object.keys(days)[0]!
  await rt.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart: monday, cells: cellsFor(activity, days) })
  await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month, signerName: 'Jonas Holm' })
  await rt.call('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month, approverName: 'Bente Hjorth', approverRole: 'Chef' })
}

const interim = () => ({ projectId: f.projectId, kind: 'interim' as const, periodFrom: '2019-12-01', periodTo: '2020-01-31' })
const signature = {
  signedByName: 'Bente Hjorth',
  signedByTitle: 'Chef for Social og Jobindsats',
  signedOn: '2020-02-10',
  statementText: 'Ledelsespåtegning: regnskabet er rigtigt.'
}

beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-02-10T12:00:00.000Z' })
  f = await createFixture(rt)
  activity = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
})
afterEach(async () => {
  await rt.close()
})

describe('interim and final accounts', () => {
  it('shows the costs of each budget line in the period; unapproved hours stop the signature', async () => {
    await approveJonas('2020-01', { '2020-01-06': 444, '2020-01-07': 444 })
    await rt.call('time.month.approve', {
      projectId: f.projectId,
      staffId: f.mette,
      month: '2019-12',
      approverName: 'Bente Hjorth',
      approverRole: 'Chef',
      statementText: ''
    })
    // Hours in February are outside the period and do not matter
    await rt.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-02-03', cells: cellsFor(activity, { '2020-02-03': 60 }) })
    const preview = await rt.call('accounts.preview', interim())
    const byLine = Object.fromEntries(preview.figures.lines.map((l) => [l.budgetLineId, l.actualOre]))
    expect(byLine[f.lines.jobBroker2020!]).toBe(444000) // 14,8 hours × 300,00 kr.
    expect(byLine[f.lines.projectManagement2019!]).toBe(5328000)
    expect(formatKr(preview.figures.totals.actualOre)).toBe('57.720,00 kr.')
    expect(preview.blockers).toEqual([])
    expect(preview.warnings).toContain('Mette Kjær: der er ingen godkendt ledelseserklæring for januar 2020, så ingen løn er bogført for måneden.')
    expect(preview.defaultStatement).toContain('for perioden 01.12.2019–31.01.2020')

    await rt.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart: '2019-12-02', cells: cellsFor(activity, { '2019-12-02': 120 }) })
    const blocked = await rt.callError('accounts.sign', { ...interim(), ...signature })
    expect(blocked.code).toBe('conflict')
    expect(blocked.message).toBe('Regnskabet kan ikke underskrives endnu (1 forhold). Jonas Holm: december 2019 har 2,00 timer, som ikke er godkendt (åben).')
  })

  it('once signed, the period is closed: hours, approvals, unlocking, postings and imports dated in it are refused', async () => {
    await approveJonas('2020-01', { '2020-01-06': 444 })
    const account = await rt.call('accounts.sign', { ...interim(), ...signature })
    expect(account).toMatchObject({
      status: 'signed',
      signedByName: 'Bente Hjorth',
      signedByTitle: 'Chef for Social og Jobindsats',
      signedOn: '2020-02-10',
      osUser: rt.ctx.osUser
    })
    expect(account.figures.totals.actualOre).toBe(222000)
    const closed =
      'ligger i en lukket periode: delregnskabet for 01.12.2019–31.01.2020 er underskrevet 10.02.2020 af Bente Hjorth. Ændringer i perioden afvises.'

    const unlock = await rt.callError('time.month.unlock', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', reason: 'Fejl', actorName: 'B' })
    expect(unlock.code).toBe('locked')
    expect(unlock.message).toContain('Godkendte timer kan ikke ændres efter et underskrevet regnskab.')
    const hours = await rt.callError('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2019-12-09',
      cells: cellsFor(activity, { '2019-12-10': 60 })
    })
    expect(hours.message).toBe(`10.12.2019 ${closed}`)
    const approve = await rt.callError('time.month.approve', {
      projectId: f.projectId,
      staffId: f.mette,
      month: '2019-12',
      approverName: 'B',
      approverRole: 'C',
      statementText: ''
    })
    expect(approve.message).toBe(`december 2019 ${closed}`)
    const posting = await rt.callError('ledger.create', {
      projectId: f.projectId,
      date: '2020-01-15',
      budgetLineId: f.lines.jobBroker2020!,
      amountOre: 100,
      documentRef: 'X',
      description: ''
    })
    expect(posting.message).toBe(`15.01.2020 ${closed}`)
    const csv = Buffer.from('Dato;Budgetpost;Beløb;Bilag\n15.01.2020;Jobformidlere;1,00;X\n', 'utf8').toString('base64')
    const imp = await rt.callError('ledger.import', { projectId: f.projectId, fileName: 'p.csv', contentBase64: csv })
    expect(imp.details).toEqual([{ row: 2, field: 'Dato', message: `15.01.2020 ${closed}` }])
    // After the period, work goes on
    await rt.call('ledger.create', {
      projectId: f.projectId,
      date: '2020-02-03',
      budgetLineId: f.lines.jobBroker2020!,
      amountOre: 100,
      documentRef: 'X',
      description: ''
    })

    // The signed figures stay as signed; the list shows the account
    const list = await rt.call('accounts.list', { projectId: f.projectId })
    expect(list.map((a) => [a.kind, a.status, a.figures.totals.actualOre])).toEqual([['interim', 'signed', 222000]])
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'account' })
    expect(audit[0]).toMatchObject({ action: 'sign', actorName: 'Bente Hjorth', actorRole: 'Chef for Social og Jobindsats' })
  })

  it('a withdrawn account (with a reason) reopens its period', async () => {
    await approveJonas('2020-01', { '2020-01-06': 444 })
    const account = await rt.call('accounts.sign', { ...interim(), ...signature })
    const withdrawn = await rt.call('accounts.withdraw', {
      projectId: f.projectId,
      accountId: account.id,
      reason: 'Underskrevet for tidligt',
      actorName: 'Bente Hjorth'
    })
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Underskrevet for tidligt' })
    await rt.call('time.month.unlock', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', reason: 'Rettelse', actorName: 'B' })
  })

  it('a final account covers the whole project period; the signature date cannot be in the future', async () => {
    const notWhole = await rt.callError('accounts.preview', { ...interim(), kind: 'final' })
    expect(notWhole.message).toBe('Et slutregnskab dækker hele projektperioden 01.12.2019–31.12.2021.')
    const future = await rt.callError('accounts.sign', { ...interim(), ...signature, signedOn: '2020-03-01' })
    expect(future.message).toBe('Underskriftsdatoen kan ikke ligge efter i dag.')
  })
})
