// The `puljestyr` command for what municipal IT scripts. Thin: every command asks the services
// (through the same registry as the UI) and prints the answer. Exit code 0 on success; otherwise
// non-zero with one line on stderr.
import { Command, CommanderError } from 'commander'
import pkg from '../package.json'
import { registerCoreCommands } from './commands/core'
import { registerBudgetCommands } from './commands/budget'
import { registerTimeCommands } from './commands/time'
import { registerMeetingsCommands } from './commands/meetings'
import { registerParticipantsCommands } from './commands/participants'
import { registerImportCommand } from './commands/import'
import { registerQuarterlyCommands } from './commands/quarterly'
import { CliError } from './support'
import { core } from '@shared/texts/da/core'

function buildProgram(): Command {
  const program = new Command()
  program
    .name('puljestyr')
    .description(core.cli.description)
    .version(pkg.version, '-V, --version', core.cli.versionOption)
    .helpOption('-h, --help', core.cli.helpOption)
    .showHelpAfterError()
    .exitOverride()
  registerCoreCommands(program)
  registerBudgetCommands(program)
  registerTimeCommands(program)
  registerMeetingsCommands(program)
  registerParticipantsCommands(program)
  registerQuarterlyCommands(program)
  registerImportCommand(program)
  return program
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0.
      return e.exitCode
    }
    // The error module (with its zod schema) is loaded only when there is an error to show.
    const { isDomainError } = await import('@shared/errors')
    if (e instanceof CliError || isDomainError(e)) {
      console.error(`puljestyr: ${e.message}`)
      return e instanceof CliError ? e.exitCode : 1
    }
    console.error(`puljestyr: ${(e as Error)?.message ?? String(e)}`)
    return 1
  }
}

/** The warm service registry on a database file, for `npm run bench` (scripts/bench.mjs). */
export async function openRuntime(databaseFile: string) {
  const { createRuntime } = await import('../server/runtime')
  return createRuntime({ databaseFile, log: () => {} })
}
