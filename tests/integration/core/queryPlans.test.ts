// The queries that grow with the data use indexes: SQLite's own plan of each main list query shows
// no full scan of a big table (and no automatic index built per query), so a page of the ledger
// costs the same at 500 and at 50.000 postings (issue #14). Timing is the bench's job, not this test's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Compilable } from 'kysely'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { testDialect } from '../../support/dialect'
import { monthlyBalanceQuery, postingPageQuery } from '../../../services/ledger/ledger'
import { loadParticipants } from '../../../services/participants/load'
import { activityEntryCounts } from '../../../services/time/settings'

let rt: TestRuntime
beforeAll(async () => {
  rt = await createTestRuntime()
})
afterAll(async () => {
  await rt.close()
})

const BIG_TABLES = ['posting', 'time_entry', 'participant', 'participant_status', 'audit_log', 'import_row']

/** The SQLite handle: these plans are SQLite's (PostgreSQL plans its own way; see describe.skipIf below). */
function sqlite() {
  if (rt.database.kind !== 'sqlite') throw new Error('query plans are checked on SQLite')
  return rt.database.handle
}

function plan(query: Compilable<unknown>): string[] {
  const { sql, parameters } = query.compile()
  const rows = sqlite()
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...(parameters as unknown[])) as { detail: string }[]
  return rows.map((r) => r.detail)
}

/** Plan lines that read a big table row by row, or build a throw-away index for one query. */
function fullScans(lines: string[]): string[] {
  return lines.filter((l) => {
    if (/AUTOMATIC|CORRELATED/.test(l)) return true
    const m = /^SCAN (\w+)(?: AS \w+)?( USING .*)?$/.exec(l)
    return m !== null && BIG_TABLES.includes(m[1]!) && !m[2]
  })
}

function indexNames(): string[] {
  return (sqlite().prepare("select name from sqlite_master where type = 'index'").all() as { name: string }[]).map((r) => r.name)
}

describe.skipIf(testDialect() !== 'sqlite')('indexes and query plans', () => {
  it('the indexes the list queries use exist', () => {
    expect(indexNames()).toEqual(
      expect.arrayContaining([
        'posting_reverses',
        'posting_project',
        'posting_project_staff',
        'posting_project_line',
        'posting_month_line',
        'participant_pseudonym_lower'
      ])
    )
  })

  it('a page of the ledger finds the reversing posting through its index, not by scanning the postings per row', () => {
    const db = rt.ctx.db
    for (const filter of [{}, { limit: 100, offset: 200 }, { staffId: 1, limit: 100 }, { budgetLineId: 1, from: '2020-01-01', to: '2020-12-31', limit: 100 }]) {
      const lines = plan(postingPageQuery(db, 1, filter))
      expect(fullScans(lines), lines.join('\n')).toEqual([])
      expect(
        lines.some((l) => /SEARCH r USING (COVERING )?INDEX posting_reverses/.test(l)),
        lines.join('\n')
      ).toBe(true)
    }
  })

  it('the monthly balance per budget line is read from its index alone, grouped in the index order', () => {
    for (const filter of [{}, { from: '2020-01-01', to: '2020-12-31' }]) {
      const lines = plan(monthlyBalanceQuery(rt.ctx.db, 1, filter))
      // No row of posting read (a covering index), and no temporary B-tree to group or sort in.
      expect(lines, lines.join('\n')).toEqual([expect.stringMatching(/^SEARCH posting USING COVERING INDEX posting_month_line \(project_id=\?\)$/)])
    }
  })

  it('the entries per activity (the timesheet settings) are counted over the project’s own entries, not every entry', () => {
    const lines = plan(activityEntryCounts(rt.ctx.db, 1))
    expect(fullScans(lines), lines.join('\n')).toEqual([])
    expect(lines.join('\n')).toMatch(/SEARCH time_entry USING (COVERING )?INDEX time_entry_project \(project_id=\?\)/)
  })

  it('the pseudonym check of a new participant uses the index on lower(pseudonym)', () => {
    const db = rt.ctx.db
    const lines = plan(
      db
        .selectFrom('participant')
        .select('id')
        .where('project_id', '=', 1)
        .where((eb) => eb(eb.fn('lower', ['pseudonym']), '=', 'borger 001'))
    )
    expect(fullScans(lines), lines.join('\n')).toEqual([])
    expect(lines.join('\n')).toContain('participant_pseudonym_lower')
  })

  it('describing one participant (after participants.create) reads that participant by its id, not every participant', async () => {
    const { sql, parameters } = rt.ctx.db
      .selectFrom('participant')
      .selectAll()
      .where('project_id', '=', 1)
      .where('id', 'in', [7])
      .orderBy('pseudonym')
      .compile()
    const lines = sqlite()
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...(parameters as unknown[])) as { detail: string }[]
    expect(lines.map((l) => l.detail).join('\n')).toMatch(/SEARCH participant USING INTEGER PRIMARY KEY/)
    expect(await loadParticipants(rt.ctx.db, 1, [7])).toEqual([])
  })
})
