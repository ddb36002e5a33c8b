// `npm run bench`: times what a user waits for, each against a hand-written SQL baseline in the same
// run, on a dataset built from a fixed seed through the product's own services and importers, with
// the built app (run `npm run build` first). BENCH_SCALE=0.1 runs a tenth. Prints a table and writes
// bench/results.json. Performance is measured here, never by timed tests.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { setInterval, clearInterval } from 'node:timers'

const require = createRequire(import.meta.url)
const Database = require('better-sqlite3')
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cliFile = path.join(root, 'bin', 'puljestyr.cjs')
const { openRuntime } = require(path.join(root, 'out', 'node', 'cli.cjs'))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-bench-'))
const runs = Number(process.env.BENCH_RUNS ?? 5)
const scale = Number(process.env.BENCH_SCALE ?? 1)
const results = []

// A fixed seed: the same dataset every run.
let seed = 20261203
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648

function median(samples) {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
async function timeIt(fn, n = runs) {
  const samples = []
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint()
    await fn(i)
    samples.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return median(samples)
}
function cli(args) {
  const r = spawnSync(process.execPath, [cliFile, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
  if (r.status !== 0) throw new Error(`puljestyr ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}
function row(operation, size, medianMs, baselineMs, target, extra = {}) {
  const ratio = baselineMs ? medianMs / baselineMs : null
  const holds = target.ratio !== undefined ? ratio !== null && ratio <= target.ratio : target.ms !== undefined ? medianMs <= target.ms : null
  results.push({
    operation,
    size,
    medianMs: Math.round(medianMs),
    baselineMs: baselineMs === null ? null : Math.round(baselineMs),
    ratio: ratio === null ? null : Number(ratio.toFixed(2)),
    target: target.text,
    holds,
    ...extra
  })
}

const call = async (rt, method, input) => {
  const r = await rt.registry.call(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data
}

// --- The dataset -------------------------------------------------------------------------------
const dbFile = path.join(dir, 'bench.db')
const rt = await openRuntime(dbFile)
const pools = await call(rt, 'pools.list', {})
const project = await call(rt, 'projects.create', {
  poolId: pools.find((p) => p.key === 'FSM2').id,
  municipality: 'Benchrup Kommune',
  title: 'Bench',
  caseNumber: '15.00.00-A00-9-26',
  responsible: 'Bench',
  periodStart: '2019-12-01',
  periodEnd: '2021-12-31',
  amountAppliedOre: 100000000,
  grantAmountOre: 100000000,
  grantByYear: []
})
const staffCount = Math.max(4, Math.round(20 * scale))
const staffNames = []
for (let i = 0; i < staffCount; i++) {
  const name = `Medarbejder ${String(i + 1).padStart(3, '0')}`
  await call(rt, 'staff.create', { projectId: project.id, name, functionKey: 'jobBroker', title: 'Jobformidler', weeklyMinutes: 2220, projectShareBp: 5000 })
  staffNames.push(name)
}
const days = []
for (let d = new Date('2019-12-02T00:00:00Z'); d <= new Date('2021-12-31T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
  if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10))
}
const activities = ['Borgerrettet indsats', 'Virksomhedskontakt', 'Administration og dokumentation']
function hoursCsv(rows) {
  let csv = 'Medarbejder;Dato;Aktivitet;Timer\n'
  const used = new Set()
  let n = 0
  while (n < rows) {
    const s = staffNames[Math.floor(random() * staffNames.length)]
    const day = days[Math.floor(random() * days.length)]
    const a = activities[Math.floor(random() * activities.length)]
    const k = `${s}|${day}|${a}`
    if (used.has(k)) continue
    used.add(k)
    const [y, m, dd] = day.split('-')
    csv += `${s};${dd}.${m}.${y};${a};${(1 + Math.floor(random() * 12) / 2).toFixed(1).replace('.', ',')}\n`
    n++
  }
  return { csv, count: n }
}

// --- import hours: through the importer vs one prepared insert with its audit chain --------------
const importRows = Math.round(50000 * scale)
const file = hoursCsv(Math.min(importRows, staffNames.length * days.length * 3 - 1))
const rssBefore = process.memoryUsage().rss
const t0 = process.hrtime.bigint()
const imported = await call(rt, 'time.import.hours', {
  projectId: project.id,
  fileName: 'timer.csv',
  contentBase64: Buffer.from(file.csv, 'latin1').toString('base64')
})
const importMs = Number(process.hrtime.bigint() - t0) / 1e6
const importRss = Math.max(process.memoryUsage().rss, rssBefore)
if (imported.imported !== file.count) throw new Error(`imported ${imported.imported} of ${file.count}`)
const entries = rt.database.handle.prepare('select * from time_entry where project_id = ? order by id').all(project.id)
const raw = new Database(path.join(dir, 'raw.db'))
raw.exec(
  'create table t (id integer primary key, project_id, staff_id, entry_date, activity_id, minutes, note, created_at, updated_at); create table a (id integer primary key, payload, prev_hash, hash)'
)
const rawMs = await timeIt(() => {
  raw.exec('delete from t; delete from a')
  const ins = raw.prepare(
    'insert into t (project_id, staff_id, entry_date, activity_id, minutes, note, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const aud = raw.prepare('insert into a (payload, prev_hash, hash) values (?, ?, ?)')
  raw.transaction(() => {
    let prev = '0'.repeat(64)
    for (const e of entries) {
      const id = ins.run(e.project_id, e.staff_id, e.entry_date, e.activity_id, e.minutes, e.note, e.created_at, e.updated_at).lastInsertRowid
      const payload = JSON.stringify({ ...e, id: Number(id) })
      const hash = createHash('sha256').update(prev).update(payload).digest('hex')
      aud.run(payload, prev, hash)
      prev = hash
    }
  })()
}, 3)
row(
  'import hours (registry)',
  `${file.count} rows`,
  importMs,
  rawMs,
  { ratio: 3, text: '≤ 3× raw insert with audit chain' },
  { peakRssMb: Math.round(importRss / 1048576) }
)

// --- ledger: the demo project plus imported postings, at two sizes --------------------------------
const demoFile = path.join(dir, 'demo.db')
cli(['demo', '--db', demoFile])
const demo = await openRuntime(demoFile)
const handle = demo.database.handle
let refNo = 0
async function addPostings(n) {
  let csv = 'Dato;Budgetpost;Beløb;Bilag;Tekst\n'
  for (let i = 0; i < n; i++) {
    const day = `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}.${String(1 + Math.floor(random() * 12)).padStart(2, '0')}.2021`
    csv += `${day};Revision af slutregnskab;${(100 + Math.floor(random() * 9000)).toLocaleString('da-DK')},00;F-${++refNo};Bench\n`
  }
  await call(demo, 'ledger.import', { projectId: 1, fileName: `posteringer-${refNo}.csv`, contentBase64: Buffer.from(csv, 'utf8').toString('base64') })
}
const baselineLedgerPage = handle.prepare(
  `select p.*, l.title, l.year, s.name, r.id as reversed_by from posting p join budget_line l on l.id = p.budget_line_id
   left join staff s on s.id = p.staff_id left join posting r on r.reverses_posting_id = p.id
   where p.project_id = 1 order by p.posting_date, p.id limit 100 offset ?`
)
const baselineLedgerTotals = handle.prepare('select count(*), sum(amount_ore), sum(minutes) from posting where project_id = 1')
const baselineLedgerAll = handle.prepare(
  `select p.*, l.title, l.year, s.name, r.id as reversed_by from posting p join budget_line l on l.id = p.budget_line_id
   left join staff s on s.id = p.staff_id left join posting r on r.reverses_posting_id = p.id where p.project_id = 1 order by p.posting_date, p.id`
)
for (const size of [Math.round(5000 * scale), Math.round(50000 * scale)]) {
  const have = handle.prepare('select count(*) as n from posting where project_id = 1').get().n
  if (size > have) await addPostings(size - have)
  const n = handle.prepare('select count(*) as n from posting where project_id = 1').get().n
  const offset = Math.floor(n / 2)
  const pageMs = await timeIt(() => call(demo, 'ledger.list', { projectId: 1, limit: 100, offset }))
  const pageBase = await timeIt(() => {
    baselineLedgerPage.all(offset)
    baselineLedgerTotals.get()
  })
  row('ledger page (registry)', `${n} postings`, pageMs, pageBase, { ratio: 3, text: '≤ 3× hand SQL' })
  const jsonMs = await timeIt(() => cli(['ledger', '--db', demoFile, '--project', '1', '--json']), 3)
  const jsonBase = await timeIt(() => JSON.stringify(baselineLedgerAll.all()), 3)
  row('ledger --json (CLI)', `${n} postings`, jsonMs, jsonBase, { text: 'linear in size (compare the two sizes)' })

  // The revisor export (the UI's zip through the registry), its peak RSS sampled while it runs,
  // against writing the same rows (postings, approved hours, audit trail) as CSV in a plain loop.
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  const rssStart = process.memoryUsage().rss
  const exportMs = await timeIt(() => call(demo, 'export.revisor', { projectId: 1 }), 2)
  clearInterval(sampler)
  const baseFile = path.join(dir, 'baseline.csv')
  const exportBase = await timeIt(() => {
    const fd = fs.openSync(baseFile, 'w')
    for (const q of [
      'select * from posting where project_id = 1 order by posting_date, id',
      'select e.*, s.name from time_entry e join staff s on s.id = e.staff_id where e.project_id = 1 order by s.name, e.entry_date',
      'select * from audit_log where project_id = 1 order by id'
    ]) {
      for (const r of handle.prepare(q).iterate()) fs.writeSync(fd, `${Object.values(r).join(';')}\r\n`)
    }
    fs.closeSync(fd)
  }, 2)
  const auditRows = handle.prepare('select count(*) as n from audit_log where project_id = 1').get().n
  row(
    'export.revisor (registry)',
    `${n} postings, ${auditRows} audit entries`,
    exportMs,
    exportBase,
    { ratio: 4, text: '≤ 4× the same rows as CSV in a loop; RSS flat' },
    {
      peakRssMb: Math.round(Math.max(peak, rssStart) / 1048576)
    }
  )
}

// --- KPIs and the budget through the registry on the demo ------------------------------------------
const spendingMs = await timeIt(() => call(demo, 'budget.spending', { projectId: 1 }).catch(() => null))
row('budget.spending (registry)', 'demo', spendingMs, null, { text: 'reported' })
const statuses = handle.prepare('select count(*) as n from participant_status where project_id = 1').get().n
const kpiMs = await timeIt(() => call(demo, 'participants.kpi.monthly', { projectId: 1 }))
const kpiSql = handle.prepare(
  `select s.month, count(*), sum(s.act_paid_hours or s.act_education_su), sum(s.act_work_placement or s.act_wage_subsidy or s.act_paid_hours),
     sum(s.passive), sum(s.job_plan), sum(s.paid_hours_minutes)
   from participant_status s join participant p on p.id = s.participant_id where s.project_id = 1 and p.intake_group = 1 group by s.month`
)
const kpiBase = await timeIt(() => kpiSql.all())
row('participants.kpi.monthly (registry)', `${statuses} statuses`, kpiMs, kpiBase, { ratio: 3, text: '≤ 3× hand SQL' })
await demo.close()

// --- CLI start ------------------------------------------------------------------------------------
const nodeStart = await timeIt(() => spawnSync(process.execPath, ['-e', '0']))
const helpMs = await timeIt(() => cli(['--help']))
row('puljestyr --help', '–', helpMs, nodeStart, { ms: 150, text: '≤ 150 ms' })
const projectsMs = await timeIt(() => cli(['projects', '--db', demoFile]))
row('puljestyr projects', 'demo', projectsMs, nodeStart, { ms: 150, text: '≤ 150 ms' })
await rt.close()

// --- The table -------------------------------------------------------------------------------------
console.log(
  `Puljestyr bench, BENCH_SCALE=${scale}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`
)
console.log('| operation | size | median ms | baseline ms | ratio | target | holds |')
console.log('|---|---|---|---|---|---|---|')
for (const r of results) {
  console.log(
    `| ${r.operation}${r.peakRssMb ? ` (peak RSS ${r.peakRssMb} MB)` : ''} | ${r.size} | ${r.medianMs} | ${r.baselineMs ?? '–'} | ${r.ratio ?? '–'} | ${r.target} | ${r.holds === null ? '–' : r.holds ? 'yes' : 'no'} |`
  )
}
fs.mkdirSync(path.join(root, 'bench'), { recursive: true })
fs.writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify({ scale, cores: os.cpus().length, node: process.version, at: new Date().toISOString(), rows: results }, null, 2)}\n`
)
fs.rmSync(dir, { recursive: true, force: true })
