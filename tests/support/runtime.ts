// Integration tests run the real services against a real SQLite file in a temp folder, or with
// DIALECT=postgres against a fresh PostgreSQL database of the throwaway cluster (tests/support/postgres.ts).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract'
import type { ApiError } from '@shared/errors'
import { createRuntime, type Runtime } from '../../server/runtime'
import { createTestDatabase, testDialect } from './dialect'

export interface TestRuntime extends Runtime {
  dir: string
  /** The SQLite file, or with DIALECT=postgres the database's connection string. */
  file: string
  /** Calls the API through the registry and returns the data, or throws with the error value. */
  call<N extends MethodName>(method: N, input: ApiInput<N>): Promise<ApiOutput<N>>
  /** Calls the API and returns the error value (fails the test if the call succeeded). */
  callError<N extends MethodName>(method: N, input: unknown): Promise<ApiError>
  /** Moves the clock used for `now` (timestamps, "today"). */
  setNow(iso: string): void
}

export async function createTestRuntime(options: { now?: string; printer?: boolean; dailyBackups?: boolean } = {}): Promise<TestRuntime> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-test-'))
  const file = testDialect() === 'postgres' ? await createTestDatabase() : path.join(dir, 'puljestyr.db')
  let now = new Date(options.now ?? '2020-06-15T10:00:00.000Z')
  const rt = await createRuntime({
    databaseFile: file,
    now: () => now,
    log: () => {},
    dailyBackups: options.dailyBackups ?? false,
    settingsDir: dir,
    ...(options.printer ? {} : { chromiumPath: null })
  })
  const closeRuntime = rt.close.bind(rt)
  return Object.assign(rt, {
    dir,
    file,
    async call<N extends MethodName>(method: N, input: ApiInput<N>) {
      const r = await rt.registry.call(method, input)
      if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.message}`), { apiError: r.error })
      return r.data as ApiOutput<N>
    },
    async callError(method: MethodName, input: unknown) {
      const r = await rt.registry.call(method, input)
      if (r.ok) throw new Error(`${method} succeeded, but an error was expected`)
      return r.error
    },
    setNow(iso: string) {
      now = new Date(iso)
    },
    async close() {
      await closeRuntime()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
}
