// Fixtures for the participants' integration tests: a small FSM2 (or FSM1) project with two job brokers.
import { insertAudited } from '../../../services/audit/audit'
import { poolIdByKey } from '../../../services/pools/pools'
import type { TestRuntime } from '../../support/runtime'
import { minutes } from '@shared/domain/duration'
import { WHOLE_BP } from '@shared/domain/percent'
import { viborgProjectInput } from '../../support/projects'

export async function smallProject(rt: TestRuntime, poolKey = 'FSM2') {
  const project = await rt.call('projects.create', viborgProjectInput(await poolIdByKey(rt.ctx.db, poolKey)))
  const staff: number[] = []
  for (const name of ['Anna Berg', 'Bo Dahl']) {
    const now = new Date().toISOString()
    // In a transaction, as every audited write (on the team database the writer lock is the transaction's).
    const row = await rt.ctx.db.transaction().execute((trx) =>
      insertAudited(
        trx,
        rt.ctx,
        'staff',
        {
          project_id: project.id,
          name,
          function_key: 'jobBroker',
          title: 'Jobformidler',
          weekly_minutes: minutes(2220),
          project_share_bp: WHOLE_BP,
          employed_from: '2020-01-01',
          employed_to: null,
          note: '',
          created_at: now,
          updated_at: now
        },
        { projectId: project.id }
      )
    )
    staff.push(row.id)
  }
  return { projectId: project.id, brokers: staff }
}

export async function addParticipants(
  rt: TestRuntime,
  projectId: number,
  n: number,
  over: Partial<{ intakeDate: string; intakeGroup: 1 | 2 | 3; jobBrokerId: number | null }> = {},
  start = 1
) {
  const ids: number[] = []
  for (let i = start; i < start + n; i++) {
    const p = await rt.call('participants.create', {
      projectId,
      pseudonym: `Borger ${String(i).padStart(3, '0')}`,
      caseNumber: `SAG-${i}`,
      intakeDate: over.intakeDate ?? '2020-01-15',
      intakeGroup: over.intakeGroup ?? 1,
      jobBrokerId: over.jobBrokerId ?? null
    })
    ids.push(p.id)
  }
  return ids
}
