import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract'
import { createRuntime, type Runtime } from '../../../server/runtime'
import { copyTestDatabase, executeOutsideApp } from '../../support/dialect'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

// The demo is made once; each test works on its own copy of it (a file copy, or a database made
// from it as a template on PostgreSQL).
let demo: TestRuntime
let rt: Runtime & { file: string; call<N extends MethodName>(method: N, input: ApiInput<N>): Promise<ApiOutput<N>> }
beforeAll(async () => {
  demo = await createTestRuntime()
  await demo.call('demo.open', {})
  await demo.database.close()
}, 120_000)
afterAll(() => {
  fs.rmSync(demo.dir, { recursive: true, force: true })
})
beforeEach(async () => {
  const file = await copyTestDatabase(demo.file)
  const opened = await createRuntime({ databaseFile: file, chromiumPath: null, log: () => {} })
  rt = Object.assign(opened, {
    file,
    async call<N extends MethodName>(method: N, input: ApiInput<N>) {
      const r = await opened.registry.call(method, input)
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.data as ApiOutput<N>
    }
  })
})
afterEach(async () => {
  await rt.close()
})

const tamper = executeOutsideApp

describe('the audit trail', () => {
  it('verifies when every change went through the app', async () => {
    const report = await rt.call('audit.verify', {})
    expect(report.ok).toBe(true)
    expect(report.entriesChecked).toBeGreaterThan(0)
    expect(report.findings).toEqual([])
  })

  it('detects a row changed behind the app’s back', async () => {
    await tamper(rt.file, 'update project_grant_year set amount_ore = amount_ore + 100 where year = 2021')
    const report = await rt.call('audit.verify', {})
    expect(report.ok).toBe(false)
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'row_changed', entity: 'project_grant_year' })])
  })

  it('detects an edited audit entry (the hash chain breaks)', async () => {
    await tamper(rt.file, "update audit_log set os_user = 'someone-else' where id = 1")
    const report = await rt.call('audit.verify', {})
    expect(report.findings.some((f) => f.kind === 'chain_broken' && f.auditId === 1)).toBe(true)
  })

  it('detects rows deleted or inserted outside the app', async () => {
    await tamper(rt.file, 'delete from project_grant_year where year = 2019')
    await tamper(rt.file, "insert into staff (project_id, name, function_key, created_at, updated_at) values (1, 'Snyd', 'jobBroker', 'x', 'x')")
    const kinds = (await rt.call('audit.verify', {})).findings.map((f) => f.kind)
    expect(kinds).toContain('row_missing')
  })

  it('`puljestyr verify` exits non-zero and names the change', async () => {
    const file = await copyTestDatabase(demo.file)
    await tamper(file, "update project set title = 'Andet' where id = 1")
    const cli = path.resolve(__dirname, '../../../bin/puljestyr.cjs')
    let status = 0
    let stdout = ''
    try {
      execFileSync(process.execPath, [cli, 'verify', '--db', file], { encoding: 'utf8', stdio: 'pipe' })
    } catch (e) {
      status = (e as { status: number }).status
      stdout = (e as { stdout: string }).stdout
    }
    expect(status).toBe(3)
    expect(stdout).toContain('project 1 er ændret uden om programmet')
  })
})

describe('canonical JSON (what each audit hash covers)', () => {
  it('writes a flat row with sorted keys exactly as the general path does, and leaves nested values to it', async () => {
    const { canonicalJson, generalCanonicalJson } = await import('../../../services/audit/audit')
    const rows: Record<string, unknown>[] = [
      { z: 1, a: 'x', m: null, b: true, c: -0, d: 1.5, e: 'æøå "quoted" \\ \n', f: Number.NaN },
      { id: 7, project_id: 2, note: '', created_at: '2020-01-01T00:00:00.000Z' },
      { b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } },
      { a: undefined, b: 2 },
      { a: new Uint8Array([1, 2, 3]) }
    ]
    for (const row of rows) expect(canonicalJson(row)).toBe(generalCanonicalJson(row))
    // The general form itself, known answers: what every stored hash was computed over.
    expect(canonicalJson(rows[0])).toBe('{"a":"x","b":true,"c":0,"d":1.5,"e":"æøå \\"quoted\\" \\\\ \\n","f":null,"m":null,"z":1}')
    expect(generalCanonicalJson(rows[2])).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}')
    expect(generalCanonicalJson(rows[3])).toBe('{"a":null,"b":2}')
    const sha = createHash('sha256')
      .update(new Uint8Array([1, 2, 3]))
      .digest('hex')
    expect(generalCanonicalJson(rows[4])).toBe(`{"a":{"$bytes":3,"$sha256":"${sha}"}}`)
  })
})
