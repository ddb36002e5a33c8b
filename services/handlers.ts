// Builds the registry of every domain's handlers. The Electron shell, the browser-mode server,
// the CLI and the tests all call the services through this one registry.
import type { ServiceContext } from './context'
import { createRegistry, type Registry } from './registry'
import { coreHandlers } from './core/handlers'
import { budgetHandlers } from './budget/handlers'
import { timeHandlers } from './time/handlers'
import { meetingsHandlers } from './meetings/handlers'
import { participantsHandlers } from './participants/handlers'

export function createAppRegistry(ctx: ServiceContext, log?: (msg: string) => void): Registry {
  const registry = createRegistry(ctx, log)
  registry.register('core', coreHandlers)
  registry.register('budget', budgetHandlers)
  registry.register('time', timeHandlers)
  registry.register('meetings', meetingsHandlers)
  registry.register('participants', participantsHandlers)
  return registry
}
