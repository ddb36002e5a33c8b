// CLI commands of the time domain.
import type { Command } from 'commander'

export function registerTimeCommands(_program: Command): void {
  // Filled in by the time issue.
}
