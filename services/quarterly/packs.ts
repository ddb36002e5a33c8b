// Making a quarterly pack and keeping it: the pack is printed through the one print path (the
// route /print/kvartal/…, with «Side N af M» and project, quarter and date on every page), and
// stored with its figures (JSON), who made it and when, and the PDF's SHA-256. A stored pack never
// changes; `quarterly.verify` (and `puljestyr report --verify`) recognises an unchanged copy.
import { createHash } from 'node:crypto'
import type { QuarterlyPack } from '@shared/api/quarterly'
import { formatDateTime } from '@shared/domain/dates'
import { parseQuarter } from '@shared/domain/quarterly/quarter'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { Selectable } from 'kysely'
import { insertAudited } from '../audit/audit'
import { nowIso, type ServiceContext } from '../context'
import type { QuarterlyPackTable } from '../db/schema/quarterly'
import { countPdfPages } from '../print/printer'
import { getProject } from '../core/projects'
import { quarterLabel, quarterlyReport, requireQuarter } from './report'

const t = da.quarterly

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The print route of a quarter's pack (the preview on screen shows the same document). */
function packRoute(projectId: number, quarter: string, publication: boolean): string {
  return `/print/kvartal/${projectId}/${quarter}${publication ? '/offentlig' : ''}`
}

type Row = Omit<Selectable<QuarterlyPackTable>, 'pdf' | 'figures_json'>

async function toPack(ctx: ServiceContext, row: Row): Promise<QuarterlyPack> {
  const project = await getProject(ctx.db, row.project_id)
  const q = parseQuarter(row.quarter)
  return {
    id: row.id,
    projectId: row.project_id,
    quarter: row.quarter,
    quarterLabel: q ? quarterLabel(q) : row.quarter,
    publication: row.publication === 1,
    madeBy: row.made_by,
    madeAt: row.made_at,
    pdfSha256: row.pdf_sha256,
    pages: row.pages,
    fileName: t.fileName(project.title, row.quarter, row.publication === 1)
  }
}

const listColumns = ['id', 'project_id', 'quarter', 'publication', 'made_by', 'made_at', 'pdf_sha256', 'pages'] as const

export async function makePack(ctx: ServiceContext, projectId: number, quarterKey: string, publication: boolean): Promise<QuarterlyPack> {
  const quarter = await requireQuarter(ctx, projectId, quarterKey)
  if (!ctx.printer) throw new DomainError('conflict', t.errors.noPrinter)
  const project = await getProject(ctx.db, projectId)
  // The figures are gathered once; the printed route asks the same function, at the same moment.
  const figures = await quarterlyReport(ctx, projectId, quarter.key, publication)
  const madeAt = nowIso(ctx)
  const pdf = await ctx.printer.printRoute(packRoute(projectId, quarter.key, publication), {
    footer: t.footer(project.title, quarterLabel(quarter), formatDateTime(madeAt))
  })
  const pages = countPdfPages(pdf) ?? 0
  const row = await ctx.db.transaction().execute((trx) =>
    insertAudited(
      trx,
      ctx,
      'quarterly_pack',
      {
        project_id: projectId,
        quarter: quarter.key,
        publication: publication ? 1 : 0,
        made_by: ctx.osUser,
        made_at: madeAt,
        figures_json: JSON.stringify(figures),
        pdf,
        pdf_sha256: sha256Hex(pdf),
        pages
      },
      { projectId }
    )
  )
  return toPack(ctx, row)
}

export async function listPacks(ctx: ServiceContext, projectId: number): Promise<QuarterlyPack[]> {
  await getProject(ctx.db, projectId)
  const rows = await ctx.db.selectFrom('quarterly_pack').select(listColumns).where('project_id', '=', projectId).orderBy('id', 'desc').execute()
  const out: QuarterlyPack[] = []
  for (const r of rows) out.push(await toPack(ctx, r))
  return out
}

export async function getPack(ctx: ServiceContext, packId: number) {
  const row = await ctx.db.selectFrom('quarterly_pack').selectAll().where('id', '=', packId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', t.errors.packNotFound(packId), { field: 'packId' })
  const bytes = Buffer.from(row.pdf)
  if (sha256Hex(bytes) !== row.pdf_sha256) throw new DomainError('conflict', t.errors.packDamaged, { field: 'packId' })
  return { ...(await toPack(ctx, row)), contentBase64: bytes.toString('base64'), figures: JSON.parse(row.figures_json) as unknown }
}

/** Is this PDF a stored pack, byte for byte? Found by its SHA-256, then checked against the stored bytes. */
export async function verifyPack(ctx: ServiceContext, pdf: Uint8Array) {
  const sha256 = sha256Hex(pdf)
  const row = await ctx.db.selectFrom('quarterly_pack').selectAll().where('pdf_sha256', '=', sha256).orderBy('id').executeTakeFirst()
  if (!row || sha256Hex(Buffer.from(row.pdf)) !== sha256) return { known: false, sha256, pack: null }
  return { known: true, sha256, pack: await toPack(ctx, row) }
}
