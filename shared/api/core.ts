// Core API: app info, grant pools (the list; their rules belong to the budget domain), projects,
// the demo project, the audit trail and the one print path.
import { z } from 'zod'
import { nonNegativeOreSchema, oreSchema } from '../domain/money'
import { defineMethod } from './define'
import { base64Schema, emptyInputSchema, idSchema, isoDateSchema, projectRefSchema, requiredText, optionalText, timestampSchema, yearSchema } from './schemas'

export const grantYearAmountSchema = z.object({ year: yearSchema, amountOre: nonNegativeOreSchema })

export const projectInputSchema = z
  .object({
    poolId: idSchema,
    municipality: requiredText.max(200),
    title: requiredText.max(300),
    caseNumber: optionalText,
    responsible: optionalText,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    amountAppliedOre: nonNegativeOreSchema,
    grantAmountOre: nonNegativeOreSchema,
    grantByYear: z.array(grantYearAmountSchema).default([])
  })
  .strict()
export type ProjectInput = z.input<typeof projectInputSchema>

export const grantSplitCheckSchema = z.object({
  grantAmountOre: oreSchema,
  splitTotalOre: oreSchema,
  differenceOre: oreSchema,
  balanced: z.boolean(),
  missingYears: z.array(z.number().int()),
  yearsOutsidePeriod: z.array(z.number().int())
})

export const projectSummarySchema = z.object({
  id: idSchema,
  municipality: z.string(),
  title: z.string(),
  poolName: z.string(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  grantAmountOre: oreSchema,
  isDemo: z.boolean()
})
export type ProjectSummary = z.infer<typeof projectSummarySchema>

export const projectSchema = projectSummarySchema.extend({
  poolId: idSchema,
  poolKey: z.string(),
  financeAct: z.string(),
  caseNumber: z.string(),
  responsible: z.string(),
  amountAppliedOre: oreSchema,
  grantByYear: z.array(grantYearAmountSchema),
  grantSplit: grantSplitCheckSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema
})
export type Project = z.infer<typeof projectSchema>

/** How many daily backups are kept: from 1 to MAX_KEEP_BACKUPS days (the form, the call and the settings file). */
export const MAX_KEEP_BACKUPS = 365
export const keepBackupsSchema = z.number().int().min(1).max(MAX_KEEP_BACKUPS)

export const backupEntrySchema = z.object({
  name: z.string(),
  date: isoDateSchema,
  sizeBytes: z.number().int().nonnegative(),
  createdAt: timestampSchema
})
export type BackupEntry = z.infer<typeof backupEntrySchema>

export const backupListSchema = z.object({
  /** False on the team database, or where the host makes no daily backups (one-shot CLI commands). */
  enabled: z.boolean(),
  folder: z.string(),
  keep: z.number().int(),
  items: z.array(backupEntrySchema),
  lastError: z.string().nullable()
})
export type BackupList = z.infer<typeof backupListSchema>

/** A daily backup's file name, e.g. puljestyr-2026-12-03.db: no folder, so a restore reads only the backup folder. */
const backupNameSchema = z
  .string()
  .max(300)
  .regex(/^[^/\\]+-\d{4}-\d{2}-\d{2}\.db$/)

/** «Forbind til fællesdatabase»: which database runs now, and which one the settings hold for the next start. */
export const teamDatabaseStatusSchema = z.object({
  current: z.object({ kind: z.enum(['sqlite', 'postgres']), target: z.string(), user: z.string() }),
  /** The team database chosen in the settings (without its password), or null: the local file. */
  stored: z.object({ url: z.string(), passwordStored: z.boolean() }).nullable(),
  /** Where the choice is kept. */
  settingsFile: z.string(),
  /** The running database is not the one the settings name: Puljestyr must be started again to use it. */
  restartNeeded: z.boolean()
})
export type TeamDatabaseStatus = z.infer<typeof teamDatabaseStatusSchema>

/** A connection string (checked by the service, which names what is wrong) and its password, if the user types one. */
const teamConnectionInputSchema = z.object({ url: z.string().trim().min(1).max(2000), password: z.string().max(500).optional() })

export const coreApi = {
  'app.info': defineMethod({
    summary: 'Version, database file and operating-system user',
    input: emptyInputSchema,
    output: z.object({
      version: z.string(),
      databaseFile: z.string(),
      migrations: z.array(z.string()),
      osUser: z.string(),
      canPrintPdf: z.boolean()
    })
  }),
  'app.backups.list': defineMethod({
    summary: 'The automatic daily backups of the database file, newest first, and how many are kept',
    input: emptyInputSchema,
    output: backupListSchema
  }),
  'app.backups.settings.save': defineMethod({
    summary: 'How many daily backups are kept (older ones are deleted at once)',
    input: z.object({ keep: keepBackupsSchema }).strict(),
    output: backupListSchema
  }),
  'app.backups.restore': defineMethod({
    summary: 'Replace the database with one of its daily backups (checked first; the replaced file is kept aside)',
    input: z.object({ name: backupNameSchema }).strict(),
    output: z.object({ restoredFrom: z.string(), asideFile: z.string().nullable(), date: isoDateSchema })
  }),
  'app.teamDatabase.get': defineMethod({
    summary: 'The database in use and the team database chosen in the settings',
    input: emptyInputSchema,
    output: teamDatabaseStatusSchema
  }),
  'app.teamDatabase.test': defineMethod({
    summary: 'Try a team database connection: who logs in, which database and server, its schema version',
    input: teamConnectionInputSchema.strict(),
    output: z.object({ user: z.string(), database: z.string(), server: z.string(), schemaVersion: z.string().nullable() })
  }),
  'app.teamDatabase.save': defineMethod({
    summary: 'Use this team database from the next start (tested first), or the local file again (url null)',
    input: z
      .object({
        url: teamConnectionInputSchema.shape.url.nullable(),
        password: teamConnectionInputSchema.shape.password,
        /** Set by the desktop shell only: the password sealed with the OS keychain (never the password itself). */
        sealedPassword: base64Schema.max(4000).optional()
      })
      .strict(),
    output: teamDatabaseStatusSchema
  }),
  'projects.list': defineMethod({
    summary: 'All projects in the database',
    input: emptyInputSchema,
    output: z.array(projectSummarySchema)
  }),
  'projects.get': defineMethod({
    summary: 'One project with its grant split',
    input: projectRefSchema.strict(),
    output: projectSchema
  }),
  'projects.create': defineMethod({
    summary: 'Create a project',
    input: projectInputSchema,
    output: projectSchema
  }),
  'projects.update': defineMethod({
    summary: "Change a project's master data",
    input: projectInputSchema.extend({ projectId: idSchema }).strict(),
    output: projectSchema
  }),
  'demo.open': defineMethod({
    summary: "The demo project (Herning Kommune's FSM2 project); created on first use",
    input: emptyInputSchema,
    output: z.object({ projectId: idSchema, created: z.boolean() })
  }),
  'print.pdf': defineMethod({
    summary: 'Render a print route of the renderer to an A4 PDF (the one print path)',
    input: z
      .object({
        route: z.string().regex(/^\/print\//, { message: 'print_route' }),
        fileName: z.string().trim().min(1).max(200)
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: base64Schema, pages: z.number().int().nullable() })
  })
} as const

export { isoDateSchema }
