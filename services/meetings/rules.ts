// The meetings section of the pool rules, and the cadence that applies to a group: its own, else
// the pool's rule for its kind.
import type { Kysely } from 'kysely'
import { meetingsPoolRulesSchema, shippedMeetingsPoolRules, type MeetingsPoolRules } from '@shared/domain/meetings/poolRules'
import type { GroupKind } from '@shared/domain/meetings/types'
import type { Database } from '../db/schema'
import { readProjectPoolRules, type PoolRulesDefinition } from '../pools/rules'

export const meetingsRulesDefinition: PoolRulesDefinition<typeof meetingsPoolRulesSchema> = {
  section: 'meetings',
  schema: meetingsPoolRulesSchema,
  shipped: shippedMeetingsPoolRules
}

export function readMeetingsRules(db: Kysely<Database>, projectId: number): Promise<MeetingsPoolRules> {
  return readProjectPoolRules(db, projectId, meetingsRulesDefinition)
}

interface EffectiveCadence {
  /** Months; null = no requirement. */
  months: number | null
  source: 'group' | 'pool'
}

/** The group's own cadence (0 = explicitly none) wins over the pool's rule for the group's kind. */
export function effectiveCadence(group: { kind: string; cadence_months: number | null }, rules: MeetingsPoolRules): EffectiveCadence {
  if (group.cadence_months !== null) return { months: group.cadence_months === 0 ? null : group.cadence_months, source: 'group' }
  const kind = group.kind as GroupKind
  const months =
    kind === 'steering' ? rules.steeringGroupCadenceMonths : kind === 'implementation' ? rules.implementationGroupCadenceMonths : rules.otherGroupCadenceMonths
  return { months, source: 'pool' }
}
