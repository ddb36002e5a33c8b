// The time section of a grant pool's rules (DOMAIN rule 4). Kept as settings of the pool, not code:
// who documents their time by a monthly management statement instead of a timesheet, and whether
// the employee signs their month before a manager approves it.
import { z } from 'zod'
import { WHOLE_BP, basisPointsSchema } from '../percent'

export const timePoolRulesSchema = z
  .object({
    statement: z
      .object({
        /** Staff this much on the project (basis points; 10000 = 100 %) need no timesheet: a management statement suffices. */
        allowed: z.boolean(),
        minShareBp: basisPointsSchema.min(1).max(WHOLE_BP),
        source: z.string().trim().max(1000)
      })
      .strict(),
    signature: z
      .object({
        /** The employee signs their own month before a manager approves it. */
        employeeSigns: z.boolean(),
        source: z.string().trim().max(1000)
      })
      .strict()
  })
  .strict()

export type TimePoolRules = z.output<typeof timePoolRulesSchema>

const FSM_STATEMENT_SOURCE =
  'STAR’s FAQ til Flere skal med: en medarbejder, der alene arbejder i projektet, skal ikke timeregistrere særskilt; en ledelsespåtegning eller lignende er nok. Har medarbejderen også andre opgaver, skal projekttimerne registreres særskilt, for at revisor kan godkende lønudgiften.'
const PRACTICE_SOURCE =
  'Almindelig praksis hos danske tilskudsgivere (ingen STAR-tekst fundet): daglig registrering fordelt på opgaver, underskrevet af medarbejderen og godkendt af en leder hver måned.'

export function shippedTimeRules(poolKey: string): TimePoolRules {
  const fsm = poolKey === 'FSM2' || poolKey === 'FSM1'
  return {
    statement: {
      allowed: true,
      minShareBp: WHOLE_BP,
      source: fsm
        ? FSM_STATEMENT_SOURCE
        : 'Som i STAR’s FAQ til Flere skal med (ingen tekst for denne pulje fundet): ledelseserklæring for medarbejdere, der er 100 % i projektet.'
    },
    signature: { employeeSigns: true, source: PRACTICE_SOURCE }
  }
}

export const timeRulesDefinition = {
  section: 'time' as const,
  schema: timePoolRulesSchema,
  shipped: shippedTimeRules
}

/** How a staff member's time is documented under the pool's rules. */
export function timeModeOf(projectShareBp: number, rules: TimePoolRules): 'timesheet' | 'statement' {
  return rules.statement.allowed && projectShareBp >= rules.statement.minShareBp ? 'statement' : 'timesheet'
}
