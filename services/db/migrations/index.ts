// Every migration, imported statically so that the bundled app carries them (kysely#23).
// Applied in the order of their names; the database must have applied a prefix of this list.
import type { Migration } from 'kysely'
import * as m0001 from './0001_core'
import * as m0002 from './0002_budget'
import * as m0003 from './0003_time'
import * as m0004 from './0004_meetings'
import * as m0005 from './0005_participants'

export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_budget': m0002,
  '0003_time': m0003,
  '0004_meetings': m0004,
  '0005_participants': m0005
}

export const migrationNames = Object.keys(migrations).sort()
