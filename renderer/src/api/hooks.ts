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
