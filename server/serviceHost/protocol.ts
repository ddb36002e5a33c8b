// The messages between a host (browser mode's server, the Electron main process) and the service
// workers it runs the registry in (worker threads in browser mode, utility processes in Electron).
// One protocol for both, validated on both sides, so a worker can be tested in plain Node and the
// Electron shell only moves messages.
//
// host → worker: init, call, suspend/resume (a restore closes every other connection first),
//                ensureBackup (the primary makes the day's backup), backupEnsured (the answer to a
//                secondary's ensureBackup), printed (a PDF the host made), close
// worker → host: ready/failed, result (or, for a call that asked for `json`, answer: the result as
//                JSON text in bytes, written by the worker so that the HTTP thread only sends them),
//                done (acknowledges suspend, resume, ensureBackup, close),
//                print (the host owns the browser or the windows that print), warmUp (a print is coming:
//                the host starts its browser meanwhile, as the revisor export asks), ensureBackup (asked by
//                a secondary on the first call of a day), log
import { z } from 'zod'
import { apiErrorSchema, apiResultSchema } from '@shared/api/define'
import { DomainError, isDomainError } from '@shared/errors'

const id = z.number().int().nonnegative()

/** A print's outcome, as the host tells a worker and browser mode's print thread tells the host. */
export const printOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pdf: z.custom<Uint8Array>((v) => v instanceof Uint8Array) }),
  /** `domain`: the printer refused with a Danish message (shown as is); otherwise an unexpected failure. */
  z.object({ ok: z.literal(false), error: apiErrorSchema, domain: z.boolean() })
])
export type PrintOutcome = z.infer<typeof printOutcomeSchema>

/** A failed print as a message: a DomainError keeps its code and Danish message. */
export function printFailure(e: unknown): PrintOutcome {
  const error = isDomainError(e) ? e.toApiError() : { code: 'internal' as const, message: (e as Error)?.message ?? String(e) }
  return { ok: false, error, domain: isDomainError(e) }
}

/** The error a failed print's message stands for, thrown again on the side that asked for the print. */
export function printFailureError(outcome: Extract<PrintOutcome, { ok: false }>): Error {
  return outcome.domain ? new DomainError(outcome.error.code, outcome.error.message) : new Error(outcome.error.message)
}

export const workerInitSchema = z.object({
  kind: z.literal('init'),
  /** The primary opens (and migrates) the database first, makes the daily backups and runs restores. */
  role: z.enum(['primary', 'secondary']),
  databaseFile: z.string().min(1),
  dailyBackups: z.boolean(),
  /** Whether the host can print (the worker's ctx.printer asks the host). */
  printer: z.boolean()
})
export type WorkerInit = z.infer<typeof workerInitSchema>

export const hostMessageSchema = z.discriminatedUnion('kind', [
  workerInitSchema,
  /** `json`: answer with the result's JSON text in bytes (answer), not the result (browser mode's HTTP bridge). */
  z.object({ kind: z.literal('call'), id, method: z.unknown(), input: z.unknown(), json: z.boolean().optional() }),
  z.object({ kind: z.literal('suspend'), id }),
  z.object({ kind: z.literal('resume'), id }),
  z.object({ kind: z.literal('ensureBackup'), id }),
  z.object({
    kind: z.literal('printed'),
    id,
    outcome: printOutcomeSchema
  }),
  /** The answer to a secondary's ensureBackup: the primary has made (or tried) today's backup. */
  z.object({ kind: z.literal('backupEnsured'), id }),
  z.object({ kind: z.literal('close'), id })
])
export type HostMessage = z.infer<typeof hostMessageSchema>

export const workerMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready'), databaseFile: z.string(), backupsFolder: z.string().nullable() }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
  z.object({ kind: z.literal('result'), id, result: apiResultSchema }),
  /** A result as JSON text in bytes; `errorCode` is the error's code, null for a success. */
  z.object({ kind: z.literal('answer'), id, errorCode: z.string().nullable(), json: z.custom<Uint8Array>((v) => v instanceof Uint8Array) }),
  z.object({ kind: z.literal('done'), id }),
  z.object({ kind: z.literal('print'), id, route: z.string(), footer: z.string().optional() }),
  z.object({ kind: z.literal('warmUp') }),
  z.object({ kind: z.literal('ensureBackup'), id }),
  /** A line for the host's log (a failed call's stack, the day's backup). */
  z.object({ kind: z.literal('log'), message: z.string() })
])
export type WorkerMessage = z.infer<typeof workerMessageSchema>

/** A message from the host, or null (logged by the caller) when it is not one of the protocol's. */
export function parseHostMessage(value: unknown): HostMessage | null {
  const r = hostMessageSchema.safeParse(value)
  return r.success ? r.data : null
}

/** A message from a worker, or null when it is not one of the protocol's. */
export function parseWorkerMessage(value: unknown): WorkerMessage | null {
  const r = workerMessageSchema.safeParse(value)
  return r.success ? r.data : null
}

/** Either end of a channel: a worker thread's port, a utility process or its parent port. */
export interface MessageChannelEnd {
  postMessage(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
}
