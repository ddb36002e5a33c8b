// The meetings part of the demo project.
import type { ServiceContext } from '../context'
import type { DemoFacts } from '../demo/demo'

export async function seedMeetingsDemo(_ctx: ServiceContext, _projectId: number, _facts: DemoFacts): Promise<void> {
  // Filled in by the meetings issue.
}
