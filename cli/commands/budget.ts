// CLI commands of the budget domain.
import type { Command } from 'commander'

export function registerBudgetCommands(_program: Command): void {
  // Filled in by the budget issue.
}
