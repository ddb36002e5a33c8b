import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { executeOutsideApp } from '../../support/dialect'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { createFixture, type Fixture } from '../time/helpers'

let rt: TestRuntime
let f: Fixture

beforeEach(async () => {
  rt = await createTestRuntime({ now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
})
afterEach(async () => {
  await rt.close()
})

const auditorFee = () => ({
  projectId: f.projectId,
  date: '2021-03-01',
  budgetLineId: f.lines.audit2021!,
  amountOre: 1250000,
  documentRef: 'Faktura 2021-117',
  description: 'Revisors honorar, delregnskab'
})

describe('the ledger', () => {
  it('a manual posting needs a document reference and a budget line of its own year', async () => {
    const posting = await rt.call('ledger.create', auditorFee())
    expect(posting).toMatchObject({ source: 'manual', amountOre: 1250000, budgetLineTitle: 'Revision', documentRef: 'Faktura 2021-117' })
    const noRef = await rt.callError('ledger.create', { ...auditorFee(), documentRef: '' })
    expect(noRef.message).toBe('Feltet «Bilag» skal udfyldes.')
    const wrongYear = await rt.callError('ledger.create', { ...auditorFee(), date: '2020-12-01' })
    expect(wrongYear.message).toBe('Budgetposten «Revision» hører til 2021, men posteringen er dateret 01.12.2020. Vælg en budgetpost for posteringens år.')
    expect(wrongYear.field).toBe('budgetLineId')
  })

  it('a correction reverses the original and books its replacement; both stay in the ledger', async () => {
    const original = await rt.call('ledger.create', auditorFee())
    const { reversal, replacement } = await rt.call('ledger.reverse', {
      projectId: f.projectId,
      postingId: original.id,
      reason: 'Forkert beløb på fakturaen',
      replacement: {
        date: '2021-03-01',
        budgetLineId: f.lines.audit2021!,
        amountOre: 1150000,
        documentRef: 'Faktura 2021-117 (kreditnota 2021-120)',
        description: 'Revisors honorar, delregnskab'
      }
    })
    expect(reversal).toMatchObject({
      amountOre: -1250000,
      reversesPostingId: original.id,
      description: `Tilbageførsel af postering nr. ${original.id}: Forkert beløb på fakturaen`
    })
    expect(replacement).toMatchObject({ amountOre: 1150000 })
    const ledger = await rt.call('ledger.list', { projectId: f.projectId })
    expect(ledger.postings.map((p) => p.amountOre)).toEqual([1250000, -1250000, 1150000])
    expect(ledger.totalOre).toBe(1150000)
    expect(ledger.byLine).toEqual([{ budgetLineId: f.lines.audit2021, title: 'Revision', year: 2021, amountOre: 1150000, minutes: 0 }])
    const again = await rt.callError('ledger.reverse', { projectId: f.projectId, postingId: original.id, reason: 'igen' })
    expect(again.message).toBe(`Postering nr. ${original.id} er allerede tilbageført af postering nr. ${reversal.id}.`)
    const ofReversal = await rt.callError('ledger.reverse', { projectId: f.projectId, postingId: reversal.id, reason: 'igen' })
    expect(ofReversal.message).toContain('er selv en tilbageførsel')
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'posting', entityId: String(reversal.id) })
    expect(audit[0]).toMatchObject({ action: 'reverse', reason: 'Forkert beløb på fakturaen' })
  })

  it('a cost on a line the pool no longer pays for is refused with the pool’s rule (docs/domain.md rule 1 «Eligible costs»)', async () => {
    const poolId = (await rt.call('projects.get', { projectId: f.projectId })).poolId
    const { rules } = await rt.call('budget.rules.get', { poolId })
    const categories = rules.categories.map((c) => (c.key === 'audit' ? { ...c, eligible: false, ruleText: 'Revision betales af kommunen selv.' } : c))
    await rt.call('budget.rules.save', { poolId, rules: { ...rules, categories }, reason: 'Test' })
    const error = await rt.callError('ledger.create', auditorFee())
    expect(error.code).toBe('rule')
    expect(error.message).toBe(
      'Budgetposten «Revision» er i kategorien «Revision», som puljen ikke dækker: der kan ikke bogføres udgifter på den. Revision betales af kommunen selv.'
    )
    const csv = Buffer.from('Dato;Budgetpost;Beløb;Bilag\n01.03.2021;Revision;100,00;F-1\n', 'utf8').toString('base64')
    const imp = await rt.callError('ledger.import', { projectId: f.projectId, fileName: 'p.csv', contentBase64: csv })
    expect(imp.details).toEqual([{ row: 2, field: 'Budgetpost', message: error.message }])
  })

  it('verify detects a posting changed behind the app’s back', async () => {
    const posting = await rt.call('ledger.create', auditorFee())
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
    await executeOutsideApp(rt.file, `update posting set amount_ore = 125000 where id = ${posting.id}`)
    const report = await rt.call('audit.verify', {})
    expect(report.ok).toBe(false)
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'row_changed', entity: 'posting', entityId: String(posting.id) })])
  })

  it('the ledger is paged in the database: a page, the count and every total, and a reversal shown on its own page', async () => {
    const amounts = [100000, 200000, 300000, 400000, 500000]
    const ids: number[] = []
    for (const [i, amountOre] of amounts.entries()) {
      const p = await rt.call('ledger.create', { ...auditorFee(), date: `2021-03-0${i + 1}`, amountOre, documentRef: `Faktura ${i + 1}` })
      ids.push(p.id)
    }
    const { reversal } = await rt.call('ledger.reverse', { projectId: f.projectId, postingId: ids[0]!, reason: 'Dobbeltbogført', date: '2021-03-09' })
    const first = await rt.call('ledger.list', { projectId: f.projectId, limit: 2, offset: 0 })
    expect(first.postings.map((p) => p.documentRef)).toEqual(['Faktura 1', 'Faktura 2'])
    expect(first.postings[0]!.reversedByPostingId).toBe(reversal.id)
    expect(first).toMatchObject({ count: 6, offset: 0, pageTotalOre: 300000, totalOre: 1400000 })
    expect(first.byLine).toEqual([{ budgetLineId: f.lines.audit2021, title: 'Revision', year: 2021, amountOre: 1400000, minutes: 0 }])
    const last = await rt.call('ledger.list', { projectId: f.projectId, limit: 2, offset: 4 })
    expect(last.postings.map((p) => p.amountOre)).toEqual([500000, -100000])
    expect(last).toMatchObject({ count: 6, offset: 4, pageTotalOre: 400000, totalOre: 1400000 })
    const totalsOnly = await rt.call('ledger.list', { projectId: f.projectId, limit: 0 })
    expect(totalsOnly).toMatchObject({ postings: [], count: 6, totalOre: 1400000 })
    const all = await rt.call('ledger.list', { projectId: f.projectId })
    expect(all.postings).toHaveLength(6)
    expect(all.pageTotalOre).toBe(1400000)
  })

  it('the monthly balance sums each budget line per month and carries its balance, as `ledger --monthly` prints it', async () => {
    for (const [date, amountOre, ref] of [
      ['2021-03-01', 100000, 'F1'],
      ['2021-03-20', 250000, 'F2'],
      ['2021-05-02', 50000, 'F3']
    ] as const) {
      await rt.call('ledger.create', { ...auditorFee(), date, amountOre, documentRef: ref })
    }
    const monthly = await rt.call('ledger.monthly', { projectId: f.projectId })
    const line = f.lines.audit2021!
    expect(monthly.months).toEqual([
      { month: '2021-03', budgetLineId: line, amountOre: 350000, minutes: 0, balanceOre: 350000, postings: 2 },
      { month: '2021-05', budgetLineId: line, amountOre: 50000, minutes: 0, balanceOre: 400000, postings: 1 }
    ])
    expect(monthly.lines.find((l) => l.budgetLineId === line)).toEqual({ budgetLineId: line, title: 'Revision', year: 2021 })
    const may = await rt.call('ledger.monthly', { projectId: f.projectId, from: '2021-04-01' })
    expect(may.months).toEqual([{ month: '2021-05', budgetLineId: line, amountOre: 50000, minutes: 0, balanceOre: 50000, postings: 1 }])
    const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
    const printed = execFileSync(process.execPath, [cli, 'ledger', '--db', rt.file, '--project', String(f.projectId), '--monthly'], { encoding: 'utf8' })
    expect(printed.split('\n')[1]).toBe('2021-05\tRevision 2021\t500,00 kr.\tsaldo 4.000,00 kr.')
  })
})
