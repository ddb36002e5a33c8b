// The revisor export (docs/domain.md rule 13 «Audit and export»): the ledger, approved hours, staff
// and rate calculations, the budget and its approved revisions, the signed accounts and the audit
// trail as CSV that Danish Excel opens, one XLSX workbook with a sheet each, a PDF summary from the
// one print path, and a manifest of every file with its SHA-256, the audit chain's head and whether
// personal records are in it. `puljestyr export` writes it straight into a folder; the UI gets the
// same files as one zip. Every table is streamed from the database into its files and the zip is
// streamed to disk, so an export of half a million hours needs no more memory than one of a hundred
// (#14).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { todayIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { chainHead } from '../audit/head'
import { verifyDatabaseOnce } from '../audit/verify'
import { verifyTarget } from '../audit/handlers'
import { writeCsv } from '../io/tableFile'
import { createZipFile } from '../io/zipFile'
import { buildExportTables } from './tables'
import type { ExportOptions } from './exportTable'
import { writeTables } from './writers'

const x = da.export

export interface ExportFileInfo {
  name: string
  bytes: number
  sha256: string
}

export interface WrittenExport {
  /** Folder name (and the zip's name without .zip). */
  baseName: string
  files: ExportFileInfo[]
  head: { entry: number; hash: string } | null
}

export const MANIFEST_CSV = 'manifest.csv'
export const MANIFEST_SHA256 = 'manifest.sha256'

/** A file written whole from memory, with its size and SHA-256. */
function writeFileInfo(dir: string, name: string, data: string | Uint8Array): ExportFileInfo {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  fs.writeFileSync(path.join(dir, name), bytes)
  return { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** The export's folder name: `Revisoreksport_<case number>_<today>`. */
export async function exportBaseName(ctx: ServiceContext, projectId: number): Promise<string> {
  const project = await getProject(ctx.db, projectId)
  const safeCase = project.caseNumber.replace(/[^\w.-]+/g, '-') || String(projectId)
  return `${x.folderPrefix}_${safeCase}_${todayIso(ctx)}`
}

/** Writes the whole export into `dir` (an empty or new folder), streamed table by table. */
export async function writeRevisorExport(ctx: ServiceContext, projectId: number, dir: string, options: ExportOptions): Promise<WrittenExport> {
  const project = await getProject(ctx.db, projectId)
  const printer = ctx.printer
  if (!printer) throw new DomainError('conflict', x.noPrinter)
  fs.mkdirSync(dir, { recursive: true })
  // The PDF summary is printed while the tables are written: the browser (another process) starts and
  // loads the print page meanwhile, instead of after the tables (#14). The summary verifies the whole
  // file: the export verifies it first, beside the tables, and only then asks for the page, which
  // finds the report kept for the unchanged file (services/audit/verify.ts, verifyDatabaseFileOnce)
  // instead of verifying within the printout's wait for its page.
  printer.warmUp?.()
  const verified = ctx.sqlite ? verifyDatabaseOnce(verifyTarget(ctx)) : Promise.resolve(null)
  const printed = verified.then(() => printer.printRoute(`/print/revisor/${projectId}`))
  printed.catch(() => {}) // its error is thrown where it is awaited, below; not an unhandled rejection meanwhile
  let tableFiles: ExportFileInfo[]
  let readmeInfo: ExportFileInfo
  try {
    const tables = await buildExportTables(ctx.db, projectId, todayIso(ctx), options)
    const readme = `\uFEFF${x.readme(
      project.title,
      project.municipality,
      project.caseNumber,
      tables.map((t) => t.file)
    )}`.replace(/\n/g, '\r\n')
    readmeInfo = writeFileInfo(dir, x.readmeFile, readme)
    tableFiles = await writeTables(tables, dir, { file: x.workbookFile, title: `${x.title}: ${project.title}`, created: ctx.now() })
  } catch (e) {
    // Nothing left running behind a failed export (its error is the one to tell).
    await Promise.allSettled([printed])
    throw e
  }
  const pdf = writeFileInfo(dir, x.pdfFile, await printed)
  // The head after every table is written: every entry in 09_revisionsspor.csv is at or below it.
  const head = await chainHead(ctx.db)
  const listed: ExportFileInfo[] = [readmeInfo, ...tableFiles, pdf]
  const statements = [
    head ? da.audit.anchor.line(head.entry, head.hash) : x.noAuditEntries,
    ...(head ? [da.audit.anchor.help] : []),
    options.withPersonal ? x.personal.included : x.personal.leftOut
  ]
  const manifest = writeFileInfo(
    dir,
    MANIFEST_CSV,
    writeCsv([x.h.file, x.h.bytes, x.h.sha256], [...listed.map((f) => [f.name, f.bytes, f.sha256]), ...statements.map((line) => [line, null, null])])
  )
  const sums = writeFileInfo(dir, MANIFEST_SHA256, listed.map((f) => `${f.sha256}  ${f.name}\n`).join(''))
  const files = [...listed, manifest, sums]
  return { baseName: await exportBaseName(ctx, projectId), files, head }
}

/**
 * The export as one zip for the UI's download: written to a temporary folder, each file zipped a
 * piece at a time into a temporary zip, and only that compressed zip is read back for the answer.
 */
export async function revisorExportZip(ctx: ServiceContext, projectId: number, options: ExportOptions) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-eksport-'))
  try {
    const baseName = await exportBaseName(ctx, projectId)
    const dir = path.join(tmp, baseName)
    const exp = await writeRevisorExport(ctx, projectId, dir, options)
    const zipFile = path.join(tmp, `${exp.baseName}.zip`)
    // The fastest deflate: 3 % larger than the default level on a jobcenter's export, in two thirds of the time.
    const zip = createZipFile(zipFile, { date: ctx.now(), level: 1 })
    try {
      for (const f of exp.files) zip.addFile(`${exp.baseName}/${f.name}`, path.join(dir, f.name))
      await zip.close()
    } finally {
      zip.abort()
    }
    return { fileName: `${exp.baseName}.zip`, contentBase64: fs.readFileSync(zipFile).toString('base64'), files: exp.files }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
