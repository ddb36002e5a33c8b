import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfText } from '../../support/pdf'
import { readTableFile } from '../../../services/io/tableFile'
import { parseKr } from '@shared/domain/money'
import { cellsFor, createFixture, type Fixture } from '../time/helpers'

// The revisor export, built once on a small project with approved hours, a statement, a manual
// posting with a correction, and a signed interim account.
let rt: TestRuntime
let f: Fixture
let files: Map<string, Buffer>
let zipName: string
let listed: { name: string; bytes: number; sha256: string }[]
let personal: Map<string, Buffer>
let headAtExport: { entry: number; hash: string }

async function unzip(base64: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'))
  const out = new Map<string, Buffer>()
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(path.basename(entry.name), await entry.async('nodebuffer'))
  return out
}

beforeAll(async () => {
  rt = await createTestRuntime({ printer: true, now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
  const activity = (await rt.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
  await rt.call('time.week.save', {
    projectId: f.projectId,
    staffId: f.jonas,
    weekStart: '2020-01-06',
    cells: cellsFor(activity, { '2020-01-06': 444, '2020-01-07': 317, '2020-01-08': 317 })
  })
  await rt.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-01', signerName: 'Jonas Holm' })
  await rt.call('time.month.approve', {
    projectId: f.projectId,
    staffId: f.jonas,
    month: '2020-01',
    approverName: 'Bente Hjorth',
    approverRole: 'Chef for Social og Jobindsats'
  })
  await rt.call('time.month.approve', {
    projectId: f.projectId,
    staffId: f.mette,
    month: '2019-12',
    approverName: 'Bente Hjorth',
    approverRole: 'Chef for Social og Jobindsats',
    statementText: ''
  })
  const fee = await rt.call('ledger.create', {
    projectId: f.projectId,
    date: '2021-03-01',
    budgetLineId: f.lines.audit2021!,
    amountOre: 1250000,
    documentRef: 'Faktura 2021-117',
    description: 'Revisors honorar'
  })
  await rt.call('ledger.reverse', {
    projectId: f.projectId,
    postingId: fee.id,
    reason: 'Kreditnota',
    replacement: {
      date: '2021-03-01',
      budgetLineId: f.lines.audit2021!,
      amountOre: 1150033,
      documentRef: 'Faktura 2021-117 / K-3',
      description: 'Revisors honorar, rettet'
    }
  })
  await rt.call('accounts.sign', {
    projectId: f.projectId,
    kind: 'interim',
    periodFrom: '2019-12-01',
    periodTo: '2020-12-31',
    signedByName: 'Bente Hjorth',
    signedByTitle: 'Chef for Social og Jobindsats',
    signedOn: '2021-01-20',
    statementText: 'Ledelsespåtegning for delregnskabet.'
  })
  // Week 2 2021 approved as a week (after the account), and week 3 approved and unlocked again
  await rt.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart: '2021-01-11', cells: cellsFor(activity, { '2021-01-11': 444 }) })
  await rt.call('time.week.approve', {
    projectId: f.projectId,
    staffId: f.jonas,
    weekStart: '2021-01-11',
    approverName: 'Anne Lund',
    approverRole: 'Afdelingsleder'
  })
  await rt.call('time.week.approve', {
    projectId: f.projectId,
    staffId: f.jonas,
    weekStart: '2021-01-18',
    approverName: 'Anne Lund',
    approverRole: 'Afdelingsleder'
  })
  await rt.call('time.week.unlock', {
    projectId: f.projectId,
    staffId: f.jonas,
    weekStart: '2021-01-18',
    reason: 'Godkendt for tidligt',
    actorName: 'Anne Lund'
  })
  // A participant with a month's status: personal records, only in an export that asks for them
  const participant = await rt.call('participants.create', {
    projectId: f.projectId,
    pseudonym: 'Borger Hemmelig',
    intakeDate: '2020-01-15',
    intakeGroup: 1,
    note: 'Fortrolig note om borgeren'
  })
  await rt.call('participants.month.save', {
    projectId: f.projectId,
    month: '2020-02',
    rows: [{ participantId: participant.id, activities: ['paidHours'], paidHoursMinutes: 600, note: 'Fortrolig statusnote' }]
  })
  headAtExport = (await rt.call('audit.verify', {})).head!
  const exp = await rt.call('export.revisor', { projectId: f.projectId })
  personal = await unzip((await rt.call('export.revisor', { projectId: f.projectId, withPersonal: true })).contentBase64)
  zipName = exp.fileName
  listed = exp.files
  const zip = await JSZip.loadAsync(Buffer.from(exp.contentBase64, 'base64'))
  files = new Map()
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(path.basename(entry.name), await entry.async('nodebuffer'))
}, 60_000)
afterAll(async () => {
  await rt.close()
})

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('the revisor export', () => {
  it('is one zip named by the case number, holding CSV, XLSX, PDF and the manifest', () => {
    expect(zipName).toBe('Revisoreksport_15.00.00-A00-9-20_2021-06-01.zip')
    expect([...files.keys()].sort()).toEqual([
      '00_laes_mig.txt',
      '01_posteringer.csv',
      '02_godkendte_timer.csv',
      '03_maanedsgodkendelser.csv',
      '04_medarbejdere_og_satser.csv',
      '05_budget.csv',
      '06_budgetaendringer.csv',
      '07_regnskaber.csv',
      '08_regnskabslinjer.csv',
      '09_revisionsspor.csv',
      '10_oversigt.csv',
      '11_ugegodkendelser.csv',
      'manifest.csv',
      'manifest.sha256',
      'resume.pdf',
      'revisoreksport.xlsx'
    ])
  })

  it('lists every file in the manifest with its correct SHA-256', async () => {
    const manifest = await readTableFile('manifest.csv', files.get('manifest.csv')!)
    const rows = manifest.rows.filter((r) => r.cells['sha-256']).map((r) => [r.cells.fil, Number(r.cells.bytes), r.cells['sha-256']])
    expect(rows.map((r) => r[0]).sort()).toEqual([...files.keys()].filter((n) => !n.startsWith('manifest')).sort())
    for (const [name, bytes, hash] of rows) {
      expect(hash, name as string).toBe(sha(files.get(name as string)!))
      expect(bytes).toBe(files.get(name as string)!.length)
    }
    // The sha256sum format lists the same
    const sums = files.get('manifest.sha256')!.toString('utf8').trim().split('\n')
    expect(sums).toHaveLength(rows.length)
    for (const line of sums) {
      const [hash, name] = line.split(/\s+/)
      expect(hash).toBe(sha(files.get(name!)!))
    }
    expect(listed.find((l) => l.name === 'resume.pdf')!.sha256).toBe(sha(files.get('resume.pdf')!))
  })

  it('the manifest states the audit chain head (entry number and hash) and that personal records are left out', async () => {
    const manifest = files.get('manifest.csv')!.toString('utf8')
    expect(manifest).toContain(`Revisionsspor: post nr. ${headAtExport.entry}, kontrolsum ${headAtExport.hash}`)
    expect(manifest).toContain('Kontrollér med: puljestyr verify --anchor NUMMER:KONTROLSUM')
    expect(manifest).toContain('Personoplysninger: ikke medtaget.')
    // The anchor printed there is the one `verify --anchor` proves
    expect((await rt.call('audit.verify', { anchor: headAtExport })).ok).toBe(true)
  })

  it('the audit trail file is in Danish: headers, actions and table names', async () => {
    const text = files.get('09_revisionsspor.csv')!.toString('utf8')
    const header = text.split('\r\n')[0]!.replace('\uFEFF', '')
    expect(header).toBe('Nr.;Tidspunkt;Brugerkonto;Navn;Rolle;Tabel;Række nr.;Handling;Begrundelse;Før;Efter;Kontrolsum (SHA-256)')
    const audit = await readTableFile('x.csv', files.get('09_revisionsspor.csv')!)
    const tablesNamed = new Set(audit.rows.map((r) => r.cells.tabel))
    expect([...tablesNamed]).toEqual(expect.arrayContaining(['Projekt', 'Medarbejder', 'Timeregistrering', 'Månedsgodkendelse', 'Postering', 'Regnskab']))
    for (const name of tablesNamed) expect(name, 'a table name from the database').not.toMatch(/^[a-z_]+$/)
    for (const r of audit.rows) expect(r.cells.handling).toMatch(/^[A-ZÆØÅ][a-zæøå ]+$/)
  })

  it('holds no personal records unless asked: the participant entries keep their number but not their contents', async () => {
    expect(files.has('12_deltagere.csv')).toBe(false)
    for (const [name, bytes] of files) {
      if (name.endsWith('.pdf') || name.endsWith('.xlsx')) continue
      expect(bytes.toString('utf8'), name).not.toContain('Borger Hemmelig')
      expect(bytes.toString('utf8'), name).not.toContain('Fortrolig')
    }
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(files.get('revisoreksport.xlsx')! as unknown as ArrayBuffer)
    wb.eachSheet((ws) => ws.eachRow((row) => expect(JSON.stringify(row.values)).not.toContain('Hemmelig')))
    const audit = await readTableFile('x.csv', files.get('09_revisionsspor.csv')!)
    const participantRows = audit.rows.filter((r) => r.cells.tabel === 'Deltager' || r.cells.tabel === 'Deltagers månedsstatus')
    expect(participantRows.length).toBe(2)
    for (const r of participantRows) expect(r.cells.efter).toBe('(personoplysning udeladt)')
  })

  it('with personal records asked for: the participants and their statuses, and the manifest says so', async () => {
    expect([...personal.keys()]).toEqual(expect.arrayContaining(['12_deltagere.csv', '13_deltagerstatus.csv']))
    const people = await readTableFile('x.csv', personal.get('12_deltagere.csv')!)
    expect(people.rows.map((r) => [r.cells.pseudonym, r.cells.startafklaring, r.cells['gruppe ved start'], r.cells.note])).toEqual([
      ['Borger Hemmelig', '15.01.2020', 'Gruppe 1 (indsatsgruppen)', 'Fortrolig note om borgeren']
    ])
    const statuses = await readTableFile('x.csv', personal.get('13_deltagerstatus.csv')!)
    expect(statuses.rows.map((r) => [r.cells.pseudonym, r.cells['måned'], r.cells['løntimer'], r.cells['løntimer (timer)'], r.cells.note])).toEqual([
      ['Borger Hemmelig', '2020-02', 'Ja', '10,00', 'Fortrolig statusnote']
    ])
    const audit = await readTableFile('x.csv', personal.get('09_revisionsspor.csv')!)
    expect(audit.rows.find((r) => r.cells.tabel === 'Deltager')!.cells.efter).toContain('Borger Hemmelig')
    expect(personal.get('manifest.csv')!.toString('utf8')).toContain('Personoplysninger: medtaget efter ønske')
    const sums = personal.get('manifest.sha256')!.toString('utf8')
    expect(sums).toContain('  12_deltagere.csv')
  })

  it("the summary's approved hours are the months table's figures (one rule)", async () => {
    const summary = await rt.call('export.summary', { projectId: f.projectId })
    const months = await rt.call('time.months', { projectId: f.projectId })
    const approved = (staffId: number) =>
      months.filter((m) => m.staffId === staffId).reduce((s, m) => s + (m.status === 'approved' ? m.minutes : m.weekApprovedMinutes), 0)
    const staff = await rt.call('staff.list', { projectId: f.projectId })
    for (const s of summary.staff) expect(s.approvedMinutes, s.name).toBe(approved(staff.find((x) => x.name === s.name)!.id))
    // Jonas: January 2020 approved as a month (1078 min) and week 2 2021 as a week (444 min)
    expect(summary.staff.find((s) => s.name === 'Jonas Holm')!.approvedMinutes).toBe(444 + 317 + 317 + 444)
    expect(summary.approvedHours).toEqual({ entryCount: 4, minutes: 444 + 317 + 317 + 444, months: 1 })
  })

  it('the ledger CSV opens as Danish Excel writes it and its total equals the total on screen to the øre', async () => {
    const csv = await readTableFile('01_posteringer.csv', files.get('01_posteringer.csv')!)
    expect(csv.encoding).toBe('utf-8')
    const ledger = await rt.call('ledger.list', { projectId: f.projectId })
    expect(csv.rows).toHaveLength(ledger.postings.length)
    const total = csv.rows.reduce((s, r) => s + parseKr(r.cells['beløb (kr.)']!)!, 0)
    expect(total).toBe(ledger.totalOre)
    const first = csv.rows[0]!.cells
    expect(first).toMatchObject({
      dato: '31.12.2019',
      budgetpost: 'Projektleder',
      medarbejder: 'Mette Kjær',
      kilde: 'Timeseddel',
      'sagsnr.': '15.00.00-A00-9-20',
      pulje: 'Flere skal med 2'
    })
    const reversal = csv.rows.find((r) => r.cells['tilbagefører nr.'] !== '')!
    expect(reversal.cells['beløb (kr.)']).toBe('-12500,00')
    const summary = await readTableFile('10_oversigt.csv', files.get('10_oversigt.csv')!)
    expect(parseKr(summary.rows.at(-1)!.cells['beløb (kr.)']!)).toBe(ledger.totalOre)
  })

  it('approved hours, months, staff with rate calculations and accounts are in their files', async () => {
    const hours = await readTableFile('x.csv', files.get('02_godkendte_timer.csv')!)
    expect(hours.rows.map((r) => [r.cells.dato, r.cells.timer, r.cells.minutter, r.cells['godkendt af'], r.cells['godkendt med']])).toEqual([
      ['06.01.2020', '7,40', '444', 'Bente Hjorth', 'januar 2020'],
      ['07.01.2020', '5,28', '317', 'Bente Hjorth', 'januar 2020'],
      ['08.01.2020', '5,28', '317', 'Bente Hjorth', 'januar 2020'],
      ['11.01.2021', '7,40', '444', 'Anne Lund', 'uge 2 2021']
    ])
    const weeks = await readTableFile('x.csv', files.get('11_ugegodkendelser.csv')!)
    expect(
      weeks.rows.map((r) => [
        r.cells.uge,
        r.cells['periode fra'],
        r.cells['periode til'],
        r.cells.status,
        r.cells.timer,
        r.cells['godkendt af'],
        r.cells['låst op af'],
        r.cells['begrundelse for seneste oplåsning']
      ])
    ).toEqual([
      ['2021-U02', '11.01.2021', '17.01.2021', 'Godkendt', '7,40', 'Anne Lund', '', ''],
      ['2021-U03', '18.01.2021', '24.01.2021', 'Åben', '0,00', '', 'Anne Lund', 'Godkendt for tidligt']
    ])
    const months = await readTableFile('x.csv', files.get('03_maanedsgodkendelser.csv')!)
    expect(months.rows.map((r) => [r.cells.medarbejder, r.cells['måned'], r.cells.art, r.cells.status])).toEqual([
      ['Jonas Holm', '2020-01', 'Timeseddel', 'Godkendt'],
      ['Mette Kjær', '2019-12', 'Ledelseserklæring', 'Godkendt']
    ])
    const staff = await readTableFile('x.csv', files.get('04_medarbejdere_og_satser.csv')!)
    expect(staff.rows[0]!.cells.beregning).toBe('577.200,00 kr. / 1.924,00 timer = 300,00 kr. pr. time')
    const accounts = await readTableFile('x.csv', files.get('07_regnskaber.csv')!)
    expect(accounts.rows[0]!.cells).toMatchObject({
      art: 'Delregnskab',
      'periode fra': '01.12.2019',
      'periode til': '31.12.2020',
      'underskrevet af': 'Bente Hjorth'
    })
    const audit = await readTableFile('x.csv', files.get('09_revisionsspor.csv')!)
    expect(audit.rows.some((r) => r.cells.handling === 'Godkendt' && r.cells.navn === 'Bente Hjorth')).toBe(true)
    expect(audit.rows.some((r) => r.cells.handling === 'Tilbageført' && r.cells.begrundelse === 'Kreditnota')).toBe(true)
  })

  it('the workbook has a sheet each: amounts as kr. numbers, hours as decimal hours, dates as dates', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(files.get('revisoreksport.xlsx')! as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Posteringer',
      'Godkendte timer',
      'Månedsgodkendelser',
      'Medarbejdere og satser',
      'Budget',
      'Budgetændringer',
      'Regnskaber',
      'Regnskabslinjer',
      'Revisionsspor',
      'Oversigt',
      'Ugegodkendelser'
    ])
    const ws = wb.getWorksheet('Posteringer')!
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    const col = (name: string) => header.indexOf(name) + 1
    const date = ws.getRow(2).getCell(col('Dato'))
    expect(date.value).toEqual(new Date(Date.UTC(2019, 11, 31)))
    expect(date.numFmt).toBe('dd.mm.yyyy')
    const amount = ws.getRow(2).getCell(col('Beløb (kr.)'))
    expect(typeof amount.value).toBe('number')
    expect(amount.numFmt).toBe('#,##0.00 "kr."')
    let totalOre = 0
    for (let r = 2; r <= ws.rowCount; r++) totalOre += Math.round(Number(ws.getRow(r).getCell(col('Beløb (kr.)')).value) * 100)
    expect(totalOre).toBe((await rt.call('ledger.list', { projectId: f.projectId })).totalOre)
    const hours = wb.getWorksheet('Godkendte timer')!
    expect(hours.getRow(2).getCell(5).value).toBeCloseTo(7.4, 10)
    expect(hours.getRow(3).getCell(5).value).toBeCloseTo(317 / 60, 10)
  })

  it('the PDF summary comes from the print path and shows the totals', async () => {
    const text = await pdfText(files.get('resume.pdf')!)
    const ledger = await rt.call('ledger.list', { projectId: f.projectId })
    expect(text).toContain('Revisoreksport: resumé')
    expect(text).toContain('15.00.00-A00-9-20')
    expect(text).toMatch(/Posteringer i alt\s+[\d.]+,\d\d kr\./)
    expect(text).toContain(new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2 }).format(ledger.totalOre / 100).replace(/\u00a0/g, ' '))
    expect(text).toContain('Revisionssporet er kontrolleret: intet er ændret uden om programmet.')
    expect(text).toContain('Delregnskab 01.12.2019–31.12.2020')
  })

  it('a signed account prints with its ledelsespåtegning', async () => {
    const [account] = await rt.call('accounts.list', { projectId: f.projectId })
    const pdf = await rt.call('print.pdf', { route: `/print/regnskab/${f.projectId}/${account!.id}`, fileName: 'delregnskab.pdf' })
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('Delregnskab for perioden 01.12.2019–31.12.2020')
    expect(text).toContain('Ledelsespåtegning for delregnskabet.')
    expect(text).toContain('Bente Hjorth')
  })

  it('a month prints as a timesheet with the signature, the approval and the salary it posted', async () => {
    const pdf = await rt.call('print.pdf', { route: `/print/timeseddel/${f.projectId}/${f.jonas}/2020-01`, fileName: 't.pdf' })
    expect(pdf.pages).toBe(1)
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('Timeseddel: Jonas Holm, januar 2020')
    expect(text).toContain('man 06.01.2020')
    expect(text).toContain('Medarbejderens underskrift Jonas Holm')
    expect(text).toContain('Bente Hjorth, Chef for Social og Jobindsats')
    expect(text).toContain('Lønudgift i alt: 5.390,00 kr.')
    const statement = await pdfText(
      Buffer.from((await rt.call('print.pdf', { route: `/print/timeseddel/${f.projectId}/${f.mette}/2019-12`, fileName: 's.pdf' })).contentBase64, 'base64')
    )
    expect(statement).toContain('Ledelseserklæring: Mette Kjær, december 2019')
    expect(statement).toContain('Det bekræftes, at Mette Kjær i december 2019 har været ansat 100 % i projektet')
    expect(statement).toContain('133,20 normtimer')
  })

  it('`puljestyr export` writes the same files to a folder', async () => {
    const out = path.join(rt.dir, 'eksport')
    const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
    const stdout = execFileSync(process.execPath, [cli, 'export', '--db', rt.file, '--project', String(f.projectId), '--out', out], {
      encoding: 'utf8',
      env: { ...process.env }
    })
    expect(stdout).toContain('Revisoreksporten er skrevet: 16 filer')
    const written = fs.readdirSync(out).sort()
    expect(written).toEqual([...files.keys()].sort())
    for (const line of fs.readFileSync(path.join(out, 'manifest.sha256'), 'utf8').trim().split('\n')) {
      const [hash, name] = line.split(/\s+/)
      expect(sha(fs.readFileSync(path.join(out, name!)))).toBe(hash)
    }
  })
})
