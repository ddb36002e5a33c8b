// THE API contract of Puljestyr: every method the renderer, the CLI and the tests may call.
// One file per domain; the domain list is the same in shared/api, shared/domain, shared/texts/da,
// services, renderer/src/features and tests (see the README's architecture section).
import { coreApi } from './core'
import { poolsApi } from './pools'
import { staffApi } from './staff'
import { budgetApi } from './budget'
import { timeApi } from './time'
import { ledgerApi } from './ledger'
import { accountsApi } from './accounts'
import { exportApi } from './export'
import { meetingsApi } from './meetings'
import { participantsApi } from './participants'
import { prioritisationApi } from './prioritisation'
import { quarterlyApi } from './quarterly'
import { auditApi } from './audit'
import type { ContractShape, InputOf, OutputOf } from './define'

/** The domains, each one file of the contract (and one folder in every layer). */
export const contractParts = {
  core: coreApi,
  pools: poolsApi,
  staff: staffApi,
  budget: budgetApi,
  time: timeApi,
  ledger: ledgerApi,
  accounts: accountsApi,
  export: exportApi,
  meetings: meetingsApi,
  participants: participantsApi,
  prioritisation: prioritisationApi,
  quarterly: quarterlyApi,
  audit: auditApi
} as const

export type Domain = keyof typeof contractParts

export const apiContract = {
  ...coreApi,
  ...poolsApi,
  ...staffApi,
  ...budgetApi,
  ...timeApi,
  ...ledgerApi,
  ...accountsApi,
  ...exportApi,
  ...meetingsApi,
  ...participantsApi,
  ...prioritisationApi,
  ...quarterlyApi,
  ...auditApi
} as const satisfies ContractShape

export type ApiContract = typeof apiContract
export type MethodName = keyof ApiContract
export type ApiInput<N extends MethodName> = InputOf<ApiContract[N]>
export type ApiOutput<N extends MethodName> = OutputOf<ApiContract[N]>

/** The contract part (domain) each method is declared in: its texts name the method's fields. */
export const methodDomain = Object.fromEntries(
  Object.entries(contractParts).flatMap(([domain, api]) => Object.keys(api).map((name) => [name, domain]))
) as Record<MethodName, Domain>
