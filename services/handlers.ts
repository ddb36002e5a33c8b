// Builds the registry of every domain's handlers. The Electron shell, the browser-mode server,
// the CLI and the tests all call the services through this one registry. One line per domain,
// in the order of the contract's domain list (shared/api/contract.ts).
import type { ServiceContext } from './context'
import { createRegistry, type Registry } from './registry'
import { coreHandlers } from './core/handlers'
import { poolsHandlers } from './pools/handlers'
import { staffHandlers } from './staff/handlers'
import { budgetHandlers } from './budget/handlers'
import { timeHandlers } from './time/handlers'
import { ledgerHandlers } from './ledger/handlers'
import { accountsHandlers } from './accounts/handlers'
import { exportHandlers } from './export/handlers'
import { meetingsHandlers } from './meetings/handlers'
import { participantsHandlers } from './participants/handlers'
import { prioritisationHandlers } from './prioritisation/handlers'
import { quarterlyHandlers } from './quarterly/handlers'
import { auditHandlers } from './audit/handlers'

export function createAppRegistry(ctx: ServiceContext, log?: (msg: string) => void): Registry {
  const registry = createRegistry(ctx, log)
  registry.register('core', coreHandlers)
  registry.register('pools', poolsHandlers)
  registry.register('staff', staffHandlers)
  registry.register('budget', budgetHandlers)
  registry.register('time', timeHandlers)
  registry.register('ledger', ledgerHandlers)
  registry.register('accounts', accountsHandlers)
  registry.register('export', exportHandlers)
  registry.register('meetings', meetingsHandlers)
  registry.register('participants', participantsHandlers)
  registry.register('prioritisation', prioritisationHandlers)
  registry.register('quarterly', quarterlyHandlers)
  registry.register('audit', auditHandlers)
  return registry
}
