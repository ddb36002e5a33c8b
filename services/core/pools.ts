// The grant pools (the list). Their rules are settings kept by the domains that use them.
import type { Kysely } from 'kysely'
import type { PoolSummary } from '@shared/api/core'
import type { Database } from '../db/schema'

export async function listPools(db: Kysely<Database>): Promise<PoolSummary[]> {
  const rows = await db.selectFrom('grant_pool').select(['id', 'key', 'name', 'finance_act']).orderBy('id').execute()
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, financeAct: r.finance_act }))
}

export async function poolIdByKey(db: Kysely<Database>, key: string): Promise<number> {
  const row = await db.selectFrom('grant_pool').select('id').where('key', '=', key).executeTakeFirstOrThrow()
  return row.id
}
