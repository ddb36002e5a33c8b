import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRegistry } from '../../../services/registry'
import { createAppRegistry } from '../../../services/handlers'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime()
})
afterEach(async () => {
  await rt.close()
})

describe('the API registry', () => {
  it('rejects a malformed message with a Danish validation error, never a thrown string', async () => {
    const r = await rt.registry.call('projects.get', { projectId: 'abc' })
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Feltet «Projekt» skal være et tal.',
        field: 'projectId',
        details: [{ field: 'projectId', message: 'Feltet «Projekt» skal være et tal.' }]
      }
    })
  })

  it('rejects unknown fields and unknown methods', async () => {
    const r1 = await rt.registry.call('projects.list', { evil: true })
    expect(r1.ok).toBe(false)
    const r2 = await rt.registry.call('projects.drop', {})
    expect(r2).toMatchObject({ ok: false, error: { code: 'validation', message: 'API-kaldet «projects.drop» findes ikke.' } })
    const r3 = await rt.registry.call(42, {})
    expect(r3).toMatchObject({ ok: false, error: { message: 'API-kaldet «(number)» findes ikke.' } })
    // An object whose toString is not a function (String() of it throws) is refused the same way.
    const r4 = await rt.registry.call({ toString: false }, {})
    expect(r4).toMatchObject({ ok: false, error: { code: 'validation', message: 'API-kaldet «(object)» findes ikke.' } })
  })

  it('has a handler for every method of the contract', async () => {
    expect(await rt.registry.missing()).toEqual([])
  })

  it('loads only the domain of the method called (the CLI starts without the other domains)', async () => {
    const registry = createAppRegistry(rt.ctx, () => {})
    expect(registry.loadedDomains()).toEqual([])
    const r = await registry.call('projects.list', {})
    expect(r).toEqual({ ok: true, data: [] })
    expect(registry.loadedDomains()).toEqual(['core'])
    await registry.call('meetings.groups.list', { projectId: 1 })
    expect(registry.loadedDomains()).toEqual(['core', 'meetings'])
    // A method with an unknown prefix loads nothing
    expect(await registry.call('drop.tables', {})).toMatchObject({ ok: false, error: { message: 'API-kaldet «drop.tables» findes ikke.' } })
    expect(registry.loadedDomains()).toEqual(['core', 'meetings'])
  })

  it('refuses to register a method twice', () => {
    const registry = createRegistry(rt.ctx)
    registry.register('core', { 'projects.list': async () => [] })
    expect(() => registry.register('other', { 'projects.list': async () => [] })).toThrow(/already registered by core/)
  })

  it('turns an unexpected failure into an internal error value', async () => {
    const registry = createRegistry(rt.ctx, () => {})
    registry.register('core', {
      'projects.list': async () => {
        throw new Error('boom')
      }
    })
    const r = await registry.call('projects.list', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
