// One registry of API handlers. Each domain registers its handlers under the contract's names;
// the registry refuses duplicates, validates every input and output against the contract, and
// turns every failure into an ApiError value: { code, message } with a Danish message.
//
// A domain's contract part and its handler module are loaded the first time one of its methods is
// called (its name's prefix says which domain: services/contractParts.ts), so a command that asks
// for the projects does not load the meetings, the participants or the export (#14: the CLI's start).
import type { ApiContract, Domain, MethodName } from '@shared/api/contract'
import type { ApiResult, ContractShape, MethodDef, ParsedInputOf, OutputOf } from '@shared/api/define'
import { illFormedTextError, parseInput, validationError } from '@shared/api/validation'
import { isDomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { ServiceContext } from './context'
import { isBusyError } from './db/sqlite'
import { databaseRefusal } from './db/dialect'
import { contractPartLoaders, DOMAINS, domainOfMethod } from './contractParts'
import { createGate, EXCLUSIVE_METHODS } from './callGate'

type Handler<N extends MethodName> = (input: ParsedInputOf<ApiContract[N]>, ctx: ServiceContext) => Promise<OutputOf<ApiContract[N]>> | OutputOf<ApiContract[N]>

/** Handlers of one domain: a subset of the contract's methods. */
export type DomainHandlers<Names extends MethodName> = { [N in Names]: Handler<N> }

/** One domain as loaded on first use: its part of the contract and, in the app, its handlers. */
export interface DomainPart {
  api: ContractShape
  handlers?: Partial<Record<MethodName, Handler<MethodName>>>
}
export type DomainLoaders = Record<Domain, () => Promise<DomainPart>>

export interface Registry {
  register<Names extends MethodName>(domain: string, handlers: DomainHandlers<Names>): void
  /** Contract methods that no domain has registered (should be empty in a release). Loads every domain. */
  missing(): Promise<MethodName[]>
  /** The domains loaded so far (each on its first call). */
  loadedDomains(): Domain[]
  /** Validates, runs and wraps one call. Never throws. */
  call(method: unknown, rawInput: unknown): Promise<ApiResult<unknown>>
}

export function createRegistry(
  ctx: ServiceContext,
  log: (msg: string) => void = (m) => console.error(m),
  loaders: DomainLoaders = contractPartLoaders
): Registry {
  const handlers = new Map<MethodName, { domain: string; fn: Handler<MethodName> }>()
  const parts = new Map<Domain, Promise<ContractShape>>()
  const gate = createGate()

  // A handler under a name the contract does not have, or twice: a fault in Puljestyr's own wiring,
  // met when the registry is built (and by the contract test), never by a user's call.
  const register = (domain: string, domainHandlers: Partial<Record<MethodName, Handler<MethodName>>>) => {
    for (const [name, fn] of Object.entries(domainHandlers) as [MethodName, Handler<MethodName>][]) {
      if (domainOfMethod(name) === null) throw new Error(`${domain}: "${name}" is not in the API contract`)
      const existing = handlers.get(name)
      if (existing) throw new Error(`${domain}: "${name}" is already registered by ${existing.domain}`)
      handlers.set(name, { domain, fn })
    }
  }
  const load = (domain: Domain): Promise<ContractShape> => {
    let part = parts.get(domain)
    if (!part) {
      part = loaders[domain]().then((p) => {
        for (const name of Object.keys(p.handlers ?? {})) {
          if (!Object.prototype.hasOwnProperty.call(p.api, name)) throw new Error(`${domain}: "${name}" is not in the API contract`)
        }
        if (p.handlers) register(domain, p.handlers)
        return p.api
      })
      parts.set(domain, part)
    }
    return part
  }

  return {
    register(domain, domainHandlers) {
      register(domain, domainHandlers as Partial<Record<MethodName, Handler<MethodName>>>)
    },
    async missing() {
      const apis = await Promise.all(DOMAINS.map(load))
      return apis.flatMap((api) => Object.keys(api) as MethodName[]).filter((n) => !handlers.has(n))
    },
    loadedDomains() {
      return [...parts.keys()]
    },
    async call(method, rawInput) {
      const domain = typeof method === 'string' ? domainOfMethod(method) : null
      // A name that is not a string is named by its type: String() of an object can throw.
      const shownName = typeof method === 'string' ? method : `(${typeof method})`
      const unknown = { ok: false as const, error: { code: 'validation' as const, message: da.core.errors.unknownMethod(shownName) } }
      if (domain === null) return unknown
      let api: ContractShape
      try {
        api = await load(domain)
      } catch (e) {
        log(`API ${String(method)}: the domain ${domain} could not be loaded: ${(e as Error)?.stack ?? String(e)}`)
        return { ok: false, error: { code: 'internal', message: da.common.unknownError } }
      }
      const name = method as MethodName
      const def: MethodDef | undefined = Object.prototype.hasOwnProperty.call(api, name) ? api[name] : undefined
      const handler = handlers.get(name)
      if (!def || !handler) return unknown
      const illFormed = illFormedTextError(rawInput, domain)
      if (illFormed) return { ok: false, error: illFormed }
      const parsed = parseInput(def.input, rawInput ?? {})
      if (!parsed.success) return { ok: false, error: validationError(parsed.error, domain) }
      const run = async (): Promise<ApiResult<unknown>> => {
        try {
          // The first call of a new day makes the day's backup first (services/core/backups.ts).
          if (ctx.backups) await ctx.backups.ensureToday()
          const output = await handler.fn(parsed.data as never, ctx)
          const checked = def.output.safeParse(output)
          if (!checked.success) {
            log(`API ${name}: output does not match the contract: ${checked.error.message}`)
            return { ok: false, error: { code: 'internal', message: da.core.errors.invalidOutput(name) } }
          }
          return { ok: true, data: checked.data }
        } catch (e) {
          if (isDomainError(e)) return { ok: false, error: e.toApiError() }
          if (isBusyError(e)) return { ok: false, error: { code: 'database', message: da.audit.errors.busy(ctx.databaseFile) } }
          const refused = databaseRefusal(e) // the team database's GRANTs (services/db/dialect.ts)
          if (refused) return { ok: false, error: refused.toApiError() }
          log(`API ${name} failed: ${(e as Error)?.stack ?? String(e)}`)
          return { ok: false, error: { code: 'internal', message: da.common.unknownError } }
        }
      }
      if (!EXCLUSIVE_METHODS.has(name)) return gate.shared(run)
      return gate.exclusive(run, () => ({ ok: false, error: { code: 'conflict', message: da.core.backups.errors.othersRunning } }))
    }
  }
}
