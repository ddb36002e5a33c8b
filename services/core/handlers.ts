// API handlers of the core domain.
import type { coreApi } from '@shared/api/core'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { DomainHandlers } from '../registry'
import { createProject, getProject, listProjects, updateProject } from './projects'
import { migrationNames } from '../db/migrations/names'
import { countPdfPages } from '../print/printer'
import { restoreFromBackup } from './backups'
import { saveTeamConnection, teamDatabaseStatus, testTeamConnection } from './teamDatabase'

export const coreHandlers: DomainHandlers<keyof typeof coreApi> = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    databaseFile: ctx.databaseFile,
    migrations: migrationNames,
    osUser: ctx.osUser,
    canPrintPdf: ctx.printer !== null
  }),
  'app.backups.list': (_input, ctx) =>
    ctx.backups ? { enabled: true, ...ctx.backups.list() } : { enabled: false, folder: '', keep: 0, items: [], lastError: null },
  'app.backups.settings.save': ({ keep }, ctx) => {
    if (!ctx.backups) throw new DomainError('conflict', da.core.backups.errors.notAvailable)
    return { enabled: true, ...ctx.backups.setKeep(keep) }
  },
  'app.backups.restore': async ({ name }, ctx) => {
    if (!ctx.backups || !ctx.replaceDatabase) throw new DomainError('conflict', da.core.backups.errors.notAvailable)
    return restoreFromBackup(ctx.backups, name, ctx.replaceDatabase, ctx.now())
  },
  'app.teamDatabase.get': (_input, ctx) => teamDatabaseStatus(ctx),
  'app.teamDatabase.test': (input, _ctx) => testTeamConnection(input),
  'app.teamDatabase.save': (input, ctx) => saveTeamConnection(ctx, input),
  'projects.list': (_input, ctx) => listProjects(ctx.db),
  'projects.get': ({ projectId }, ctx) => getProject(ctx.db, projectId),
  'projects.create': (input, ctx) => createProject(ctx, input),
  'projects.update': ({ projectId, ...input }, ctx) => updateProject(ctx, projectId, input),
  // The demo writes every domain: loaded only when it is asked for (#14).
  'demo.open': async (_input, ctx) => (await import('../demo/demo')).openDemoProject(ctx),
  'print.pdf': async ({ route, fileName }, ctx) => {
    if (!ctx.printer) throw new DomainError('conflict', da.core.errors.noChromium)
    const pdf = await ctx.printer.printRoute(route)
    return { fileName, contentBase64: Buffer.from(pdf).toString('base64'), pages: countPdfPages(pdf) }
  }
}
