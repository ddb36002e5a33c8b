// The names of this version's migrations, in the order they run: all that opening an up-to-date
// database needs (its applied migrations must be a prefix of this list), without loading the
// migrations themselves (#14: a CLI command on an up-to-date file does not pay for them).
// ./index.ts refuses to load when its migrations and this list differ: add a new migration to both.
export const migrationNames: string[] = [
  '0001_core',
  '0002_budget',
  '0003_time',
  '0004_meetings',
  '0005_participants',
  '0006_pool_rules',
  '0007_budget',
  '0008_time',
  '0009_meetings',
  '0010_participants',
  '0011_time_weeks',
  '0012_quarterly',
  '0013_indexes',
  '0014_team_access',
  '0015_ledger_month_index'
]
