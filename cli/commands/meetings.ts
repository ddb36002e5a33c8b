// CLI commands of the meetings domain.
import type { Command } from 'commander'

export function registerMeetingsCommands(_program: Command): void {
  // Filled in by the meetings issue.
}
