// API handlers of the grant pools.
import type { poolsApi } from '@shared/api/pools'
import type { DomainHandlers } from '../registry'
import { createPool, getPool, listPools, updatePool } from './pools'

export const poolsHandlers: DomainHandlers<keyof typeof poolsApi> = {
  'pools.list': (_input, ctx) => listPools(ctx.db),
  'pools.get': ({ poolId }, ctx) => getPool(ctx.db, poolId),
  'pools.create': (input, ctx) => createPool(ctx, input),
  'pools.update': ({ poolId, ...input }, ctx) => updatePool(ctx, poolId, input)
}
