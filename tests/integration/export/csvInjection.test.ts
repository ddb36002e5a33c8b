// CSV formula injection (OWASP): a posting text that Excel would run as a formula comes out of the
// revisor export as text, while negative amounts stay numbers Excel can sum.
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { cellsFor, createFixture, type Fixture } from '../time/helpers'
import { readTableFile } from '../../../services/io/tableFile'
import { csvField, writeCsv } from '../../../services/io/tableFile'

let rt: TestRuntime
let f: Fixture
beforeAll(async () => {
  rt = await createTestRuntime({ printer: true, now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
}, 60_000)
afterAll(async () => {
  await rt.close()
})

describe('CSV cells that Excel would run as formulas', () => {
  it('text cells starting with =, +, -, @, tab or CR get a quote in front and are quoted', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`)
    expect(csvField('+45 1234')).toBe(`"'+45 1234"`)
    expect(csvField('-1+2')).toBe(`"'-1+2"`)
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvField('\tx')).toBe(`"'\tx"`)
    expect(csvField('\rx')).toBe(`"'\rx"`)
    expect(csvField('=HYPERLINK("http://x";"klik")')).toBe(`"'=HYPERLINK(""http://x"";""klik"")"`)
    expect(csvField('Revisors honorar')).toBe('Revisors honorar')
  })

  it('amounts written from integers stay numbers, also when negative', () => {
    expect(csvField('-12500,00')).toBe('-12500,00')
    expect(csvField(-3)).toBe('-3')
    expect(writeCsv(['Beløb'], [['-1234,00']]).toString('utf8')).toBe('\uFEFFBeløb\r\n-1234,00\r\n')
  })

  it('01_posteringer.csv of the revisor export escapes a formula in a posting text', async () => {
    await rt.call('ledger.create', {
      projectId: f.projectId,
      date: '2021-03-01',
      budgetLineId: f.lines.audit2021!,
      amountOre: -250000,
      documentRef: '@bilag',
      description: '=HYPERLINK("http://evil.example";"Klik")'
    })
    const exp = await rt.call('export.revisor', { projectId: f.projectId })
    const zip = await JSZip.loadAsync(Buffer.from(exp.contentBase64, 'base64'))
    const entry = Object.values(zip.files).find((e) => path.basename(e.name) === '01_posteringer.csv')!
    const csv = (await entry.async('nodebuffer')).toString('utf8')
    const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK'))!
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"";""Klik"")"`)
    expect(line).toContain(`"'@bilag"`)
    expect(line).toContain(';-2500,00;')
  }, 60_000)
})

describe('03_maanedsgodkendelser.csv', () => {
  it('a month signed but not yet approved shows the hours and norm of the months table', async () => {
    const activity = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
    await rt.call('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2020-02-03',
      cells: cellsFor(activity, { '2020-02-03': 444, '2020-02-04': 300 })
    })
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-02', signerName: 'Jonas Holm' })
    const onScreen = (await rt.call('time.months', { projectId: f.projectId })).find((m) => m.staffId === f.jonas && m.month === '2020-02')!
    expect(onScreen.status).toBe('signed')
    expect(onScreen.minutes).toBe(744)
    const exp = await rt.call('export.revisor', { projectId: f.projectId })
    const zip = await JSZip.loadAsync(Buffer.from(exp.contentBase64, 'base64'))
    const entry = Object.values(zip.files).find((e) => path.basename(e.name) === '03_maanedsgodkendelser.csv')!
    const csv = await readTableFile('03.csv', await entry.async('nodebuffer'))
    const row = csv.rows.find((r) => r.cells['medarbejder'] === 'Jonas Holm' && r.cells['måned'] === '2020-02')!
    expect(row.cells['timer']).toBe('12,40')
    expect(row.cells['normtimer']).toBe((onScreen.normMinutes / 60).toFixed(2).replace('.', ','))
    expect(row.cells['normtimer']).not.toBe('0,00')
  }, 60_000)
})
