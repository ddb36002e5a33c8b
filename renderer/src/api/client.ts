// The renderer's one way to the services. It picks the transport (Electron IPC through the
// preload's window.puljestyr, or the local HTTP bridge in browser mode); components never know which.
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract'
import type { ApiResult } from '@shared/api/define'
import type { PuljestyrBridge } from '@shared/api/channel'
import type { ApiError } from '@shared/errors'
import { da } from '@shared/texts/da/shell'

declare global {
  interface Window {
    /** The desktop app's preload bridge; absent in browser mode. */
    puljestyr?: PuljestyrBridge
  }
}

/** An API error value, thrown inside the renderer so that react-query can carry it. */
export class ApiClientError extends Error {
  readonly error: ApiError
  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiClientError'
    this.error = error
  }
  get code() {
    return this.error.code
  }
  get field() {
    return this.error.field
  }
}

async function callHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {})
    })
  } catch {
    return { ok: false, error: { code: 'internal', message: da.common.networkError } }
  }
  try {
    return (await response.json()) as ApiResult<unknown>
  } catch {
    return { ok: false, error: { code: 'internal', message: da.common.unknownError } }
  }
}

export const transport: 'ipc' | 'http' = typeof window !== 'undefined' && window.puljestyr ? 'ipc' : 'http'

export async function callApi<N extends MethodName>(method: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = window.puljestyr ? ((await window.puljestyr.call(method, input)) as ApiResult<unknown>) : await callHttp(method, input)
  if (!result.ok) throw new ApiClientError(result.error)
  return result.data as ApiOutput<N>
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiClientError) return e.message
  return da.common.unknownError
}
