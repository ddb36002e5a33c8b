// The audited write helpers (services/audit/audit.ts) refuse with a DomainError the user can read:
// a change of a row that is gone (deleted in another window or process) says so in Danish instead
// of the registry's «Der opstod en uventet fejl».
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import { insertManyAuditedValues, updateAudited } from '../../../services/audit/audit'
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

describe('a bulk audited insert (insertManyAuditedValues, as an import writes)', () => {
  it('stores the batch’s user, reason and every row exactly, quotes and all, and the chain verifies', async () => {
    // The batch's values are written into the INSERT as SQL literals: a quote in them must not change them.
    const ctx = { osUser: "Ole O'Brien", now: rt.ctx.now }
    const meta = { projectId: null, action: 'import', reason: "fra «puljer.csv»: 'x'; --" }
    const rows = Array.from({ length: 40 }, (_, i) => ({
      key: `K'${i}`,
      name: i % 2 ? `Pulje "${i}"` : `Pulje ${i} – \\ ok`,
      finance_act: '',
      created_at: '2020-06-15T10:00:00.000Z',
      updated_at: '2020-06-15T10:00:00.000Z'
    }))
    const ids = await rt.ctx.db.transaction().execute((trx) => insertManyAuditedValues(trx, ctx, 'grant_pool', rows, meta))
    expect(ids).toHaveLength(40)
    const stored = await rt.ctx.db.selectFrom('grant_pool').selectAll().where('id', 'in', ids).orderBy('id').execute()
    expect(stored.map(({ id: _id, ...r }) => r)).toEqual(rows)
    const entries = await rt.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'grant_pool')
      .where('action', '=', 'import')
      .orderBy('id')
      .execute()
    expect(entries).toHaveLength(40)
    for (const [i, e] of entries.entries()) {
      expect(e).toMatchObject({ os_user: "Ole O'Brien", reason: meta.reason, project_id: null, actor_name: null, entity_id: String(ids[i]) })
      expect(JSON.parse(e.after_json!)).toEqual(stored[i])
    }
    const report = await rt.call('audit.verify', {})
    expect(report.findings).toEqual([])
  })
})
