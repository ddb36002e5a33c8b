import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { readTableFile } from '../../../services/io/tableFile'
import { addParticipants, smallProject } from './helpers'

let rt: TestRuntime
let projectId: number
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-06-15T10:00:00.000Z' })
  projectId = (await smallProject(rt)).projectId
  await addParticipants(rt, projectId, 4)
})
afterEach(async () => {
  await rt.close()
})

const header =
  'Pseudonym;Sagsnummer;Måned;Løntimer;Virksomhedspraktik;Løntilskud;Fleksjob;Ordinær uddannelse (SU);Lønnet uddannelse;Anden aktivitet;Passiv;Årsag til passiv;CV opdateret;Jobrettet plan;Jobmål;Note'

function csv(lines: string[]): Buffer {
  return iconv.encode([header, ...lines].join('\r\n') + '\r\n', 'win1252')
}

const good = [
  'Borger 001;;2020-03;12,5;nej;nej;nej;nej;nej;nej;nej;;02.03.2020;ja;Køkkenmedhjælper;Småjob på Hotel Ørnen',
  ';SAG-2;03-2020;;ja;;;;;;;;;ja;Lagermedarbejder;',
  'Borger 003;;marts 2020;;;;;;;;ja;Sygdom eller helbred;;nej;;Afventer speciallæge',
  'Borger 004;;01.03.2020;;;;;ja;;;;;;;Pædagogmedhjælper;'
]

async function importFile(fileName: string, bytes: Uint8Array) {
  return rt.call('participants.status.import', { projectId, fileName, contentBase64: Buffer.from(bytes).toString('base64') })
}

describe('importing monthly statuses', () => {
  it('imports a Windows-1252 CSV as Danish Excel writes it; the same file twice doubles nothing', async () => {
    const bytes = csv(good)
    expect((await readTableFile('status.csv', bytes)).encoding).toBe('windows-1252')
    expect(await importFile('status.csv', bytes)).toEqual({ rows: 4, created: 4, updated: 0, unchanged: 0, months: ['2020-03'] })
    const month = await rt.call('participants.month.get', { projectId, month: '2020-03' })
    const byName = Object.fromEntries(month.rows.map((r) => [r.pseudonym, r.status!]))
    expect(byName['Borger 001']!.paidHoursMinutes).toBe(750)
    expect(byName['Borger 001']!.activities).toEqual(['paidHours'])
    expect(byName['Borger 001']!.note).toBe('Småjob på Hotel Ørnen')
    expect(byName['Borger 001']!.cvUpdatedOn).toBe('2020-03-02')
    expect(byName['Borger 002']!.activities).toEqual(['workPlacement'])
    expect(byName['Borger 003']!.passive).toBe(true)
    expect(byName['Borger 003']!.passiveReason).toBe('Sygdom eller helbred')
    expect(byName['Borger 004']!.activities).toEqual(['educationSu'])
    expect(byName['Borger 004']!.source).toBe('import')

    expect(await importFile('status.csv', bytes)).toEqual({ rows: 4, created: 0, updated: 0, unchanged: 4, months: ['2020-03'] })
    const count = await rt.ctx.db
      .selectFrom('participant_status')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(4)
    const kpi = await rt.call('participants.kpi.monthly', { projectId })
    expect(kpi.months.find((m) => m.month === '2020-03')!.counts.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth).toBe(2)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('imports nothing when a row is bad, and lists every bad row with line, column and reason', async () => {
    const bytes = csv([
      good[0]!,
      'Borger 009;;2020-03;;ja;;;;;;;;;;;',
      'Borger 002;;2020-13;;ja;;;;;;;;;;;',
      'Borger 003;;2020-03;;;;;;;;ja;;;;;',
      'Borger 004;;2020-03;tolv;;;;;;;;;;;;',
      '0101901234;;2020-03;;ja;;;;;;;;;;;'
    ])
    const e = await rt.callError('participants.status.import', { projectId, fileName: 'status.csv', contentBase64: bytes.toString('base64') })
    expect(e.code).toBe('validation')
    expect(e.message).toBe('Filen blev ikke importeret: 5 rækker har fejl. Intet er gemt. Ret rækkerne og importér igen.')
    expect(e.details).toEqual([
      { row: 3, field: 'Pseudonym', message: 'Linje 3: Deltageren «Borger 009» findes ikke i projektet (pseudonym eller sagsnummer).' },
      { row: 4, field: 'Måned', message: 'Linje 4: Feltet «Måned» skal være en måned, fx 2020-03 eller 03-2020 (fik «2020-13»).' },
      { row: 5, field: 'Årsag til passiv', message: 'Linje 5 (Borger 003): Feltet «Årsag til passiv» skal udfyldes, når måneden er passiv.' },
      { row: 6, field: 'Løntimer', message: 'Linje 6: Feltet «Løntimer» skal være et antal timer, fx 12,5 (fik «tolv»).' },
      {
        row: 7,
        field: 'Pseudonym',
        message: 'Linje 7: Feltet «Pseudonym» ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer.'
      }
    ])
    const count = await rt.ctx.db
      .selectFrom('participant_status')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(0)
  })

  it('refuses a file without the month column, and a row twice for the same month', async () => {
    let e = await rt.callError('participants.status.import', {
      projectId,
      fileName: 'x.csv',
      contentBase64: Buffer.from('Pseudonym;Løntimer\nBorger 001;5\n').toString('base64')
    })
    expect(e.message).toBe('Filen mangler kolonnen «Måned».')
    const bytes = csv([good[1]!, 'Borger 002;;2020-03;;;;;;;ja;;;;;;'])
    e = await rt.callError('participants.status.import', { projectId, fileName: 'x.csv', contentBase64: bytes.toString('base64') })
    expect(e.details).toEqual([{ row: 3, field: 'Pseudonym', message: 'Linje 3 (Borger 002): Deltageren har allerede en række for samme måned i linje 2.' }])
  })

  it('imports XLSX with numbers and dates as Excel keeps them, and updates a changed row', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Status')
    ws.addRow(header.split(';'))
    ws.addRow(['Borger 001', '', '2020-04', 20, 'nej', '', '', '', '', '', '', '', new Date(Date.UTC(2020, 3, 14)), 'ja', 'Lager', ''])
    ws.addRow(['Borger 002', '', new Date(Date.UTC(2020, 3, 1)), '', 'x', '', '', '', '', '', '', '', '', '', '', ''])
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    expect(await importFile('status.xlsx', bytes)).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, months: ['2020-04'] })
    const rows = (await rt.call('participants.month.get', { projectId, month: '2020-04' })).rows
    expect(rows.find((r) => r.pseudonym === 'Borger 001')!.status!.paidHoursMinutes).toBe(1200)
    expect(rows.find((r) => r.pseudonym === 'Borger 001')!.status!.cvUpdatedOn).toBe('2020-04-14')
    expect(rows.find((r) => r.pseudonym === 'Borger 002')!.status!.activities).toEqual(['workPlacement'])

    ws.getRow(2).getCell(4).value = 25
    const changed = new Uint8Array(await wb.xlsx.writeBuffer())
    expect(await importFile('status.xlsx', changed)).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 1, months: ['2020-04'] })
    const trail = await rt.call('audit.list', { projectId, entity: 'participant_status' })
    expect(trail[0]!.action).toBe('update')
    expect(trail[0]!.reason).toBe('Import af «status.xlsx»')
  })

  it("the month's template opens in Excel and imports back unchanged", async () => {
    await importFile('status.csv', csv(good))
    const t = await rt.call('participants.status.template', { projectId, month: '2020-03' })
    expect(t.fileName).toBe('Månedsstatus 2020-03.csv')
    const bytes = Buffer.from(t.contentBase64, 'base64')
    const text = bytes.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe(header)
    expect(text).toContain('Borger 001;SAG-1;2020-03;12,50;nej;nej;nej;nej;nej;nej;nej;;02.03.2020;ja;Køkkenmedhjælper;Småjob på Hotel Ørnen')
    expect(await importFile(t.fileName, bytes)).toEqual({ rows: 4, created: 0, updated: 0, unchanged: 4, months: ['2020-03'] })
  })

  it("a new month's template with rows left blank imports the filled rows only", async () => {
    const t = await rt.call('participants.status.template', { projectId, month: '2020-05' })
    const lines = Buffer.from(t.contentBase64, 'base64').subarray(3).toString('utf8').trim().split('\r\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toBe('Borger 002;SAG-2;2020-05;;;;;;;;;;;;;')
    lines[2] = 'Borger 002;SAG-2;2020-05;;ja;;;;;;;;;;;'
    expect(await importFile('maj.csv', Buffer.from(lines.join('\r\n')))).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0, months: ['2020-05'] })
    const e = await rt.callError('participants.status.import', { projectId, fileName: 'tom.csv', contentBase64: t.contentBase64 })
    expect(e.message).toBe('Filen har ingen rækker med månedsstatus.')
  })
})

