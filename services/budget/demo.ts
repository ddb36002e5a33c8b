// The budget part of the demo project.
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'

export async function seedBudgetDemo(_ctx: ServiceContext, _projectId: number, _facts: DemoFacts): Promise<void> {
  // Filled in by the budget issue.
}
