// The audited write helpers (services/audit/audit.ts) refuse with a DomainError the user can read:
// a change of a row that is gone (deleted in another window or process) says so in Danish instead
// of the registry's «Der opstod en uventet fejl».
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { updateAudited } from '../../../services/audit/audit'
import { createRegistry } from '../../../services/registry'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

describe('an audited change of a row that no longer exists', () => {
  it('is refused as «not found» with a Danish message naming the row', async () => {
    const err = await updateAudited(rt.ctx.db, rt.ctx, 'project', 424242, { title: 'Ny titel' }, { projectId: null }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DomainError)
    expect((err as DomainError).code).toBe('not_found')
    expect((err as DomainError).message).toBe(da.audit.errors.rowGone('project', 424242))
  })

  it('reaches the user as that message through the registry, not as an unknown error', async () => {
    const logged: string[] = []
    const registry = createRegistry(rt.ctx, (m) => logged.push(m))
    registry.register('test', {
      'projects.list': async (_input, ctx) => {
        await updateAudited(ctx.db, ctx, 'project', 424242, { title: 'Ny titel' }, { projectId: null })
        return []
      }
    })
    const r = await registry.call('projects.list', {})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('not_found')
    expect(r.error.message).toContain('findes ikke længere (project nr. 424242)')
    expect(r.error.message).not.toBe(da.common.unknownError)
    expect(logged).toEqual([])
  })
})
