// Helpers shared by the CLI's commands: opening the database, calling the API, printing.
import type { Command } from 'commander'
import type { ApiOutput, ApiInput, MethodName } from '@shared/api/contract'
import { core } from '@shared/texts/da/core'
import { resolveDatabaseFile } from '../services/db/location'
import type { Runtime } from '../server/runtime'

const c = core.cli

export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

export function dbOption(cmd: Command, required = false): Command {
  return required ? cmd.requiredOption('--db <file>', c.dbRequired) : cmd.option('--db <file>', c.dbOptional)
}

/** The options most commands share: the project (required unless said otherwise) and --json. */
export function projectOptions(cmd: Command, options: { required?: boolean; json?: string } = {}): Command {
  const withProject = options.required === false ? cmd.option('--project <id>', c.projectOption) : cmd.requiredOption('--project <id>', c.projectOption)
  return withProject.option('--json', options.json ?? c.jsonOption)
}

/** The project's id from --project. */
export function projectIdOf(value: string | undefined): number {
  if (value === undefined) throw new CliError(c.projectMissing, 2)
  return parseId(value, c.projectLabel)
}

/** Opens the runtime for one command and always closes it again. */
export async function withRuntime<T>(dbFile: string | undefined, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  // Loaded on first use, so that `--help` does not load the services (#14).
  const { createRuntime } = await import('../server/runtime')
  const rt = await createRuntime({ databaseFile: resolveDatabaseFile(dbFile), log: () => {} })
  try {
    return await fn(rt)
  } finally {
    await rt.close()
  }
}

/** Calls one API method through the registry; an error value becomes a CliError. */
export async function callApi<N extends MethodName>(rt: Runtime, method: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await rt.registry.call(method, input)
  if (!result.ok) throw new CliError(result.error.message)
  return result.data as ApiOutput<N>
}

export function parseId(value: string, label: string): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n <= 0) throw new CliError(c.notPositiveInteger(label, value), 2)
  return n
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}