describe('puljestyr import status', () => {
  it('imports a file from the command line, and refuses a bad one listing its rows, changing nothing', async () => {
    const { spawnSync } = await import('node:child_process')
    const fs = await import('node:fs')
    const path = await import('node:path')
    const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
    const bad = path.join(rt.dir, 'forkert.csv')
    fs.writeFileSync(bad, csv(['Borger 001;;2020-03;mange;nej;nej;nej;nej;nej;nej;nej;;;ja;;']))
    const good1 = path.join(rt.dir, 'status.csv')
    fs.writeFileSync(good1, csv(good))
    // The runtime of the test holds the database open; the CLI opens it too (WAL allows it).
    const refused = spawnSync(process.execPath, [cli, 'import', 'status', '--db', rt.file, '--project', String(projectId), bad], { encoding: 'utf8' })
    expect(refused.status).not.toBe(0)
    expect(refused.stdout).toContain('Linje 2')
    expect(refused.stdout).toContain('Løntimer')
    expect((await rt.call('participants.month.get', { projectId, month: '2020-03' })).rows.filter((r) => r.status)).toHaveLength(0)

    const ok = spawnSync(process.execPath, [cli, 'import', 'status', '--db', rt.file, '--project', String(projectId), good1], { encoding: 'utf8' })
    expect(ok.stderr).toBe('')
    expect(ok.stdout.trim()).toBe('Importeret 4 rækker: 4 nye, 0 ændrede, 0 uændrede.')
    expect((await rt.call('participants.month.get', { projectId, month: '2020-03' })).rows.filter((r) => r.status)).toHaveLength(4)
  })
})
