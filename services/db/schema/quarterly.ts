// Tables of the quarterly pack (kvartalsvis statuspakke): the project leader's text per quarter,
// and every pack made, kept for ever with its PDF, its figures and the PDF's SHA-256.
import type { Generated } from 'kysely'

export interface QuarterlyTextTable {
  id: Generated<number>
  project_id: number
  /** e.g. 2020-Q3 */
  quarter: string
  risks: string
  next_steps: string
  decisions: string
  updated_at: string
}

export interface QuarterlyPackTable {
  id: Generated<number>
  project_id: number
  quarter: string
  /** 1: the publication copy (no pseudonyms, no focus list, no closed items). */
  publication: number
  made_by: string
  made_at: string
  /** The figures the pack shows, as JSON (the output of quarterly.get). */
  figures_json: string
  pdf: Uint8Array
  pdf_sha256: string
  pages: number
}

export interface QuarterlyTables {
  quarterly_text: QuarterlyTextTable
  quarterly_pack: QuarterlyPackTable
}
