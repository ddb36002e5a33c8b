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

export function fieldLabel(key: string): string {
  return fieldLabels[key] ?? key
}
