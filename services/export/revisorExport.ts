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
import { pipeline } from 'node:stream/promises'
import JSZip from 'jszip'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { todayIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { chainHead } from '../audit/head'
import { verifyDatabaseOnce } from '../audit/verify'
import { verifyTarget } from '../audit/handlers'
import { writeCsv } from '../io/tableFile'
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

async function fileInfo(dir: string, name: string): Promise<ExportFileInfo> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of fs.createReadStream(path.join(dir, name))) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { name, bytes, sha256: hash.digest('hex') }
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
  if (!ctx.printer) throw new DomainError('conflict', x.noPrinter)
  fs.mkdirSync(dir, { recursive: true })
  const tables = await buildExportTables(ctx.db, projectId, todayIso(ctx), options)
  const readme = `\uFEFF${x.readme(
    project.title,
    project.municipality,
    project.caseNumber,
    tables.map((t) => t.file)
  )}`.replace(/\n/g, '\r\n')
  fs.writeFileSync(path.join(dir, x.readmeFile), readme, 'utf8')
  await writeTables(tables, dir, { file: x.workbookFile, title: `${x.title}: ${project.title}` })
  // The summary verifies the whole file: done here, outside the printout's wait for its page, which
  // then finds the report kept for the unchanged file (services/audit/verify.ts, verifyDatabaseFileOnce).
  if (ctx.sqlite) await verifyDatabaseOnce(verifyTarget(ctx))
  const pdf = await ctx.printer.printRoute(`/print/revisor/${projectId}`)
  fs.writeFileSync(path.join(dir, x.pdfFile), pdf)
  // The head after every table is written: every entry in 09_revisionsspor.csv is at or below it.
  const head = await chainHead(ctx.db)
  const names = [x.readmeFile, ...tables.map((t) => t.file), x.workbookFile, x.pdfFile]
  const listed: ExportFileInfo[] = []
  for (const name of names) listed.push(await fileInfo(dir, name))
  const statements = [
    head ? da.audit.anchor.line(head.entry, head.hash) : x.noAuditEntries,
    ...(head ? [da.audit.anchor.help] : []),
    options.withPersonal ? x.personal.included : x.personal.leftOut
  ]
  fs.writeFileSync(
    path.join(dir, MANIFEST_CSV),
    writeCsv([x.h.file, x.h.bytes, x.h.sha256], [...listed.map((f) => [f.name, f.bytes, f.sha256]), ...statements.map((line) => [line, null, null])])
  )
  fs.writeFileSync(path.join(dir, MANIFEST_SHA256), listed.map((f) => `${f.sha256}  ${f.name}\n`).join(''), 'utf8')
  const files = [...listed, await fileInfo(dir, MANIFEST_CSV), await fileInfo(dir, MANIFEST_SHA256)]
  return { baseName: await exportBaseName(ctx, projectId), files, head }
}

/**
 * The export as one zip for the UI's download: written to a temporary folder, zipped from the files
 * as a stream into a temporary zip, and only that compressed zip is read back for the answer.
 */
export async function revisorExportZip(ctx: ServiceContext, projectId: number, options: ExportOptions) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-eksport-'))
  try {
    const baseName = await exportBaseName(ctx, projectId)
    const dir = path.join(tmp, baseName)
    const exp = await writeRevisorExport(ctx, projectId, dir, options)
    const zip = new JSZip()
    const folder = zip.folder(exp.baseName)!
    const fixedDate = ctx.now()
    for (const f of exp.files) folder.file(f.name, fs.createReadStream(path.join(dir, f.name)), { date: fixedDate, binary: true })
    const zipFile = path.join(tmp, `${exp.baseName}.zip`)
    await pipeline(zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' }), fs.createWriteStream(zipFile))
    return { fileName: `${exp.baseName}.zip`, contentBase64: fs.readFileSync(zipFile).toString('base64'), files: exp.files }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
