// Core commands: serve, demo, projects, migrate, backup, verify.
import type { Command } from 'commander'
import { formatKr } from '@shared/domain/money'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { resolveDatabaseFile } from '../../services/db/location'
import { backupTexts } from '@shared/texts/da/audit'
import { callApi, CliError, dbOption, parseId, printJson, withRuntime } from '../support'

export function registerCoreCommands(program: Command): void {
  dbOption(
    program
      .command('serve')
      .description('start browsertilstand: Puljestyr på http://127.0.0.1 med en adgangsnøgle, der logger ind én gang')
      .option('--port <n>', 'port (standard: en ledig port)')
      .option('--open', 'åbn et programvindue i Chromium, hvis der er en skærm')
  ).action(async (opts: { db?: string; port?: string; open?: boolean }) => {
    const port = opts.port === undefined ? 0 : parseId(opts.port, 'Porten')
    // The services run in worker threads (server/browserMode.ts), so a long call never holds up another.
    const { startBrowserMode } = await import('../../server/browserMode')
    const mode = await startBrowserMode({ databaseFile: resolveDatabaseFile(opts.db), port, dailyBackups: true })
    console.log(`Puljestyr kører i browsertilstand: ${mode.bridge.url}`)
    console.log('Adressen logger ind én gang; derefter husker browseren det, så længe programmet kører.')
    console.log(`Database: ${mode.pool.databaseFile}`)
    if (mode.pool.backupsFolder) console.log(`Daglige sikkerhedskopier: ${mode.pool.backupsFolder}`)
    console.log('Stop med Ctrl+C.')
    // The window signs in with an address of its own, handed over in a private file, not on a command line.
    const window = opts.open ? (await import('../../server/openWindow')).openAppWindow(() => mode.bridge.signInUrl()) : null
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await window?.close()
    await mode.close()
  })

  dbOption(program.command('demo').description('opret demoprojektet (Herning, Flere skal med 2) i en database'), true).action(async (opts: { db: string }) => {
    await withRuntime(opts.db, async (rt) => {
      const r = await callApi(rt, 'demo.open', {})
      console.log(
        r.created ? `Demoprojektet er oprettet med id ${r.projectId} i ${rt.ctx.databaseFile}.` : `Demoprojektet findes allerede (id ${r.projectId}).`
      )
    })
  })

  dbOption(program.command('projects').description('vis projekterne i databasen').option('--json', 'som JSON'), true).action(
    async (opts: { db: string; json?: boolean }) => {
      await withRuntime(opts.db, async (rt) => {
        const projects = await callApi(rt, 'projects.list', {})
        if (opts.json) return printJson(projects)
        if (projects.length === 0) return console.log('Ingen projekter.')
        for (const p of projects) {
          console.log(`${p.id}\t${p.municipality}\t${p.title}\t${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}\t${formatKr(p.grantAmountOre)}`)
        }
      })
    }
  )

  dbOption(program.command('migrate').description('opdatér databasen til denne versions skema'), true).action(async (opts: { db: string }) => {
    const { migrationNames } = await import('../../services/db/migrations')
    await withRuntime(opts.db, async (rt) => {
      console.log(`Databasen ${rt.ctx.databaseFile} er på skemaversion ${migrationNames.at(-1)} (${migrationNames.length} migreringer).`)
    })
  })

  dbOption(
    program
      .command('backup')
      .description('tag en sikkerhedskopi med SQLite online backup og kontrollér den')
      .requiredOption('--out <file>', 'kopiens filnavn')
      .option('--force', 'overskriv en eksisterende fil'),
    true
  ).action(async (opts: { db: string; out: string; force?: boolean }) => {
    const { backupDatabase } = await import('../../services/db/backup')
    await withRuntime(opts.db, async (rt) => {
      if (rt.database.kind !== 'sqlite') throw new CliError(da.core.errors.postgresBackup)
      await backupDatabase(rt.database.handle, opts.out, { force: opts.force ?? false })
      console.log(backupTexts.backedUp(opts.out))
    })
  })

  program
    .command('restore')
    .description('gendan databasen fra en sikkerhedskopi (kontrolleres først; den tidligere fil gemmes ved siden af)')
    .requiredOption('--from <file>', 'sikkerhedskopien')
    .requiredOption('--db <file>', 'databasefilen, der skal erstattes')
    .action(async (opts: { from: string; db: string }) => {
      const target = resolveDatabaseFile(opts.db)
      const { restoreDatabase } = await import('../../services/db/backup')
      const r = await restoreDatabase(opts.from, target)
      console.log(backupTexts.restored(target, r.asideFile ?? '–'))
    })

  dbOption(
    program
      .command('verify')
      .description('kontrollér revisionssporet, alle tabeller, skemaet og filen: er noget ændret uden om programmet?')
      .option('--anchor <n:hash>', 'en post fra en udskrift (NUMMER:KONTROLSUM), som sporet stadig skal holde uændret')
      .option('--json', 'som JSON'),
    true
  ).action(async (opts: { db: string; json?: boolean; anchor?: string }) => {
    const anchor = opts.anchor === undefined ? undefined : parseAnchor(opts.anchor)
    await withRuntime(opts.db, async (rt) => {
      const report = await callApi(rt, 'audit.verify', anchor ? { anchor } : {})
      if (opts.json) printJson(report)
      else {
        console.log(`Kontrolleret: ${report.entriesChecked} poster i revisionssporet, ${report.rowsChecked} rækker.`)
        if (report.head) console.log(da.audit.anchor.line(report.head.entry, report.head.hash))
        for (const f of report.findings) console.log(`FEJL: ${f.message}`)
        if (report.findingsTotal > report.findings.length) console.log(`… og ${report.findingsTotal - report.findings.length} fejl mere.`)
        if (anchor && report.ok) console.log(da.audit.verify.anchorOk(anchor.entry))
        if (report.ok) console.log('Revisionssporet er intakt.')
      }
      if (!report.ok) throw new CliError(`Revisionssporet viser ${report.findingsTotal} ændring(er) uden om programmet.`, 3)
    })
  })
}

function parseAnchor(value: string): { entry: number; hash: string } {
  const m = /^(\d+):([0-9a-fA-F]{64})$/.exec(value.trim())
  if (!m) throw new CliError(da.audit.verify.anchorFormat(value), 2)
  return { entry: Number(m[1]), hash: m[2]!.toLowerCase() }
}
