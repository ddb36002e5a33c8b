// The time section of a grant pool's rules (docs/domain.md rule 4 «Time, rates and norm hours»).
// Kept as settings of the pool, not code: who documents their time by a monthly management
// statement instead of a timesheet, and whether the employee signs their month before a manager
// approves it.
import { z } from 'zod'
import { freeText } from '../freeText'
import { WHOLE_BP, basisPointsSchema } from '../percent'
import { time } from '../../texts/da/time'

const S = time.shipped

export const timePoolRulesSchema = z
  .object({
    statement: z
      .object({
        /** Staff this much on the project (basis points; 10000 = 100 %) need no timesheet: a management statement suffices. */
        allowed: z.boolean(),
        minShareBp: basisPointsSchema.min(1).max(WHOLE_BP),
        source: freeText.trim().max(1000)
      })
      .strict(),
    signature: z
      .object({
        /** The employee signs their own month before a manager approves it. */
        employeeSigns: z.boolean(),
        source: freeText.trim().max(1000)
      })
      .strict()
  })
  .strict()

export type TimePoolRules = z.output<typeof timePoolRulesSchema>

export function shippedTimeRules(poolKey: string): TimePoolRules {
  const fsm = poolKey === 'FSM2' || poolKey === 'FSM1'
  return {
    statement: {
      allowed: true,
      minShareBp: WHOLE_BP,
      source: fsm ? S.fsmStatementSource : S.otherStatementSource
    },
    signature: { employeeSigns: true, source: S.practiceSource }
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
