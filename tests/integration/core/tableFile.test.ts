import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { csvNumber, readTableFile, writeCsv } from '../../../services/io/tableFile'

describe('table files as Danish Excel writes them', () => {
  it('reads a semicolon CSV in Windows-1252 with æ, ø, å and decimal commas', async () => {
    const text = 'Medarbejder;Dato;Timer\r\nJonas Holm;06.01.2020;7,4\r\nSøren Ærø-Åby;07.01.2020;5,25\r\n'
    const file = await readTableFile('timer.csv', iconv.encode(text, 'win1252'))
    expect(file.encoding).toBe('windows-1252')
    expect(file.headers).toEqual(['Medarbejder', 'Dato', 'Timer'])
    expect(file.rows).toEqual([
      { line: 2, cells: { medarbejder: 'Jonas Holm', dato: '06.01.2020', timer: '7,4' } },
      { line: 3, cells: { medarbejder: 'Søren Ærø-Åby', dato: '07.01.2020', timer: '5,25' } }
    ])
  })

  it('reads UTF-8 with and without BOM, skips blank lines but keeps Excel line numbers', async () => {
    const body = 'Navn;Beløb\n\nÅse;1.234,50\n'
    for (const bytes of [Buffer.from(body, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')])]) {
      const file = await readTableFile('x.csv', bytes)
      expect(file.encoding).toBe('utf-8')
      expect(file.rows).toEqual([{ line: 3, cells: { navn: 'Åse', beløb: '1.234,50' } }])
    }
  })

  it('reads the first sheet of an XLSX: numbers with a decimal comma, dates as ISO dates', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Timer')
    ws.addRow(['Medarbejder', 'Dato', 'Timer'])
    ws.addRow(['Sara Lund', new Date(Date.UTC(2020, 0, 29)), 7.4])
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    const file = await readTableFile('timer.xlsx', bytes)
    expect(file.format).toBe('xlsx')
    expect(file.rows).toEqual([{ line: 2, cells: { medarbejder: 'Sara Lund', dato: '2020-01-29', timer: '7,4' } }])
  })

  it('refuses a file named .xlsx that is not a spreadsheet, naming the file', async () => {
    await expect(readTableFile('timer.xlsx', Buffer.from('Navn;Timer\n'))).rejects.toThrow('Filen «timer.xlsx» er ikke et gyldigt Excel-regneark')
  })

  it('reads a large file in pieces: a quoted cell with a line end and a semicolon is one cell wherever the file is cut', async () => {
    // About 180 kB, so the text is parsed in several pieces (services/io/tableFile.ts): the quoted
    // note with a line break in it falls on every position around the first cut at 64 KiB.
    const head = 'Medarbejder;Dato;Timer;Note\r\n'
    const plain = (i: number) => `Jonas Holm;06.01.2020;7,4;linje ${i}\r\n`
    const quoted = 'Jonas Holm;07.01.2020;5;"første; linje\r\nanden linje ""x"""\r\n'
    for (const shift of [0, 7, 23, 41]) {
      let text = head
      let n = 0
      while (text.length < 65536 - 30 + shift) text += plain(n++)
      text += quoted
      const before = n
      while (text.length < 180_000) text += plain(n++)
      const file = await readTableFile('timer.csv', Buffer.from(text, 'utf8'))
      expect(file.rows).toHaveLength(n + 1)
      expect(file.rows[before]).toEqual({
        line: before + 2,
        cells: { medarbejder: 'Jonas Holm', dato: '07.01.2020', timer: '5', note: 'første; linje\r\nanden linje "x"' }
      })
      // Lines are Excel's rows: the cell with a line break in it is still one row.
      expect(file.rows.at(-1)).toEqual({ line: n + 2, cells: { medarbejder: 'Jonas Holm', dato: '06.01.2020', timer: '7,4', note: `linje ${n - 1}` } })
    }
  })

  it('reads a large file in pieces of bytes: a letter cut in two by a piece’s end is read whole, in UTF-8 and in Windows-1252', async () => {
    // The bytes are decoded 16 KiB at a time (services/io/tableFile.ts): with names of æ, ø, å (two
    // bytes each in UTF-8) and emoji (four), cuts fall inside a letter.
    const head = 'Medarbejder;Dato;Timer\r\n'
    const names = ['Søren Ærø-Åby', 'Åse Ø. Bæk', 'Ida 🙂 Holm']
    const rows: string[] = []
    let text = head
    for (let i = 0; Buffer.byteLength(text) < 200_000; i++) {
      const line = `${names[i % 3]!} ${'ø'.repeat(30 + (i % 11))}${'🙂'.repeat(i % 5)};06.01.2020;${i}\r\n`
      rows.push(line)
      text += line
    }
    const bytes = Buffer.from(text, 'utf8')
    const cutInLetter = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((k) => (bytes[k * 16384]! & 0xc0) === 0x80)
    expect(cutInLetter.length).toBeGreaterThan(2)
    const expected = (lines: string[]) =>
      lines.map((line, i) => {
        const [name, dato, timer] = line.slice(0, -2).split(';')
        return { line: i + 2, cells: { medarbejder: name!.trim(), dato, timer } }
      })
    const utf8 = await readTableFile('timer.csv', bytes)
    expect(utf8.encoding).toBe('utf-8')
    expect(utf8.rows).toEqual(expected(rows))
    // Windows-1252 has no emoji: the same file without them.
    const win = await readTableFile('timer.csv', iconv.encode(text.replaceAll('🙂', ''), 'win1252'))
    expect(win.encoding).toBe('windows-1252')
    expect(win.rows).toEqual(expected(rows.map((line) => line.replaceAll('🙂', ''))))
  })

  it('writes CSV that Excel opens: BOM, semicolons, CRLF, quoted fields, decimal commas', async () => {
    const csv = writeCsv(['Tekst', 'Beløb', 'Timer'], [['Løn; januar "A"', csvNumber(223507400, 100), csvNumber(444, 60)]])
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.subarray(3).toString('utf8')).toBe('Tekst;Beløb;Timer\r\n"Løn; januar ""A""";2235074,00;7,40\r\n')
    const back = await readTableFile('x.csv', csv)
    expect(back.rows[0]!.cells).toEqual({ tekst: 'Løn; januar "A"', beløb: '2235074,00', timer: '7,40' })
  })
})
