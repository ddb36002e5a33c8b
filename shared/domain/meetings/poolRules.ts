// The meetings section of a grant pool's rules (services/core/poolRules.ts): how often the
// steering group and the implementation group must meet, and how a quarter that the project
// covers only partly counts.
import { z } from 'zod'
import { cadenceMonthOptions } from './types'

const cadenceMonths = z
  .number()
  .int()
  .refine((n) => (cadenceMonthOptions as readonly number[]).includes(n), { message: 'cadence_months' })

export const meetingsPoolRulesSchema = z
  .object({
    /** Required cadence of the steering group in months (3 = at least once a quarter); null = no requirement. */
    steeringGroupCadenceMonths: cadenceMonths.nullable(),
    /** Required cadence of the implementation group in months; null = no requirement. */
    implementationGroupCadenceMonths: cadenceMonths.nullable(),
    /** Required cadence of any other forum the user adds; null = no requirement. */
    otherGroupCadenceMonths: cadenceMonths.nullable(),
    /**
     * A period (quarter) that the project period covers only partly requires a meeting only when
     * the project covers at least this share of its days, in per cent. 50 means: a project starting
     * 1 December does not owe a meeting in that quarter (31 of 92 days), one starting 15 November does.
     */
    partialPeriodMinCoveragePct: z.number().int().min(1).max(100)
  })
  .strict()

export type MeetingsPoolRules = z.output<typeof meetingsPoolRulesSchema>

/**
 * The rules shipped with Puljestyr. FSM2: "Styregruppe: min. hvert kvartal eller efter behov.
 * Implementeringsgruppe: min. hvert kvartal eller efter behov" (seed 000, Herning's application,
 * "det anbefales min. kvartalsvist"). FSM1 and HRF: the same quarterly steering recommendation;
 * a user's own pool gets the same sensible default.
 */
export function shippedMeetingsPoolRules(_poolKey: string): MeetingsPoolRules {
  return {
    steeringGroupCadenceMonths: 3,
    implementationGroupCadenceMonths: 3,
    otherGroupCadenceMonths: null,
    partialPeriodMinCoveragePct: 50
  }
}
