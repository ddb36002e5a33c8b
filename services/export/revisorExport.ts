// The revisor export (DOMAIN rule 13): the ledger, approved hours, staff and rate calculations, the
// budget and its approved revisions, the signed accounts and the audit trail as CSV that Danish
// Excel opens, one XLSX workbook with a sheet each, a PDF summary from the one print path, and a
// manifest of every file with its SHA-256. `puljestyr export` writes it to a folder; the UI gets
// the same files as one zip.
import JSZip from 'jszip'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { todayIso, type ServiceContext } from '../context'
import { getProject } from '../core/projects'
import { sha256Hex } from '../ledger/importBatch'
import { writeCsv } from '../io/tableFile'
import { buildExportTables } from './tables'
import { tableCsv, tablesWorkbook } from './writers'

const x = da.export

export interface ExportFile {
  name: string
  bytes: Buffer
}

export interface RevisorExport {
  /** Folder name (and the zip's name without .zip). */
  baseName: string
  files: ExportFile[]
}

export const MANIFEST_CSV = 'manifest.csv'
export const MANIFEST_SHA256 = 'manifest.sha256'

export async function buildRevisorExport(ctx: ServiceContext, projectId: number): Promise<RevisorExport> {
  const project = await getProject(ctx.db, projectId)
  if (!ctx.printer) throw new DomainError('conflict', x.noPrinter)
  const tables = await buildExportTables(ctx.db, projectId, todayIso(ctx))
  const files: ExportFile[] = [
    {
      name: x.readmeFile,
      bytes: Buffer.from(
        `\uFEFF${x.readme(
          project.title,
          project.municipality,
          project.caseNumber,
          tables.map((t) => t.file)
        )}`.replace(/\n/g, '\r\n'),
        'utf8'
      )
    }
  ]
  for (const t of tables) files.push({ name: t.file, bytes: tableCsv(t) })
  files.push({ name: x.workbookFile, bytes: await tablesWorkbook(tables, { title: `${x.title}: ${project.title}` }) })
  const pdf = await ctx.printer.printRoute(`/print/revisor/${projectId}`)
  files.push({ name: x.pdfFile, bytes: Buffer.from(pdf) })
  const listed = files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: sha256Hex(f.bytes) }))
  files.push({
    name: MANIFEST_CSV,
    bytes: writeCsv(
      [x.h.file, x.h.bytes, x.h.sha256],
      listed.map((f) => [f.name, f.bytes, f.sha256])
    )
  })
  files.push({ name: MANIFEST_SHA256, bytes: Buffer.from(listed.map((f) => `${f.sha256}  ${f.name}\n`).join(''), 'utf8') })
  const safeCase = project.caseNumber.replace(/[^\w.-]+/g, '-') || String(projectId)
  return { baseName: `${x.folderPrefix}_${safeCase}_${todayIso(ctx)}`, files }
}

export async function revisorExportZip(ctx: ServiceContext, projectId: number) {
  const exp = await buildRevisorExport(ctx, projectId)
  const zip = new JSZip()
  const folder = zip.folder(exp.baseName)!
  const fixedDate = ctx.now()
  for (const f of exp.files) folder.file(f.name, f.bytes, { date: fixedDate })
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
  return {
    fileName: `${exp.baseName}.zip`,
    contentBase64: bytes.toString('base64'),
    files: exp.files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: sha256Hex(f.bytes) }))
  }
}
