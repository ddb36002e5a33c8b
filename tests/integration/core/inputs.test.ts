// Every input bounded (issue #13): a CPR number in an API call or an import file is refused and
// nothing is written; unknown columns and too-wide rows are refused; a file of bad rows lists 100.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { createFixture, type Fixture } from '../time/helpers'
import { readTableFile } from '../../../services/io/tableFile'
import { readXlsxLimits } from '../../../services/io/xlsxLimits'

let rt: TestRuntime
let f: Fixture
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2021-06-01T09:00:00.000Z' })
  f = await createFixture(rt)
  await rt.ctx.db.updateTable('staff').set({ name: 'Jonas Holm' }).where('id', '=', f.jonas).execute()
})
afterEach(async () => {
  await rt.close()
})

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const count = async (table: 'time_entry' | 'posting' | 'audit_log') =>
  Number(
    (
      await rt.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n
  )

describe('CPR numbers and broken text are refused everywhere', () => {
  it('an API call with a CPR number in a posting text is refused, naming the field, and writes nothing', async () => {
    const before = [await count('posting'), await count('audit_log')]
    const error = await rt.callError('ledger.create', {
      projectId: f.projectId,
      date: '2021-03-01',
      budgetLineId: f.lines.audit2021!,
      amountOre: 100,
      documentRef: 'B-1',
      description: 'Honorar for 0101901234'
    })
    expect(error.field).toBe('description')
    expect(error.message).toMatch(/^Feltet «.+» ligner et CPR-nummer/)
    const broken = await rt.callError('ledger.create', {
      projectId: f.projectId,
      date: '2021-03-01',
      budgetLineId: f.lines.audit2021!,
      amountOre: 100,
      documentRef: 'B-\ud800',
      description: ''
    })
    expect(broken.field).toBe('documentRef')
    expect(broken.message).toMatch(/ikke er gyldig Unicode/)
    expect([await count('posting'), await count('audit_log')]).toEqual(before)
  })

  it('an hours import with a CPR number in a note is refused with its line and column, and writes nothing', async () => {
    const before = [await count('time_entry'), await count('audit_log')]
    const csv = 'Medarbejder;Dato;Aktivitet;Timer;Note\nJonas Holm;06.01.2020;Borgerrettet indsats;7,4;Møde med 010190-1234\n'
    const error = await rt.callError('time.import.hours', { projectId: f.projectId, fileName: 'timer.csv', contentBase64: b64(csv) })
    expect(error.message).toContain('Linje 2, kolonne «Note»: ligner et CPR-nummer')
    expect([await count('time_entry'), await count('audit_log')]).toEqual(before)
  })
})

describe('every importer (hours, postings, monthly statuses) refuses what it does not understand, and writes nothing', () => {
  const importers = [
    { method: 'time.import.hours', header: 'Medarbejder;Dato;Aktivitet;Timer;Note', row: 'Jonas Holm;06.01.2020;Borgerrettet indsats;7,4' },
    { method: 'ledger.import', header: 'Dato;Budgetpost;Beløb;Bilag;Tekst', row: '01.03.2021;Revision;100,00;B-1' },
    { method: 'participants.status.import', header: 'Pseudonym;Måned;Note', row: 'Borger 001;2020-03' }
  ] as const
  it.each(importers)('$method: an unknown column, a row wider than the header, a CPR number in a text cell', async ({ method, header, row }) => {
    const before = await count('audit_log')
    const refusal = async (csv: string) => {
      const e = await rt.callError(method, { projectId: f.projectId, fileName: 'fil.csv', contentBase64: b64(csv) })
      expect(e.code).toBe('validation')
      return [e.message, ...(e.details ?? []).map((d) => d.message)].join('\n')
    }
    expect(await refusal(`${header};Projekt\n${row};;Andet projekt\n`)).toContain('Kolonnen «Projekt» kendes ikke af denne import')
    expect(await refusal(`${header}\n${row};;ekstra\n`)).toMatch(/Linje 2 har \d+ celler, men overskriften har kun \d+ kolonner/)
    expect(await refusal(`${header}\n${row};Ring til 010190-1234\n`)).toContain('ligner et CPR-nummer')
    const bad = Array.from({ length: 150 }, () => `${row};010190-1234`).join('\n')
    expect(await refusal(`${header}\n${bad}\n`)).toContain('… og 50 rækker mere')
    expect(await count('audit_log')).toBe(before)
  })
})

describe('broken text outside the free-text type', () => {
  it('a lone surrogate in any string of an input (a filter of the trail) is refused by the registry, naming the field', async () => {
    const error = await rt.callError('audit.list', { entity: 'time_entry\ud800' })
    expect(error.field).toBe('entity')
    expect(error.message).toMatch(/ikke er gyldig Unicode/)
  })
})

describe('import files the importer does not understand', () => {
  it('a column it does not know («Projekt») is refused, naming the column', async () => {
    const csv = 'Medarbejder;Dato;Aktivitet;Timer;Projekt\nJonas Holm;06.01.2020;Borgerrettet indsats;7,4;Andet projekt\n'
    const error = await rt.callError('time.import.hours', { projectId: f.projectId, fileName: 'timer.csv', contentBase64: b64(csv) })
    expect(error.message).toContain('Kolonnen «Projekt» kendes ikke af denne import')
    expect(await count('time_entry')).toBe(0)
  })

  it('a row with more cells than the header is refused, naming the line', async () => {
    const csv = 'Medarbejder;Dato;Aktivitet;Timer\nJonas Holm;06.01.2020;Borgerrettet indsats;7,4;ekstra\n'
    const error = await rt.callError('time.import.hours', { projectId: f.projectId, fileName: 'timer.csv', contentBase64: b64(csv) })
    expect(error.details?.map((d) => d.message)).toContain(
      'Linje 2 har 5 celler, men overskriften har kun 4 kolonner. Ret rækken, så den passer til overskriften.'
    )
    expect(await count('time_entry')).toBe(0)
  })

  it('a file where every row is bad lists the first 100 bad rows and counts the rest', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `Ukendt ${i};06.01.2020;Borgerrettet indsats;7,4`).join('\n')
    const error = await rt.callError('time.import.hours', {
      projectId: f.projectId,
      fileName: 'timer.csv',
      contentBase64: b64(`Medarbejder;Dato;Aktivitet;Timer\n${rows}\n`)
    })
    const details = error.details!
    expect(new Set(details.filter((d) => d.row !== undefined).map((d) => d.row)).size).toBe(100)
    expect(details.at(-1)!.message).toBe('… og 900 rækker mere')
  })
})

