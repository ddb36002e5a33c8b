// The hand-written baselines the bench compares Puljestyr with: the SQL a programmer would write for
// the same figures, run on the raw driver (better-sqlite3, or pg for a postgres:// target) without
// the product's services, registry, validation or audit trail in between.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A raw connection: `all`, `get`, and `pages` (rows in pages by id, so memory stays flat). */
export async function rawConnection(target) {
  if (/^postgres(ql)?:\/\//.test(target)) {
    const pg = require('pg')
    const client = new pg.Client({ connectionString: target })
    await client.connect()
    const text = (q) => {
      let i = 0
      return q.replace(/\?/g, () => `$${++i}`)
    }
    const all = async (q, params = []) => (await client.query(text(q), params)).rows
    return {
      kind: 'postgres',
      all,
      get: async (q, params = []) => (await all(q, params))[0],
      exec: (q) => client.query(q),
      close: () => client.end()
    }
  }
  const Database = require('better-sqlite3')
  const db = new Database(target)
  const statements = new Map()
  const prepared = (q) => statements.get(q) ?? statements.set(q, db.prepare(q)).get(q)
  return {
    kind: 'sqlite',
    handle: db,
    all: async (q, params = []) => prepared(q).all(...params),
    get: async (q, params = []) => prepared(q).get(...params),
    iterate: (q, params = []) => prepared(q).iterate(...params),
    exec: async (q) => db.exec(q),
    close: async () => db.close()
  }
}

/** Rows of `select … where … and <idColumn> > ? order by <idColumn> limit n`, page after page. */
export async function* pagesById(raw, query, params = [], idColumn = 'id', size = 5000) {
  let last = 0
  for (;;) {
    const rows = await raw.all(`${query} and ${idColumn} > ? order by ${idColumn} limit ${size}`, [...params, last])
    if (rows.length === 0) return
    yield rows
    last = Number(rows[rows.length - 1].id)
  }
}

/** Every row of a query, iterated (SQLite) or read in pages by id (PostgreSQL). */
async function* rowsOf(raw, query, params, idColumn) {
  if (raw.iterate) yield* raw.iterate(`${query} order by ${idColumn}`, params)
  else for await (const rows of pagesById(raw, query, params, idColumn)) yield* rows
}

const IN_FORCE = `(select id from budget_version where project_id = ? and status in ('approved', 'registered')
  and effective_date <= ? order by effective_date desc, id desc limit 1)`

/** budget.spending by hand: the lines in force with what is posted on each. */
export async function spendingByHand(raw, projectId, asOf) {
  const lines = await raw.all(
    `select l.id, l.year, l.title, l.category_key, f.amount_ore from budget_line_figures f join budget_line l on l.id = f.budget_line_id
     where f.version_id = ${IN_FORCE}`,
    [projectId, asOf]
  )
  const spent = await raw.all(
    'select budget_line_id, sum(amount_ore) as spent from posting where project_id = ? and posting_date <= ? group by budget_line_id',
    [projectId, asOf]
  )
  return { lines, spent }
}

/** A ledger page by hand: the page with its joins, and the totals. */
export async function ledgerPageByHand(raw, projectId, offset) {
  const page = await raw.all(
    `select p.*, l.title, l.year, s.name, r.id as reversed_by from posting p join budget_line l on l.id = p.budget_line_id
     left join staff s on s.id = p.staff_id left join posting r on r.reverses_posting_id = p.id
     where p.project_id = ? order by p.posting_date, p.id limit 100 offset ?`,
    [projectId, offset]
  )
  const totals = await raw.get('select count(*) as n, sum(amount_ore) as ore, sum(minutes) as minutes from posting where project_id = ?', [projectId])
  const byLine = await raw.all('select budget_line_id, sum(amount_ore), sum(minutes) from posting where project_id = ? group by budget_line_id', [projectId])
  return { page, totals, byLine }
}

/** The whole ledger by hand (what `ledger --json` prints). */
export async function ledgerAllByHand(raw, projectId) {
  return raw.all(
    `select p.*, l.title, l.year, s.name, r.id as reversed_by from posting p join budget_line l on l.id = p.budget_line_id
     left join staff s on s.id = p.staff_id left join posting r on r.reverses_posting_id = p.id where p.project_id = ? order by p.posting_date, p.id`,
    [projectId]
  )
}

/** The monthly KPIs by hand: the effort group's statuses counted per month. */
export async function kpiByHand(raw, projectId) {
  const t = raw.kind === 'postgres' ? (c) => `(${c})::int` : (c) => c
  return raw.all(
    `select s.month, count(*) as n, sum(${t('s.act_paid_hours = 1 or s.act_education_su = 1')}) as a,
       sum(${t('s.act_work_placement = 1 or s.act_wage_subsidy = 1 or s.act_paid_hours = 1')}) as b,
       sum(s.passive) as passive, sum(s.job_plan) as plan, sum(s.paid_hours_minutes) as minutes
     from participant_status s join participant p on p.id = s.participant_id
     where s.project_id = ? and p.intake_group = 1 group by s.month order by s.month`,
    [projectId]
  )
}

/** The monthly balance per budget line by hand (what `ledger.monthly` gives). */
export async function monthlyByHand(raw, projectId) {
  return raw.all(
    `select substr(posting_date, 1, 7) as month, budget_line_id, sum(amount_ore) as ore, sum(minutes) as minutes, count(*) as n
     from posting where project_id = ? group by substr(posting_date, 1, 7), budget_line_id order by 1, 2`,
    [projectId]
  )
}

