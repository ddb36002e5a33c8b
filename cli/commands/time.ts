// CLI commands of the time domain: the ledger and the revisor export (imports: cli/commands/import.ts).
import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { formatKr } from '@shared/domain/money'
import { formatDate } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { da } from '@shared/texts/da'
import { callApi, CliError, dbOption, printJson, projectIdOf, projectOptions, withRuntime } from '../support'

const c = da.time.cli

export function registerTimeCommands(program: Command): void {
  dbOption(
    projectOptions(program.command('ledger').description(c.ledgerDescription))
      .option('--from <date>', c.fromOption)
      .option('--to <date>', c.toOption)
      .option('--monthly', c.monthlyOption),
    true
  ).action(async (opts: { db: string; project: string; from?: string; to?: string; monthly?: boolean; json?: boolean }) => {
    const projectId = projectIdOf(opts.project)
    await withRuntime(opts.db, async (rt) => {
      if (opts.monthly) {
        const monthly = await callApi(rt, 'ledger.monthly', { projectId, ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) })
        if (opts.json) return printJson(monthly)
        const lines = new Map(monthly.lines.map((l) => [l.budgetLineId, `${l.title} ${l.year}`]))
        for (const m of monthly.months) {
          console.log([m.month, lines.get(m.budgetLineId) ?? '', formatKr(m.amountOre), c.monthlyBalance(formatKr(m.balanceOre))].join('\t'))
        }
        return
      }
      // The whole ledger, read page by page (the API pages in SQL), so the output stays complete.
      const filter = { projectId, ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) }
      const { LEDGER_MAX_PAGE } = await import('@shared/api/ledger')
      const ledger = await callApi(rt, 'ledger.list', { ...filter, limit: LEDGER_MAX_PAGE, offset: 0 })
      while (ledger.postings.length < ledger.count) {
        const page = await callApi(rt, 'ledger.list', { ...filter, limit: LEDGER_MAX_PAGE, offset: ledger.postings.length })
        if (page.postings.length === 0) break
        ledger.postings.push(...page.postings)
      }
      ledger.pageTotalOre = ledger.totalOre
      ledger.pageTotalMinutes = ledger.totalMinutes
      if (opts.json) return printJson(ledger)
      for (const p of ledger.postings) {
        console.log(
          [
            p.id,
            formatDate(p.date),
            `${p.budgetLineTitle} ${p.budgetLineYear}`,
            p.staffName ?? '',
            p.minutes === null ? '' : formatHours(p.minutes),
            formatKr(p.amountOre),
            p.documentRef
          ].join('\t')
        )
      }
      console.log(c.ledgerTotal(ledger.postings.length, formatKr(ledger.totalOre)))
    })
  })

  dbOption(
    program
      .command('export')
      .description(c.exportDescription)
      .requiredOption('--project <id>', da.core.cli.projectOption)
      .requiredOption('--out <dir>', c.outOption)
      .option('--with-personal', c.withPersonalOption),
    true
  ).action(async (opts: { db: string; project: string; out: string; withPersonal?: boolean }) => {
    const projectId = projectIdOf(opts.project)
    const out = path.resolve(opts.out)
    if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0)) throw new CliError(c.outNotEmpty(out), 2)
    await withRuntime(opts.db, async (rt) => {
      // The CLI writes the files itself, streamed from the database (no zip through the API, #14).
      const { writeRevisorExport } = await import('../../services/export/revisorExport')
      let exp
      try {
        exp = await writeRevisorExport(rt.ctx, projectId, out, { withPersonal: opts.withPersonal ?? false })
      } catch (e) {
        // The folder was new or empty: leave no half export behind.
        if (fs.existsSync(out)) for (const f of fs.readdirSync(out)) fs.rmSync(path.join(out, f), { force: true })
        throw e
      }
      console.log(c.exported(exp.files.length, out))
    })
  })
}
