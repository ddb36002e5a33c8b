// Every migration, imported statically so that the bundled app carries them (kysely#23).
// Applied in the order of their names; the database must have applied a prefix of this list.
// 0002–0005 landed empty and stay as no-ops (their tables are in 0007–0010): never edit a landed
// migration, add a new numbered one.
import type { Migration } from 'kysely'
import { migrationNames } from './names'
import * as m0001 from './0001_core'
import * as m0002 from './0002_budget'
import * as m0003 from './0003_time'
import * as m0004 from './0004_meetings'
import * as m0005 from './0005_participants'
import * as m0006 from './0006_pool_rules'
import * as m0007 from './0007_budget'
import * as m0008 from './0008_time'
import * as m0009 from './0009_meetings'
import * as m0010 from './0010_participants'
import * as m0011 from './0011_time_weeks'
import * as m0012 from './0012_quarterly'
import * as m0013 from './0013_indexes'
import * as m0014 from './0014_team_access'
import * as m0015 from './0015_ledger_month_index'

export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_budget': m0002,
  '0003_time': m0003,
  '0004_meetings': m0004,
  '0005_participants': m0005,
  '0006_pool_rules': m0006,
  '0007_budget': m0007,
  '0008_time': m0008,
  '0009_meetings': m0009,
  '0010_participants': m0010,
  '0011_time_weeks': m0011,
  '0012_quarterly': m0012,
  '0013_indexes': m0013,
  '0014_team_access': m0014,
  '0015_ledger_month_index': m0015
}

export { migrationNames }

// The list opening a database checks against (./names.ts) must be exactly these migrations.
if (Object.keys(migrations).sort().join('\n') !== migrationNames.join('\n')) {
  throw new Error('services/db/migrations/names.ts does not list exactly the migrations of services/db/migrations/index.ts')
}
