// The one Database interface: the typed schema of every table, one interface per domain.
import type { CoreTables } from './core'
import type { BudgetTables } from './budget'
import type { TimeTables } from './time'
import type { MeetingsTables } from './meetings'
import type { ParticipantsTables } from './participants'

export interface Database extends CoreTables, BudgetTables, TimeTables, MeetingsTables, ParticipantsTables {}

export type TableName = keyof Database
