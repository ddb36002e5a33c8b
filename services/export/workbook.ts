// The revisor export's workbook (revisoreksport.xlsx), written sheet by sheet and row by row into a
// zip on disk (services/io/zipFile.ts): a sheet per table, its header row bold, frozen and with a
// filter, the columns as wide as set, amounts as numbers with the kr. format, hours as decimal
// hours, dates and times as Excel dates. The parts are those exceljs' streaming writer wrote before
// (#14: it spent most of the export's time styling each cell), so Excel shows the same workbook.
import { createZipFile, type ZipEntryWriter } from '../io/zipFile'
import type { Cell, ColumnType, ExportColumn } from './exportTable'
import { OFFICE_THEME_XML } from './xlsxTheme'

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** The number format of each column type: a built-in format's id, or a format of the workbook's own (164…). */
const FORMATS: Record<ColumnType, { id: number; code?: string }> = {
  text: { id: 0 },
  int: { id: 1 },
  date: { id: 164, code: 'dd.mm.yyyy' },
  hours: { id: 2 },
  amount: { id: 165, code: '#,##0.00 "kr."' },
  timestamp: { id: 166, code: 'dd.mm.yyyy hh:mm:ss' }
}
const TYPES: ColumnType[] = ['text', 'int', 'date', 'hours', 'amount', 'timestamp']
/** The cell style of a column type (its index in cellXfs): plain, or bold for the header row. */
const styleOf = (type: ColumnType, bold = false) => TYPES.indexOf(type) + (bold ? TYPES.length : 0)
const BOLD_ROW_STYLE = styleOf('text', true)

/** Text as XML character data: the five markup characters escaped, characters XML cannot hold left out (as exceljs). */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 does not allow
  if (!/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)) return text
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === "'" ? '&apos;' : c === '"' ? '&quot;' : ''
  )
}

/** `A`, `B`, …, `Z`, `AA`, … */
function columnLetters(n: number): string {
  let s = ''
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s
  return s
}

