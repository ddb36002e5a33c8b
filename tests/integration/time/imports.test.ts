import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { createFixture, type Fixture } from './helpers'

let rt: TestRuntime
let f: Fixture

beforeEach(async () => {
  rt = await createTestRuntime({ now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
  // A staff member whose name has æ, ø and å
  await rt.ctx.db.updateTable('staff').set({ name: 'Søren Ærø-Åby' }).where('id', '=', f.jonas).execute()
})
afterEach(async () => {
  await rt.close()
})

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const win1252 = (text: string) => iconv.encode(text.replace(/\n/g, '\r\n'), 'win1252')

const goodHours =
  'Medarbejder;Dato;Aktivitet;Timer\nSøren Ærø-Åby;06.01.2020;Borgerrettet indsats;7,4\nSøren Ærø-Åby;07.01.2020;Administration og dokumentation;5,28\n'

describe('importing hours', () => {
  it('imports a Windows-1252 CSV with æøå and decimal commas', async () => {
    const result = await rt.call('time.import.hours', { projectId: f.projectId, fileName: 'timer januar.csv', contentBase64: b64(win1252(goodHours)) })
    expect(result).toMatchObject({ imported: 2, skipped: 0, alreadyImported: false })
    const week = await rt.call('time.week', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-01-06' })
    expect(week.totals.byDay.slice(0, 2)).toEqual([444, 317])
    const audit = await rt.call('audit.list', { projectId: f.projectId, entity: 'import_batch' })
    expect(audit[0]).toMatchObject({ action: 'import' })
  })

  it('a file with one bad row imports nothing and names every bad row by line and column', async () => {
    const bad = goodHours + 'Søren Ærø-Åby;08.01.2020;Borgerrettet indsats;syv\nOle Olsen;09.01.2020;Borgerrettet indsats;2\n'
    const error = await rt.callError('time.import.hours', { projectId: f.projectId, fileName: 'timer.csv', contentBase64: b64(win1252(bad)) })
    expect(error.code).toBe('validation')
    expect(error.message).toBe(
      'Filen «timer.csv» er ikke importeret: 2 rækker har fejl, og intet er ændret. Linje 4, kolonne «Timer»: «syv» er ikke et antal timer. Skriv fx 7,4 eller 7:24.'
    )
    expect(error.details).toEqual([
      { row: 4, field: 'Timer', message: '«syv» er ikke et antal timer. Skriv fx 7,4 eller 7:24.' },
      { row: 5, field: 'Medarbejder', message: 'Medarbejderen «Ole Olsen» findes ikke i projektet.' }
    ])
    const week = await rt.call('time.week', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-01-06' })
    expect(week.entries).toEqual([])
    expect(await rt.ctx.db.selectFrom('import_batch').selectAll().execute()).toEqual([])
  })

  it('importing the same file twice, or its rows in another file, doubles nothing', async () => {
    const file = { projectId: f.projectId, fileName: 'timer.csv', contentBase64: b64(win1252(goodHours)) }
    await rt.call('time.import.hours', file)
    const again = await rt.call('time.import.hours', file)
    expect(again).toMatchObject({ imported: 0, alreadyImported: true })
    const bigger = goodHours + 'Søren Ærø-Åby;08.01.2020;Borgerrettet indsats;3\n'
    const third = await rt.call('time.import.hours', { ...file, fileName: 'timer2.csv', contentBase64: b64(Buffer.from(bigger, 'utf8')) })
    expect(third).toMatchObject({ imported: 1, skipped: 2, alreadyImported: false })
    const week = await rt.call('time.week', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-01-06' })
    expect(week.totals.minutes).toBe(444 + 317 + 180)
  })

  it('a large file is written in bulk: one audit entry per imported hour and per bookkeeping row, each the row as stored, and the chain verifies', async () => {
    // 300 rows over several weeks: more than one chunk of the bulk insert.
    let csv = 'Medarbejder;Dato;Aktivitet;Timer\n'
    const days: string[] = []
    for (let d = new Date('2020-01-06T00:00:00Z'); days.length < 150; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue
      days.push(d.toISOString().slice(0, 10))
    }
    for (const day of days) {
      const [y, m, dd] = day.split('-')
      csv += `Søren Ærø-Åby;${dd}.${m}.${y};Borgerrettet indsats;3\nSøren Ærø-Åby;${dd}.${m}.${y};Administration og dokumentation;1,5\n`
    }
    const result = await rt.call('time.import.hours', { projectId: f.projectId, fileName: 'timer 2020.csv', contentBase64: b64(win1252(csv)) })
    expect(result).toMatchObject({ imported: 300, skipped: 0 })
    const entries = await rt.ctx.db.selectFrom('time_entry').selectAll().where('staff_id', '=', f.jonas).orderBy('id').execute()
    expect(entries).toHaveLength(300)
    const audit = await rt.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'time_entry').where('action', '=', 'import').execute()
    expect(audit).toHaveLength(300)
    const byId = new Map(audit.map((a) => [Number(a.entity_id), JSON.parse(a.after_json!) as unknown]))
    for (const e of entries) expect(byId.get(e.id)).toEqual(e)
    const bookkeeping = await rt.ctx.db.selectFrom('audit_log').select('id').where('entity', '=', 'import_row').execute()
    expect(bookkeeping).toHaveLength(300)
    // (beforeEach renames a staff member behind the app's back: that is the only finding.)
    const report = await rt.call('audit.verify', {})
    expect(report.findings.map((x) => x.entity)).toEqual(['staff'])
    // The same hours in a second file are found by the existing-entry check and skipped.
    const again = await rt.call('time.import.hours', { projectId: f.projectId, fileName: 'timer 2020 kopi.csv', contentBase64: b64(win1252(csv + '\n')) })
    expect(again).toMatchObject({ imported: 0, skipped: 300 })
  })

  it('notes with quotes, backslashes, line breaks, tabs and emoji are kept as written, each in its audit entry, and the chain verifies', async () => {
    // 40 rows: a whole chunk of the bulk insert and a part of one.
    const notes = ['Møde med "Virksomhed A"', 'C:\\mapper\\fil', 'første linje\nanden linje', 'kolonne\tefter tab', 'godt 🙂', 'helt almindelig', '', 'æ\\"ø"å']
    const csvCell = (text: string) => (/[";\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
    let csv = 'Medarbejder;Dato;Aktivitet;Timer;Note\n'
    const written: string[] = []
    for (let d = new Date('2020-01-06T00:00:00Z'); written.length < 40; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue
      const day = d.toISOString().slice(0, 10)
      const [y, m, dd] = day.split('-')
      const note = notes[written.length % notes.length]!
      written.push(note)
      csv += `Søren Ærø-Åby;${dd}.${m}.${y};Borgerrettet indsats;2;${csvCell(note)}\n`
    }
    const result = await rt.call('time.import.hours', { projectId: f.projectId, fileName: 'noter.csv', contentBase64: b64(Buffer.from(csv, 'utf8')) })
    expect(result).toMatchObject({ imported: 40, skipped: 0 })
    const entries = await rt.ctx.db.selectFrom('time_entry').selectAll().where('staff_id', '=', f.jonas).orderBy('entry_date').execute()
    expect(entries.map((e) => e.note)).toEqual(written)
    const audit = await rt.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'time_entry').where('action', '=', 'import').execute()
    const byId = new Map(audit.map((a) => [Number(a.entity_id), JSON.parse(a.after_json!) as unknown]))
    for (const e of entries) expect(byId.get(e.id)).toEqual(e)
    // (beforeEach renames a staff member behind the app's back: that is the only finding.)
    const report = await rt.call('audit.verify', {})
    expect(report.findings.map((x) => x.entity)).toEqual(['staff'])
  })

  it('imports an XLSX with real dates and decimal numbers', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Timer')
    ws.addRow(['Medarbejder', 'Dato', 'Aktivitet', 'Timer'])
    ws.addRow(['Søren Ærø-Åby', new Date(Date.UTC(2020, 0, 8)), 'Virksomhedskontakt', 6.5])
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    const result = await rt.call('time.import.hours', { projectId: f.projectId, fileName: 'timer.xlsx', contentBase64: b64(bytes) })
    expect(result.imported).toBe(1)
    const week = await rt.call('time.week', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-01-06' })
    expect(week.totals.byDay[2]).toBe(390)
  })

  it('refuses rows in an approved month', async () => {
    const settings = await rt.call('time.settings.get', { projectId: f.projectId })
    await rt.call('time.week.save', {
      projectId: f.projectId,
      staffId: f.jonas,
      weekStart: '2020-01-06',
      cells: [{ date: '2020-01-09', activityId: settings.activities[0]!.id, minutes: 60 }]
    })
    await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Søren' })
    await rt.call('time.month.approve', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', approverName: 'B', approverRole: 'C' })
    const error = await rt.callError('time.import.hours', { projectId: f.projectId, fileName: 'timer.csv', contentBase64: b64(win1252(goodHours)) })
    expect(error.details?.[0]).toEqual({
      row: 2,
      field: 'Dato',
      message: 'Søren Ærø-Åbys timer for januar 2020 er godkendt og dermed låst. Lås måneden op med en begrundelse for at rette dem.'
    })
  })
})

describe('importing postings', () => {
  const postings = 'Dato;Budgetpost;Beløb;Bilag;Tekst\n01.03.2021;Revision;12.500,00;F-117;Revisors honorar\n15.04.2021;Revision;-1.000,00;K-120;Kreditnota\n'

  it('imports every row in one go, marked as imported, and never twice', async () => {
    const file = { projectId: f.projectId, fileName: 'posteringer.csv', contentBase64: b64(win1252(postings)) }
    expect(await rt.call('ledger.import', file)).toMatchObject({ imported: 2, alreadyImported: false })
    expect(await rt.call('ledger.import', file)).toMatchObject({ imported: 0, alreadyImported: true })
    // The same rows saved again by Excel (other bytes, UTF-8) are recognised row by row
    expect(await rt.call('ledger.import', { ...file, contentBase64: b64(Buffer.from(postings, 'utf8')) })).toMatchObject({
      imported: 0,
      skipped: 2,
      alreadyImported: false
    })
    const ledger = await rt.call('ledger.list', { projectId: f.projectId })
    expect(ledger.postings.map((p) => [p.source, p.amountOre, p.documentRef])).toEqual([
      ['import', 1250000, 'F-117'],
      ['import', -100000, 'K-120']
    ])
    expect(ledger.totalOre).toBe(1150000)
  })

  it('a bad row stops the whole file', async () => {
    const bad = postings + '01.05.2021;Kurser;500,00;F-200;Kursus\n'
    const error = await rt.callError('ledger.import', { projectId: f.projectId, fileName: 'posteringer.csv', contentBase64: b64(win1252(bad)) })
    expect(error.details).toEqual([
      { row: 4, field: 'Budgetpost', message: 'Budgetposten «Kurser» findes ikke i 2021. Budgetposter i 2021: Jobformidlere, Projektleder, Revision.' }
    ])
    expect((await rt.call('ledger.list', { projectId: f.projectId })).postings).toEqual([])
  })

  it('`puljestyr import postings` imports a file and names the bad rows on failure', async () => {
    const file = path.join(rt.dir, 'posteringer.csv')
    fs.writeFileSync(file, win1252(postings))
    await rt.database.close()
    const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
    const out = execFileSync(process.execPath, [cli, 'import', 'postings', '--db', rt.file, '--project', String(f.projectId), file], { encoding: 'utf8' })
    expect(out).toContain('2 rækker importeret fra posteringer.csv')
    fs.writeFileSync(file, win1252(postings + 'x;Revision;1,00;F;Y\n'))
    let status = 0
    let stderr = ''
    try {
      execFileSync(process.execPath, [cli, 'import', 'postings', '--db', rt.file, '--project', String(f.projectId), file], { encoding: 'utf8', stdio: 'pipe' })
    } catch (e) {
      status = (e as { status: number }).status
      stderr = (e as { stderr: string }).stderr
    }
    expect(status).not.toBe(0)
    expect(stderr).toContain('Linje 4, kolonne «Dato»: «x» er ikke en dato.')
    fs.rmSync(rt.dir, { recursive: true, force: true })
    rt = await createTestRuntime()
  })
})
