// Core commands: serve, demo, projects, migrate, backup, restore, copy, verify.
import type { Command } from 'commander'
import { formatCount, formatKr } from '@shared/domain/money'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { resolveDatabaseFile } from '../../services/db/location'
import { backupTexts } from '@shared/texts/da/audit'
import { callApi, CliError, dbOption, parseId, printJson, withRuntime } from '../support'

const c = da.core.cli
const v = da.audit.cli

export function registerCoreCommands(program: Command): void {
  dbOption(program.command('serve').description(c.serve.description).option('--port <n>', c.serve.portOption).option('--open', c.serve.openOption)).action(
    async (opts: { db?: string; port?: string; open?: boolean }) => {
      const port = opts.port === undefined ? 0 : parseId(opts.port, c.serve.portLabel)
      // The services run in worker threads (server/browserMode.ts), so a long call never holds up another.
      const { startBrowserMode } = await import('../../server/browserMode')
      const mode = await startBrowserMode({ databaseFile: resolveDatabaseFile(opts.db), port, dailyBackups: true })
      console.log(c.serve.running(mode.bridge.url))
      console.log(c.serve.signInOnce)
      console.log(c.serve.database(mode.pool.databaseFile))
      if (mode.pool.backupsFolder) console.log(c.serve.backups(mode.pool.backupsFolder))
      console.log(c.serve.stop)
      // The window signs in with an address of its own, handed over in a private file, not on a command line.
      const window = opts.open ? (await import('../../server/openWindow')).openAppWindow(() => mode.bridge.signInUrl()) : null
      await new Promise<void>((resolve) => {
        const stop = () => resolve()
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await window?.close()
      await mode.close()
    }
  )

  dbOption(program.command('demo').description(c.demo.description), true).action(async (opts: { db: string }) => {
    await withRuntime(opts.db, async (rt) => {
      const r = await callApi(rt, 'demo.open', {})
      console.log(r.created ? c.demo.created(r.projectId, rt.ctx.databaseFile) : c.demo.exists(r.projectId))
    })
  })

  dbOption(program.command('projects').description(c.projects.description).option('--json', c.jsonOption), true).action(
    async (opts: { db: string; json?: boolean }) => {
      await withRuntime(opts.db, async (rt) => {
        const projects = await callApi(rt, 'projects.list', {})
        if (opts.json) return printJson(projects)
        if (projects.length === 0) return console.log(c.projects.none)
        for (const p of projects) {
          console.log(`${p.id}\t${p.municipality}\t${p.title}\t${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}\t${formatKr(p.grantAmountOre)}`)
        }
      })
    }
  )

  dbOption(program.command('migrate').description(c.migrate.description), true).action(async (opts: { db: string }) => {
    const { migrationNames } = await import('../../services/db/migrations/names')
    await withRuntime(opts.db, async (rt) => {
      console.log(c.migrate.done(rt.ctx.databaseFile, migrationNames.at(-1) ?? '', migrationNames.length))
    })
  })

  dbOption(
    program.command('backup').description(c.backup.description).requiredOption('--out <file>', c.backup.outOption).option('--force', c.backup.forceOption),
    true
  ).action(async (opts: { db: string; out: string; force?: boolean }) => {
    const { backupDatabase, backupPostgresDatabase } = await import('../../services/db/backup')
    await withRuntime(opts.db, async (rt) => {
      if (rt.database.kind === 'postgres') {
        backupPostgresDatabase(resolveDatabaseFile(opts.db), opts.out, { force: opts.force ?? false })
        console.log(backupTexts.pgBackedUp(opts.out))
        return
      }
      await backupDatabase(rt.database.handle, opts.out, { force: opts.force ?? false })
      console.log(backupTexts.backedUp(opts.out))
    })
  })

  program
    .command('restore')
    .description(c.restore.description)
    .requiredOption('--from <file>', c.restore.fromOption)
    .requiredOption('--db <file>', c.restore.dbOption)
    .action(async (opts: { from: string; db: string }) => {
      const target = resolveDatabaseFile(opts.db)
      const { restoreDatabase } = await import('../../services/db/backup')
      const r = await restoreDatabase(opts.from, target)
      console.log(backupTexts.restored(target, r.asideFile ?? '–'))
    })

  program
    .command('copy')
    .description(c.copy.description)
    .requiredOption('--from <db>', c.copy.fromOption)
    .requiredOption('--to <db>', c.copy.toOption)
    .option('--project <id>', c.copy.projectOption)
    .action(async (opts: { from: string; to: string; project?: string }) => {
      const projectId = opts.project === undefined ? undefined : parseId(opts.project, c.projectLabel)
      const { copyDatabase } = await import('../../services/core/copy/copy')
      const r = await copyDatabase({ from: resolveDatabaseFile(opts.from), to: resolveDatabaseFile(opts.to), ...(projectId ? { projectId } : {}) })
      const copied = da.core.copy
      console.log(copied.done(r.projects.length, r.target, r.mode))
      for (const p of r.projects) console.log(copied.project(p.title, p.sourceId, p.targetId))
      console.log(copied.counted(formatCount(r.rows), formatCount(r.entries)))
      if (r.head) console.log(da.audit.anchor.line(r.head.entry, r.head.hash))
    })

  dbOption(program.command('verify').description(v.description).option('--anchor <n:hash>', v.anchorOption).option('--json', c.jsonOption), true).action(
    async (opts: { db: string; json?: boolean; anchor?: string }) => {
      const anchor = opts.anchor === undefined ? undefined : parseAnchor(opts.anchor)
      await withRuntime(opts.db, async (rt) => {
        const report = await callApi(rt, 'audit.verify', anchor ? { anchor } : {})
        if (opts.json) printJson(report)
        else {
          console.log(v.checked(report.entriesChecked, report.rowsChecked))
          if (report.head) console.log(da.audit.anchor.line(report.head.entry, report.head.hash))
          for (const f of report.findings) console.log(v.finding(f.message))
          if (report.findingsTotal > report.findings.length) console.log(v.more(report.findingsTotal - report.findings.length))
          if (anchor && report.ok) console.log(da.audit.verify.anchorOk(anchor.entry))
          if (report.ok) console.log(v.intact)
        }
        if (!report.ok) throw new CliError(v.changed(report.findingsTotal), 3)
      })
    }
  )
}

function parseAnchor(value: string): { entry: number; hash: string } {
  const m = /^(\d+):([0-9a-fA-F]{64})$/.exec(value.trim())
  if (!m) throw new CliError(da.audit.verify.anchorFormat(value), 2)
  return { entry: Number(m[1]), hash: m[2]!.toLowerCase() }
}