/** Days since 30.12.1899 of a date's wall-clock time (Excel's serial date; Excel has no time zones). */
function serial(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  return 25569 + Date.UTC(year, month - 1, day, h, m, s) / 86400000
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A timestamp's serial date, the last one kept: a trail's entries of one import share theirs. */
let lastStamp = { iso: '', serial: '' }

function timestampSerial(iso: string): string | null {
  if (iso === lastStamp.iso) return lastStamp.serial
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  lastStamp = { iso, serial: String(serial(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds())) }
  return lastStamp.serial
}

/** One cell's XML (`ref` its address, `s` its style attribute): a number, a string, or an empty styled cell. */
function cellXml(value: Cell, type: ColumnType, ref: string, s: string): string {
  if (value === null || value === '') return s ? `<c r="${ref}"${s}/>` : ''
  let number: string | null = null
  switch (type) {
    case 'amount':
      number = String(Number(value) / 100)
      break
    case 'hours':
      number = String(Number(value) / 60)
      break
    case 'int':
      number = String(Number(value))
      break
    case 'date': {
      const m = ISO_DATE.exec(String(value))
      if (m) number = String(serial(Number(m[1]), Number(m[2]), Number(m[3])))
      break
    }
    case 'timestamp':
      number = timestampSerial(String(value))
      break
    default:
      break
  }
  return number === null ? `<c r="${ref}"${s} t="str"><v>${xmlText(String(value))}</v></c>` : `<c r="${ref}"${s}><v>${number}</v></c>`
}

export interface SheetWriter {
  /** Appends a row, its cells in the columns' order. */
  row(cells: Cell[]): void
  end(): void
}

export interface WorkbookWriter {
  sheet(name: string, columns: ExportColumn[]): SheetWriter
  /** Resolves once the sheets' XML written so far is nearly all compressed (memory stays flat). */
  drain(): Promise<void>
  /** Writes the workbook's other parts and closes the file; resolves to its size and SHA-256. */
  close(): Promise<{ bytes: number; sha256: string }>
  abort(): void
}

/** Rows of sheet XML collected before they go to the zip (about one piece of it). */
const CHUNK = 256 * 1024

export function createWorkbook(file: string, meta: { title: string; creator: string; created: Date }): WorkbookWriter {
  // The fastest deflate: a workbook about as small as exceljs wrote it, in half the time of the default level.
  // Deflated on Node's thread pool while the next rows are made (#14).
  const zip = createZipFile(file, { date: meta.created, level: 1, background: true })
  const sheets: string[] = []

  function sheet(name: string, columns: ExportColumn[]): SheetWriter {
    const n = sheets.push(name)
    const entry: ZipEntryWriter = zip.entry(`xl/worksheets/sheet${n}.xml`)
    const letters = columns.map((_, i) => columnLetters(i + 1))
    const styles = columns.map((c) => styleOf(c.type))
    const types = columns.map((c) => c.type)
    const styleAttributes = styles.map((id) => (id ? ` s="${id}"` : ''))
    const last = letters.at(-1)
    const spans = `1:${columns.length}`
    let cols = ''
    for (let i = 0; i < columns.length; ) {
      const width = columns[i]!.width ?? Math.max(12, columns[i]!.header.length + 2)
      let j = i
      const same = (k: number) => (columns[k]!.width ?? Math.max(12, columns[k]!.header.length + 2)) === width && styles[k] === styles[i]
      while (j + 1 < columns.length && same(j + 1)) j++
      cols += `<col min="${i + 1}" max="${j + 1}" width="${width}"${styles[i] ? ` style="${styles[i]}"` : ''} customWidth="1"/>`
      i = j + 1
    }
    entry.write(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>' +
        (cols ? `<cols>${cols}</cols>` : '') +
        `<sheetData><row r="1" spans="${spans}" s="${BOLD_ROW_STYLE}" customFormat="1" x14ac:dyDescent="0.25">` +
        columns.map((c, i) => `<c r="${letters[i]}1" s="${styleOf(c.type, true)}" t="str"><v>${xmlText(c.header)}</v></c>`).join('') +
        '</row>'
    )
    // Rows are collected and joined once per chunk: one flat string, not a long chain of small ones.
    let rows: string[] = []
    let length = 0
    let r = 1
    return {
      row(cells) {
        r++
        let xml = `<row r="${r}" spans="${spans}" x14ac:dyDescent="0.25">`
        for (let i = 0; i < columns.length; i++) xml += cellXml(cells[i] ?? null, types[i]!, letters[i]! + r, styleAttributes[i]!)
        rows.push(`${xml}</row>`)
        length += xml.length + 6
        if (length >= CHUNK) {
          entry.write(rows.join(''))
          rows = []
          length = 0
        }
      },
      end() {
        entry.write(
          rows.join('') +
            '</sheetData>' +
            (last ? `<autoFilter ref="A1:${last}1"/>` : '') +
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
            '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>'
        )
        rows = []
        entry.end()
      }
    }
  }

  function close(): Promise<{ bytes: number; sha256: string }> {
    const sheetRange = sheets.map((_, i) => i + 1)
    zip.add('xl/theme/theme1.xml', OFFICE_THEME_XML)
    zip.add('xl/styles.xml', stylesXml())
    zip.add(
      '_rels/.rels',
      `${XML_HEAD}\n<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`
    )
    zip.add(
      'xl/workbook.xml',
      `${XML_HEAD}\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>` +
        sheets.map((name, i) => `<sheet sheetId="${i + 1}" name="${xmlText(name)}" state="visible" r:id="rId${i + 3}"/>`).join('') +
        '</sheets><calcPr calcId="171027"/></workbook>'
    )
    zip.add(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}\n<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>` +
        sheetRange.map((n) => `<Relationship Id="rId${n + 2}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
        '</Relationships>'
    )
    const office = 'application/vnd.openxmlformats-officedocument'
    zip.add(
      '[Content_Types].xml',
      `${XML_HEAD}\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${office}.spreadsheetml.sheet.main+xml"/>` +
        sheetRange.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${office}.spreadsheetml.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/theme/theme1.xml" ContentType="${office}.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="${office}.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${office}.extended-properties+xml"/></Types>`
    )
    zip.add(
      'docProps/app.xml',
      `${XML_HEAD}\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">` +
        sheets.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join('') +
        '</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
    )
    const when = meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z')
    zip.add(
      'docProps/core.xml',
      `${XML_HEAD}\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(meta.creator)}</dc:creator><dc:title>${xmlText(meta.title)}</dc:title><cp:lastModifiedBy>${xmlText(meta.creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
    )
    return zip.close()
  }

  return { sheet, drain: zip.drain, close, abort: zip.abort }
}

/** The workbook's styles: Calibri 11 and its bold, and a cell style per column type, plain and bold. */
function stylesXml(): string {
  const custom = TYPES.map((t) => FORMATS[t]).filter((f) => f.code !== undefined)
  const xf = (bold: boolean) =>
    TYPES.map((t) => {
      const id = FORMATS[t].id
      return `<xf numFmtId="${id}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}/>`
    }).join('')
  return (
    `${XML_HEAD}\n<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
    `<numFmts count="${custom.length}">${custom.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${xmlText(f.code!)}"/>`).join('')}</numFmts>` +
    '<fonts count="2" x14ac:knownFonts="1"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${TYPES.length * 2}">${xf(false)}${xf(true)}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'
  )
}
