// Builds the registry of every domain's handlers. The Electron shell, the browser-mode server,
// the CLI and the tests all call the services through this one registry. One line per domain,
// in the order of the contract's domain list (shared/api/contract.ts). Each domain's contract part
// and handler module are imported the first time one of its methods is called (#14), so starting
// the app or a CLI command evaluates only the domains it uses.
import type { ServiceContext } from './context'
import { contractPartLoaders } from './contractParts'
import { createRegistry, type DomainLoaders, type DomainPart, type Registry } from './registry'

const part = async (api: () => Promise<DomainPart>, handlers: () => Promise<DomainPart['handlers']>): Promise<DomainPart> => {
  const [p, h] = await Promise.all([api(), handlers()])
  return { api: p.api, handlers: h }
}
const c = contractPartLoaders

const appDomainLoaders: DomainLoaders = {
  core: () => part(c.core, async () => (await import('./core/handlers')).coreHandlers),
  pools: () => part(c.pools, async () => (await import('./pools/handlers')).poolsHandlers),
  staff: () => part(c.staff, async () => (await import('./staff/handlers')).staffHandlers),
  budget: () => part(c.budget, async () => (await import('./budget/handlers')).budgetHandlers),
  time: () => part(c.time, async () => (await import('./time/handlers')).timeHandlers),
  ledger: () => part(c.ledger, async () => (await import('./ledger/handlers')).ledgerHandlers),
  accounts: () => part(c.accounts, async () => (await import('./accounts/handlers')).accountsHandlers),
  export: () => part(c.export, async () => (await import('./export/handlers')).exportHandlers),
  meetings: () => part(c.meetings, async () => (await import('./meetings/handlers')).meetingsHandlers),
  participants: () => part(c.participants, async () => (await import('./participants/handlers')).participantsHandlers),
  prioritisation: () => part(c.prioritisation, async () => (await import('./prioritisation/handlers')).prioritisationHandlers),
  quarterly: () => part(c.quarterly, async () => (await import('./quarterly/handlers')).quarterlyHandlers),
  audit: () => part(c.audit, async () => (await import('./audit/handlers')).auditHandlers)
}

export function createAppRegistry(ctx: ServiceContext, log?: (msg: string) => void): Registry {
  return createRegistry(ctx, log, appDomainLoaders)
}
