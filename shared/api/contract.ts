// THE API contract of Puljestyr: every method the renderer, the CLI and the tests may call.
import { coreApi } from './core'
import { budgetApi } from './budget'
import { timeApi } from './time'
import { meetingsApi } from './meetings'
import { participantsApi } from './participants'
import type { ContractShape, InputOf, OutputOf } from './define'

export const apiContract = {
  ...coreApi,
  ...budgetApi,
  ...timeApi,
  ...meetingsApi,
  ...participantsApi
} as const satisfies ContractShape

export type ApiContract = typeof apiContract
export type MethodName = keyof ApiContract
export type ApiInput<N extends MethodName> = InputOf<ApiContract[N]>
export type ApiOutput<N extends MethodName> = OutputOf<ApiContract[N]>

const contractParts = { core: coreApi, budget: budgetApi, time: timeApi, meetings: meetingsApi, participants: participantsApi } as const

/** The contract part (domain) each method is declared in: its texts name the method's fields. */
export const methodDomain = Object.fromEntries(
  Object.entries(contractParts).flatMap(([domain, api]) => Object.keys(api).map((name) => [name, domain]))
) as Record<MethodName, keyof typeof contractParts>

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name)
}
