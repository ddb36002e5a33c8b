// CLI commands of the participants domain.
import type { Command } from 'commander'

export function registerParticipantsCommands(_program: Command): void {
  // Filled in by the participants issue.
}
