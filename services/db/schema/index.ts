// The one Database interface: the typed schema of every table, one interface per domain.
import type { CoreTables } from './core'
import type { BudgetTables } from './budget'
import type { TimeTables } from './time'
import type { MeetingsTables } from './meetings'
import type { ParticipantsTables } from './participants'
import type { QuarterlyTables } from './quarterly'

export interface Database extends CoreTables, BudgetTables, TimeTables, MeetingsTables, ParticipantsTables, QuarterlyTables {}

export type TableName = keyof Database
