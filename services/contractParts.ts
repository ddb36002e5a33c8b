// Which domain a method belongs to, read from its name, and the loaders of each domain's part of
// the contract. A method is named `<domain>.…` (the contract test holds every part to it), except
// the core domain's `app.`, `demo.`, `print.` and `projects.`, so the registry can load one
// domain's schemas and handlers without evaluating the other twelve (#14: the CLI's start).
import type { Domain } from '@shared/api/contract'
import type { DomainLoaders } from './registry'

/** The domains in the contract's order (shared/api/contract.ts `contractParts`). */
export const DOMAINS = [
  'core',
  'pools',
  'staff',
  'budget',
  'time',
  'ledger',
  'accounts',
  'export',
  'meetings',
  'participants',
  'prioritisation',
  'quarterly',
  'audit'
] as const satisfies readonly Domain[]

const CORE_PREFIXES = ['app', 'demo', 'print', 'projects']

/** The domain of a method name, or null when no domain has that prefix. */
export function domainOfMethod(name: string): Domain | null {
  const prefix = name.split('.', 1)[0]!
  if (!name.includes('.')) return null
  if (CORE_PREFIXES.includes(prefix)) return 'core'
  return prefix !== 'core' && (DOMAINS as readonly string[]).includes(prefix) ? (prefix as Domain) : null
}

/** Each domain's contract part alone (a registry whose handlers are registered by hand: tests). */
export const contractPartLoaders: DomainLoaders = {
  core: async () => ({ api: (await import('@shared/api/core')).coreApi }),
  pools: async () => ({ api: (await import('@shared/api/pools')).poolsApi }),
  staff: async () => ({ api: (await import('@shared/api/staff')).staffApi }),
  budget: async () => ({ api: (await import('@shared/api/budget')).budgetApi }),
  time: async () => ({ api: (await import('@shared/api/time')).timeApi }),
  ledger: async () => ({ api: (await import('@shared/api/ledger')).ledgerApi }),
  accounts: async () => ({ api: (await import('@shared/api/accounts')).accountsApi }),
  export: async () => ({ api: (await import('@shared/api/export')).exportApi }),
  meetings: async () => ({ api: (await import('@shared/api/meetings')).meetingsApi }),
  participants: async () => ({ api: (await import('@shared/api/participants')).participantsApi }),
  prioritisation: async () => ({ api: (await import('@shared/api/prioritisation')).prioritisationApi }),
  quarterly: async () => ({ api: (await import('@shared/api/quarterly')).quarterlyApi }),
  audit: async () => ({ api: (await import('@shared/api/audit')).auditApi })
}
