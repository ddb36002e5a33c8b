// `puljestyr import hours|postings|status`: every import of the app from one command. Each kind
// is one API method with the same all-or-nothing rule; bad rows are listed on stdout (line,
// column, reason) and the one-line summary goes to stderr with a non-zero exit code.
import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { formatDate } from '@shared/domain/dates'
import type { MethodName } from '@shared/api/contract'
import type { ImportResult } from '@shared/api/schemas'
import { da } from '@shared/texts/da'
import { CliError, dbOption, printJson, projectIdOf, projectOptions, withRuntime } from '../support'

const c = da.time.cli

interface ImportKind {
  method: MethodName
  summary: (data: unknown) => string
}

const timeSummary = (data: unknown) => {
  const r = data as ImportResult
  return r.alreadyImported ? c.alreadyImported(r.fileName, formatDate(r.importedAt.slice(0, 10))) : c.imported(r.imported, r.fileName, r.skipped)
}

const kinds: Record<string, ImportKind> = {
  hours: { method: 'time.import.hours', summary: timeSummary },
  postings: { method: 'ledger.import', summary: timeSummary },
  status: {
    method: 'participants.status.import',
    summary: (data) => {
      const r = data as { rows: number; created: number; updated: number; unchanged: number }
      return c.statusImported(r.rows, r.created, r.updated, r.unchanged)
    }
  }
}

export function registerImportCommand(program: Command): void {
  dbOption(
    projectOptions(program.command('import').description(c.importDescription).argument('<kind>', c.importKind).argument('<file>', c.importFile)),
    true
  ).action(async (kindName: string, file: string, opts: { db: string; project: string; json?: boolean }) => {
    const kind = kinds[kindName]
    if (!kind) throw new CliError(c.unknownImportKind(kindName), 2)
    const projectId = projectIdOf(opts.project)
    let bytes: Buffer
    try {
      bytes = fs.readFileSync(file)
    } catch {
      throw new CliError(c.cannotRead(file), 2)
    }
    await withRuntime(opts.db, async (rt) => {
      const input = { projectId, fileName: path.basename(file), contentBase64: bytes.toString('base64') }
      const result = await rt.registry.call(kind.method, input)
      if (!result.ok) {
        if (opts.json) printJson(result.error)
        else
          for (const d of result.error.details ?? []) console.log(d.row !== undefined ? da.time.errors.problemLine(d.row, d.field ?? '', d.message) : d.message)
        throw new CliError(result.error.message)
      }
      if (opts.json) return printJson(result.data)
      console.log(kind.summary(result.data))
    })
  })
}
