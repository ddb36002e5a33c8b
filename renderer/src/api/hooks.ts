// The consistent loading / error pattern: every screen reads with useApiQuery and writes with
// useApiMutation; both go through callApi. After a write, queries are refreshed.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract'
import { callApi, type ApiClientError } from './client'

function apiQueryKey<N extends MethodName>(method: N, input?: ApiInput<N>) {
  return input === undefined ? [method] : [method, input]
}

export function useApiQuery<N extends MethodName>(
  method: N,
  input: ApiInput<N>,
  options: Omit<UseQueryOptions<ApiOutput<N>, ApiClientError>, 'queryKey' | 'queryFn'> = {}
) {
  return useQuery<ApiOutput<N>, ApiClientError>({
    queryKey: apiQueryKey(method, input),
    queryFn: () => callApi(method, input),
    ...options
  })
}

/** A write. By default every query is refetched afterwards, so what is on screen is what is saved. */
export function useApiMutation<N extends MethodName>(method: N, options: { invalidate?: MethodName[] | 'all' } = {}) {
  const client = useQueryClient()
  return useMutation<ApiOutput<N>, ApiClientError, ApiInput<N>>({
    mutationFn: (input) => callApi(method, input),
    onSuccess: async () => {
      const invalidate = options.invalidate ?? 'all'
      if (invalidate === 'all') await client.invalidateQueries()
      else await Promise.all(invalidate.map((m) => client.invalidateQueries({ queryKey: [m] })))
    }
  })
}

/** A number per data object (dataVersion). */
const dataIds = new WeakMap<object, number>()
let lastDataId = 0

/**
 * A number that changes when a query's data changes, for the key of a grid that holds what the user
 * types: keyed by it, the grid starts again from new data (after its own save, say) and keeps what
 * is typed across a refetch that changed nothing (every write refetches every query, and a page
 * shown from the cache refetches in the background). react-query keeps the same data object when a
 * refetch returns equal data; `dataUpdatedAt` changes on every refetch, and typed hours were lost.
 */
export function dataVersion(data: unknown): number {
  if (data === null || typeof data !== 'object') return 0
  let id = dataIds.get(data)
  if (id === undefined) {
    id = ++lastDataId
    dataIds.set(data, id)
  }
  return id
}
