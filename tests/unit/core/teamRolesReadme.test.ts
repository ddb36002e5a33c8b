// The SQL an IT department runs to create the team database's roles is one file
// (resources/sql/team-roles.sql, run as it is by tests/integration/core/teamRoles.test.ts); the README
// shows it, and this test keeps the two from drifting apart.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '..', '..', '..')

describe('the roles SQL in the README', () => {
  it('is resources/sql/team-roles.sql, word for word', () => {
    const sql = fs.readFileSync(path.join(root, 'resources', 'sql', 'team-roles.sql'), 'utf8').trim()
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const blocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim())
    expect(blocks).toContain(sql)
  })
})
