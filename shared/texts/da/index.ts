// All Danish UI text, one module per domain, gathered here. Components import `da` only.
import { common, validationMessages } from './common'
import { core } from './core'
import { budget } from './budget'
import { time } from './time'
import { meetings } from './meetings'
import { participants } from './participants'

export const da = { common, validationMessages, core, budget, time, meetings, participants } as const

/** Danish labels of API fields, used to name the field in validation messages. */
export const fieldLabels: Record<string, string> = {
  ...core.fields,
  ...budget.fields,
  ...time.fields,
  ...meetings.fields,
  ...participants.fields
}

/** The domains whose texts carry field labels (the parts of the API contract). */
export type TextDomain = 'core' | 'budget' | 'time' | 'meetings' | 'participants'

const fieldsByDomain: Record<TextDomain, Record<string, string>> = {
  core: core.fields,
  budget: budget.fields,
  time: time.fields,
  meetings: meetings.fields,
  participants: participants.fields
}

/**
 * The Danish label of an API field. The domain of the call is asked first, since two domains may
 * name different things alike (a budget line's `note` is "Note", a meeting's is "Bemærkning").
 */
export function fieldLabel(key: string, domain?: TextDomain): string {
  return (domain ? fieldsByDomain[domain][key] : undefined) ?? fieldLabels[key] ?? key
}
