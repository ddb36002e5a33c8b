// Many participants with their group changes, monthly statuses and progression answers in one
// go (the demo's thousands of rows): multi-row inserts, each row with its own audit entry, through
// the audit trail's own bulk writer (insertManyAuditedValues in services/audit/audit.ts: the one
// hash chain). A few statements per 200 rows instead of two round trips per row, which is what
// makes the demo quick on the team database. The caller gives every column, so each audit
// snapshot is exactly the row the table holds (`puljestyr verify` compares them).
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/schema'
import type { ServiceContext } from '../context'
import { insertManyAuditedValues } from '../audit/audit'

type Db = Kysely<Database>
type Row<T extends keyof Database> = Omit<Selectable<Database[T]>, 'id'>
type ChildRow<T extends keyof Database> = Omit<Row<T>, 'participant_id'>

interface ParticipantWithParts {
  participant: Row<'participant'>
  groupChanges: ChildRow<'participant_group_change'>[]
  statuses: ChildRow<'participant_status'>[]
  progressions: ChildRow<'participant_progression'>[]
}

/**
 * Inserts the participants, then each kind of part for all of them, in the caller's transaction.
 * Returns the participants' new ids in the order given.
 */
export async function insertParticipantsWithParts(
  db: Db,
  ctx: Pick<ServiceContext, 'osUser' | 'now'>,
  projectId: number,
  items: ParticipantWithParts[]
): Promise<number[]> {
  const meta = { projectId }
  const ids = await insertManyAuditedValues(
    db,
    ctx,
    'participant',
    items.map((i) => i.participant),
    meta
  )
  const withId = <R>(pick: (i: ParticipantWithParts) => R[]) =>
    items.flatMap((item, index) => pick(item).map((row) => ({ ...row, participant_id: ids[index]! })))
  await insertManyAuditedValues(
    db,
    ctx,
    'participant_group_change',
    withId((i) => i.groupChanges),
    meta
  )
  await insertManyAuditedValues(
    db,
    ctx,
    'participant_status',
    withId((i) => i.statuses),
    meta
  )
  await insertManyAuditedValues(
    db,
    ctx,
    'participant_progression',
    withId((i) => i.progressions),
    meta
  )
  return ids
}