async function xlsxWithSheet(sheetXml: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('Timer').addRow(['Medarbejder', 'Dato', 'Aktivitet', 'Timer'])
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer())
  zip.file('xl/worksheets/sheet1.xml', sheetXml)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

describe('an .xlsx is bounded before it is read whole', () => {
  it('a small file that inflates past the limit is refused by its size, naming the limit', async () => {
    // The real limit is 100 MB; the same check with 1 MB keeps the test fast.
    const bomb = await xlsxWithSheet(`<worksheet><sheetData>${' '.repeat(3 * 1024 * 1024)}</sheetData></worksheet>`)
    expect(bomb.length).toBeLessThan(64 * 1024)
    await expect(readXlsxLimits('bombe.xlsx', bomb, { maxRows: 200_000, maxInflatedBytes: 1024 * 1024 })).rejects.toThrow(
      /^Filen «bombe.xlsx» er for stor: regnearket fylder 3,0 MB udpakket, og grænsen er 1 MB/
    )
  }, 60_000)

  it('every part of the zip counts (an image that inflates past the limit too), and a zip it cannot follow is refused', async () => {
    const wb = await JSZip.loadAsync(await xlsxWithSheet('<worksheet><sheetData><row/></sheetData></worksheet>'))
    wb.file('xl/media/image1.png', Buffer.alloc(3 * 1024 * 1024))
    const bomb = await wb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    const limits = { maxRows: 200_000, maxInflatedBytes: 1024 * 1024 }
    await expect(readXlsxLimits('billede.xlsx', bomb, limits)).rejects.toThrow(/^Filen «billede.xlsx» er for stor/)
    // The zip's directory cut off (a Zip64 or broken file): not handed on to exceljs unmeasured.
    await expect(readXlsxLimits('brudt.xlsx', bomb.subarray(0, bomb.length - 30), limits)).rejects.toThrow(
      'Filen «brudt.xlsx» kunne ikke læses som et Excel-regneark (.xlsx).'
    )
  }, 60_000)

  it('a sheet of more than 200.000 rows is refused by its row count', async () => {
    const rows = '<row/>'.repeat(200_001)
    const many = await xlsxWithSheet(`<worksheet><sheetData>${rows}</sheetData></worksheet>`)
    await expect(readTableFile('mange.xlsx', many)).rejects.toThrow('Filen «mange.xlsx» har flere end 200.000 rækker, som er grænsen for én import.')
    await expect(readXlsxLimits('lille.xlsx', await xlsxWithSheet('<worksheet><sheetData><row/></sheetData></worksheet>'))).resolves.toBeUndefined()
  }, 60_000)
})
