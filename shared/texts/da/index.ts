// All Danish UI text, one module per domain (the domain list of shared/api/contract.ts), gathered
// here. Components import `da` only; the few files of the first load import its shell part (./shell.ts).
import { common, validationMessages } from './common'
import { core } from './core'
import { budget } from './budget'
import { time } from './time'
import { ledger } from './ledger'
import { accounts } from './accounts'
import { revisorExport } from './export'
import { meetings } from './meetings'
import { participants } from './participants'
import { quarterly } from './quarterly'
import { audit } from './audit'

export const da = { common, validationMessages, core, budget, time, ledger, accounts, export: revisorExport, meetings, participants, quarterly, audit } as const

/**
 * Danish labels of API fields, used to name the field in validation messages when the call's domain
 * does not name it. A `title` outside a domain is the project's (a meeting's or an item's is
 * «Titel» within the meetings domain).
 */
const fieldLabels: Record<string, string> = {
  ...core.fields,
  ...budget.fields,
  ...time.fields,
  ...meetings.fields,
  ...participants.fields,
  ...quarterly.fields,
  title: core.fields.title!
}

/** The domains of the API contract (one file each in shared/api). */
export type TextDomain =
  | 'core'
  | 'pools'
  | 'staff'
  | 'budget'
  | 'time'
  | 'ledger'
  | 'accounts'
  | 'export'
  | 'meetings'
  | 'participants'
  | 'prioritisation'
  | 'quarterly'
  | 'audit'

/**
 * The field labels asked first for a call of each domain. Pools and staff are master data named
 * by the budget's labels; ledger, accounts and the export by the time domain's (hours, rates).
 */
const fieldsByDomain: Record<TextDomain, Record<string, string>> = {
  core: core.fields,
  pools: budget.fields,
  staff: budget.fields,
  budget: budget.fields,
  time: time.fields,
  ledger: time.fields,
  accounts: time.fields,
  export: time.fields,
  meetings: meetings.fields,
  participants: participants.fields,
  prioritisation: participants.fields,
  quarterly: quarterly.fields,
  audit: core.fields
}

/**
 * The Danish label of an API field. The domain of the call is asked first, since two domains may
 * name different things alike (a budget line's `note` is "Note", a meeting's is "Bemærkning").
 */
export function fieldLabel(key: string, domain?: TextDomain): string {
  return (domain ? fieldsByDomain[domain][key] : undefined) ?? fieldLabels[key] ?? key
}