/** The quarterly pack's figures by hand: the queries its sections need, as a programmer would write them. */
export async function quarterlyByHand(raw, projectId, quarter) {
  const [from, to, previousTo] = quarter
  await spendingByHand(raw, projectId, to)
  await spendingByHand(raw, projectId, previousTo)
  await kpiByHand(raw, projectId)
  // The focus list: each open participant's latest status up to the quarter's end.
  await raw.all(
    `select p.id, p.pseudonym, s.* from participant p left join participant_status s on s.participant_id = p.id
       and s.month = (select max(month) from participant_status x where x.participant_id = p.id and x.month <= ?)
     where p.project_id = ? and (p.exit_date is null or p.exit_date > ?)`,
    [to.slice(0, 7), projectId, to]
  )
  await raw.all(
    `select passive_reason, count(*) from participant_status where project_id = ? and month between ? and ? and passive = 1 group by passive_reason`,
    [projectId, from.slice(0, 7), to.slice(0, 7)]
  )
  await raw.all('select * from meeting where project_id = ? and meeting_date between ? and ? order by meeting_date', [projectId, from, to])
  await raw.all(
    `select m.staff_id, m.month, m.status, sum(e.minutes) from time_entry e left join time_month m on m.staff_id = e.staff_id
       and m.month = substr(e.entry_date, 1, 7) where e.project_id = ? and e.entry_date <= ? group by e.staff_id, substr(e.entry_date, 1, 7), m.staff_id, m.month, m.status`,
    [projectId, to]
  )
}

/** The same rows the revisor export writes (postings, hours, months, audit trail), as CSV in a plain loop. */
export async function csvByHand(raw, projectId, file) {
  const fd = fs.openSync(file, 'w')
  for (const [query, idColumn] of [
    ['select p.*, l.title from posting p join budget_line l on l.id = p.budget_line_id where p.project_id = ?', 'p.id'],
    [
      'select e.*, s.name, a.name as activity from time_entry e join staff s on s.id = e.staff_id join time_activity a on a.id = e.activity_id where e.project_id = ?',
      'e.id'
    ],
    ['select * from time_month where project_id = ?', 'id'],
    ['select * from audit_log where project_id = ?', 'id']
  ]) {
    let buffer = ''
    for await (const r of rowsOf(raw, query, [projectId], idColumn)) {
      buffer += `${Object.values(r).join(';')}\r\n`
      if (buffer.length > 65536) {
        fs.writeSync(fd, buffer)
        buffer = ''
      }
    }
    fs.writeSync(fd, buffer)
  }
  fs.closeSync(fd)
}

/** Recomputes the audit chain by hand: each entry's SHA-256 over the previous hash and its fields. */
export async function chainByHand(raw) {
  let prev = '0'.repeat(64)
  let n = 0
  const fields = ['action', 'actor_name', 'actor_role', 'after_json', 'at', 'before_json', 'entity', 'entity_id', 'os_user', 'project_id', 'reason']
  const check = (e) => {
    const payload = {}
    for (const f of fields) payload[f] = e[f] === undefined ? null : f === 'project_id' && e[f] !== null ? Number(e[f]) : e[f]
    const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(payload, fields)).digest('hex')
    if (hash !== e.hash) throw new Error(`chain by hand: entry ${e.id} differs`)
    prev = hash
    n++
  }
  for await (const e of rowsOf(raw, 'select * from audit_log where 1 = 1', [], 'id')) check(e)
  return n
}

/**
 * The raw insert of the same rows with their audit trail: one prepared insert per table, one
 * transaction, each row's audit entry hashed into the chain, and committed, as an import is (a
 * commit writes the rows to the file; the baseline had rolled back and so never paid for that).
 * Returns where the database stood before, for undoRawInsert (SQLite).
 */
export function rawInsertByHand(raw, rows) {
  const db = raw.handle
  const ins = db.prepare(
    'insert into time_entry (project_id, staff_id, entry_date, activity_id, minutes, note, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const aud = db.prepare(
    `insert into audit_log (at, os_user, actor_name, actor_role, project_id, entity, entity_id, action, before_json, after_json, reason, prev_hash, hash)
     values (?, ?, null, null, ?, 'time_entry', ?, 'import', null, ?, null, ?, ?)`
  )
  db.exec('begin immediate')
  const mark = {
    entry: db.prepare("select seq from sqlite_sequence where name = 'time_entry'").get()?.seq ?? 0,
    audit: db.prepare("select seq from sqlite_sequence where name = 'audit_log'").get()?.seq ?? 0
  }
  try {
    let prev = db.prepare('select hash from audit_log order by id desc limit 1').get()?.hash ?? '0'.repeat(64)
    const at = new Date().toISOString()
    for (const e of rows) {
      const id = Number(ins.run(e.project_id, e.staff_id, e.entry_date, e.activity_id, e.minutes, e.note, at, at).lastInsertRowid)
      const after = JSON.stringify({ ...e, id, created_at: at, updated_at: at })
      const hash = createHash('sha256').update(prev).update('\n').update(`${at}|${id}|${after}`).digest('hex')
      aud.run(at, 'bench', e.project_id, String(id), after, prev, hash)
      prev = hash
    }
    db.exec('commit')
  } catch (e) {
    if (db.inTransaction) db.exec('rollback')
    throw e
  }
  return mark
}

/**
 * Takes away what rawInsertByHand wrote (not timed): its rows and audit entries, and the counters of
 * handed-out ids set back, so the database is as it was (the chain ends where it ended, as verify checks).
 */
export function undoRawInsert(raw, mark) {
  const db = raw.handle
  db.transaction(() => {
    db.prepare('delete from audit_log where id > ?').run(mark.audit)
    db.prepare('delete from time_entry where id > ?').run(mark.entry)
    db.prepare("update sqlite_sequence set seq = ? where name = 'audit_log'").run(mark.audit)
    db.prepare("update sqlite_sequence set seq = ? where name = 'time_entry'").run(mark.entry)
  })()
}
