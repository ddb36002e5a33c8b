// The messages between browser mode's main thread and its print thread (printWorker.cjs), which owns
// playwright-core and the browser. Validated on both sides, like the service workers' (../serviceHost/protocol.ts),
// whose print outcome (a PDF, or an error that keeps a DomainError's code and Danish message) it reuses.
//
// host → thread: print (a route with the one-time sign-in address the host minted for it, and the
//                page footer), prepare (load playwright-core), warmUp (start the browser), close
// thread → host: printed (the PDF's bytes, transferred, or the error), log
import { z } from 'zod'
import { printOutcomeSchema } from '../serviceHost/protocol'

const id = z.number().int().nonnegative()

export const toPrintThreadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('print'),
    id,
    /** Checked against the list by the printer, which answers an unknown one with its error. */
    route: z.string(),
    /** Only the local bridge: the thread's browser signs in nowhere else. */
    signInUrl: z.string().regex(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/),
    footer: z.string().optional()
  }),
  z.object({ kind: z.literal('prepare') }),
  z.object({ kind: z.literal('warmUp') }),
  /** Stop the browser and end the thread. */
  z.object({ kind: z.literal('close') })
])
export type ToPrintThread = z.infer<typeof toPrintThreadSchema>

export const fromPrintThreadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('printed'), id, outcome: printOutcomeSchema }),
  z.object({ kind: z.literal('log'), message: z.string() })
])
export type FromPrintThread = z.infer<typeof fromPrintThreadSchema>

/** What the thread was sent, or null (logged by the thread) when it is not one of the protocol's. */
export function parseToPrintThread(value: unknown): ToPrintThread | null {
  const r = toPrintThreadSchema.safeParse(value)
  return r.success ? r.data : null
}

/** What the thread sent, or null (logged by the host) when it is not one of the protocol's. */
export function parseFromPrintThread(value: unknown): FromPrintThread | null {
  const r = fromPrintThreadSchema.safeParse(value)
  return r.success ? r.data : null
}
