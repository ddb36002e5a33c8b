// The bench's dataset: a large jobcenter's projects built from a fixed seed through the product's own
// API (the warm service registry) and its bulk importers, with files generated here as a finance
// system, a time system and a caseworker's spreadsheet would write them. At BENCH_SCALE=1: 20
// projects, 400 staff, 500.000 time entries, ~50.000 postings (the salary the month approvals post
// plus imported invoices), 6.000 participants × 36 months of status, 200 meetings.

/** A fixed-seed generator (the same dataset every run). */
export function seeded(seed) {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
}

export async function call(rt, method, input) {
  const r = await rt.registry.call(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}${r.error.details ? ` ${JSON.stringify(r.error.details.slice(0, 3))}` : ''}`)
  return r.data
}

const b64 = (text) => Buffer.from(text, 'utf8').toString('base64')
const danishDate = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
const kr = (ore) => `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`

export const PERIOD = { start: '2020-01-01', end: '2022-12-31', years: [2020, 2021, 2022] }
export const MONTHS = PERIOD.years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`))
const ACTIVITIES = ['Borgerrettet indsats', 'Virksomhedskontakt', 'Administration og dokumentation']
/** The months whose hours are approved (and so posted): all but the last quarter, which is still open. */
const APPROVED_MONTHS = MONTHS.slice(0, -3)

function workingDays() {
  const out = []
  for (let d = new Date(`${PERIOD.start}T00:00:00Z`); d <= new Date(`${PERIOD.end}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10))
  }
  return out
}

/** The sizes at a scale: 1 = the large jobcenter of issue #14. */
export function sizesAt(scale) {
  const projects = 20
  const staffPerProject = Math.max(1, Math.round((400 * scale) / projects))
  return {
    scale,
    projects,
    staffPerProject,
    entriesPerStaff: 1250, // 500.000 / 400: a staff member's ~1,7 activities a working day for three years
    postings: Math.round(50000 * scale),
    participantsPerProject: Math.max(1, Math.round((6000 * scale) / projects)),
    meetingsPerProject: Math.max(1, Math.round((200 * scale) / projects))
  }
}

/** A time system's export: one row per staff member, day and activity, half hours. */
export function hoursCsv(staffNames, entriesPerStaff, random, days = workingDays()) {
  const lines = ['Medarbejder;Dato;Aktivitet;Timer']
  for (const name of staffNames) {
    let n = 0
    for (let i = 0; i < days.length && n < entriesPerStaff; i++) {
      // About 1,7 activities a day on average, never more than the three.
      const k = Math.min(3, 1 + (random() < 0.55 ? 1 : 0) + (random() < 0.12 ? 1 : 0))
      const first = Math.floor(random() * ACTIVITIES.length)
      for (let j = 0; j < k && n < entriesPerStaff; j++, n++) {
        const halfHours = 2 + Math.floor(random() * 5)
        lines.push(`${name};${danishDate(days[i])};${ACTIVITIES[(first + j) % 3]};${Math.floor(halfHours / 2)},${halfHours % 2 ? 5 : 0}`)
      }
    }
  }
  return { csv: `${lines.join('\r\n')}\r\n`, count: lines.length - 1 }
}

/** A finance system's list of invoices on the project's lump-sum lines. */
export function postingsCsv(count, random, tag) {
  const lines = ['Dato;Budgetpost;Beløb;Bilag;Tekst']
  for (let i = 0; i < count; i++) {
    const year = PERIOD.years[Math.floor(random() * 3)]
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    const title = random() < 0.5 ? 'Revision' : 'Progressionsværktøj (licens)'
    lines.push(`${danishDate(date)};${title};${kr(10000 + Math.floor(random() * 900000))};${tag}-${i + 1};Faktura ${i + 1}`)
  }
  return `${lines.join('\r\n')}\r\n`
}

/** The caseworkers' monthly status sheet: each participant, each month from intake. */
export function statusCsv(pseudonyms, random) {
  const lines = ['Pseudonym;Måned;Løntimer;Virksomhedspraktik;Ordinær uddannelse (SU);Anden aktivitet;Passiv;Årsag til passiv;Jobrettet plan']
  for (const p of pseudonyms) {
    for (const m of MONTHS) {
      const r = random()
      const paid = r < 0.25 ? String(4 + Math.floor(random() * 60)) : ''
      const placement = r >= 0.25 && r < 0.45 ? 'ja' : 'nej'
      const education = r >= 0.45 && r < 0.55 ? 'ja' : 'nej'
      const other = r >= 0.55 && r < 0.9 ? 'ja' : 'nej'
      const passive = r >= 0.9 ? 'ja' : 'nej'
      const reason = passive === 'ja' ? 'Sygdom eller helbred' : ''
      lines.push(`${p};${m};${paid};${placement};${education};${other};${passive};${reason};${random() < 0.7 ? 'ja' : 'nej'}`)
    }
  }
  return { csv: `${lines.join('\r\n')}\r\n`, count: lines.length - 1 }
}

/** A project as a project leader sets it up: master data, staff with their rates, the approved budget. */
export async function createProject(rt, { no, poolId, staffCount, random }) {
  const project = await call(rt, 'projects.create', {
    poolId,
    municipality: 'Benchrup Kommune',
    title: `Flere i job ${no}`,
    caseNumber: `15.00.00-A00-${Number(no)}-20`,
    responsible: `Projektleder ${no}`,
    periodStart: PERIOD.start,
    periodEnd: PERIOD.end,
    amountAppliedOre: 2_000_000_000,
    grantAmountOre: 2_000_000_000,
    grantByYear: []
  })
  await call(rt, 'time.settings.update', {
    projectId: project.id,
    daysOff: { christmasEveOff: true, newYearsEveOff: true, mayDayAfternoonOff: false, constitutionDayAfternoonOff: false },
    requireEmployeeSignature: false
  })
  const staff = []
  for (let i = 0; i < staffCount; i++) {
    const s = await call(rt, 'staff.create', {
      projectId: project.id,
      name: `Jobformidler ${no}-${String(i + 1).padStart(3, '0')}`,
      functionKey: 'jobBroker',
      title: 'Jobformidler',
      weeklyMinutes: 2220,
      projectShareBp: 5000
    })
    await call(rt, 'staff.rates.add', {
      staffId: s.id,
      validFrom: PERIOD.start,
      salaryParts: [
        { key: 'aIncome', amountOre: 40_000_000 + Math.floor(random() * 8_000_000) },
        { key: 'pension', amountOre: 6_000_000 },
        { key: 'atp', amountOre: 340_800 }
      ],
      note: ''
    })
    staff.push(s)
  }
  const draft = await call(rt, 'budget.createDraft', { projectId: project.id, title: 'Oprindeligt budget', reason: '' })
  for (const year of PERIOD.years) {
    const lines = [
      { categoryKey: 'jobBroker', title: 'Jobformidlere', staffCount, hourlyRateOre: 25000, minutes: 962 * 60, note: 'Halv tid' },
      { categoryKey: 'audit', title: 'Revision', amountOre: 5_000_000 * staffCount, note: 'Revisors honorar' },
      { categoryKey: 'progressionTool', title: 'Progressionsværktøj (licens)', amountOre: 2_000_000 * staffCount, note: 'Licens' }
    ]
    for (const l of lines) await call(rt, 'budget.addLine', { versionId: draft.id, year, ...l })
  }
  await call(rt, 'budget.approve', {
    versionId: draft.id,
    decidedDate: '2019-12-15',
    starReference: `STAR-${no}`,
    decisionNote: '',
    actorName: 'STAR',
    actorRole: 'Tilskudsforvalter'
  })
  return { id: project.id, staff }
}

/**
 * Builds the dataset into the runtime's database. `phase(name, ms)` is told how long each part took.
 * Returns the project ids and what was made.
 */
export async function buildDataset(rt, sizes, { seed = 20261203, phase = () => {} } = {}) {
  const random = seeded(seed)
  const days = workingDays()
  const timed = async (name, fn) => {
    const t = process.hrtime.bigint()
    const r = await fn()
    phase(name, Number(process.hrtime.bigint() - t) / 1e6)
    return r
  }
  const pools = await call(rt, 'pools.list', {})
  const poolId = pools.find((p) => p.key === 'FSM2').id
  const projects = []
  const made = { timeEntries: 0, postings: 0, participants: 0, statuses: 0, meetings: 0, approvals: 0 }
  const salaryPerProject = sizes.staffPerProject * APPROVED_MONTHS.length
  const invoicesPerProject = Math.max(1, Math.round(sizes.postings / sizes.projects) - salaryPerProject)

  for (let p = 0; p < sizes.projects; p++) {
    const no = String(p + 1).padStart(2, '0')
    const project = await timed('projects, staff, rates, budget', () => createProject(rt, { no, poolId, staffCount: sizes.staffPerProject, random }))
    projects.push(project.id)

    // Hours: the time system's file for the whole period, through the hours import.
    const hours = hoursCsv(
      project.staff.map((s) => s.name),
      sizes.entriesPerStaff,
      random,
      days
    )
    const imported = await timed('hours import', () =>
      call(rt, 'time.import.hours', { projectId: project.id, fileName: `timer-${no}.csv`, contentBase64: b64(hours.csv) })
    )
    if (imported.imported !== hours.count) throw new Error(`project ${no}: imported ${imported.imported} of ${hours.count} hours`)
    made.timeEntries += imported.imported

    // The manager approves each month (all but the last quarter), which posts the salary.
    await timed('month approvals', async () => {
      for (const month of APPROVED_MONTHS) {
        for (const s of project.staff) {
          await call(rt, 'time.month.approve', {
            projectId: project.id,
            staffId: s.id,
            month,
            approverName: `Leder ${no}`,
            approverRole: 'Afdelingsleder',
            statementText: ''
          })
          made.approvals++
        }
      }
    })

    // Invoices from the finance system, through the postings import.
    const postings = await timed('postings import', () =>
      call(rt, 'ledger.import', { projectId: project.id, fileName: `faktura-${no}.csv`, contentBase64: b64(postingsCsv(invoicesPerProject, random, `F${no}`)) })
    )
    made.postings += postings.imported + salaryPerProject

    // Participants and their monthly statuses.
    const pseudonyms = []
    await timed('participants', async () => {
      for (let i = 0; i < sizes.participantsPerProject; i++) {
        const pseudonym = `D${no}-${String(i + 1).padStart(4, '0')}`
        await call(rt, 'participants.create', {
          projectId: project.id,
          pseudonym,
          intakeDate: PERIOD.start,
          intakeGroup: 1,
          jobBrokerId: project.staff[i % project.staff.length].id
        })
        pseudonyms.push(pseudonym)
      }
    })
    made.participants += pseudonyms.length
    const statuses = statusCsv(pseudonyms, random)
    const st = await timed('status import', () =>
      call(rt, 'participants.status.import', { projectId: project.id, fileName: `status-${no}.csv`, contentBase64: b64(statuses.csv) })
    )
    made.statuses += st.rows

    // The steering group meets every quarter or so.
    await timed('meetings', async () => {
      const group = await call(rt, 'meetings.groups.save', {
        projectId: project.id,
        kind: 'steering',
        name: 'Styregruppe',
        description: '',
        cadenceMonths: 3
      })
      for (let i = 0; i < sizes.meetingsPerProject; i++) {
        const month = MONTHS[Math.floor((i * MONTHS.length) / sizes.meetingsPerProject)]
        await call(rt, 'meetings.create', {
          groupId: group.id,
          title: `Styregruppemøde ${i + 1}`,
          date: `${month}-14`,
          startTime: '09:00',
          endTime: '11:00',
          place: 'Rådhuset',
          guests: ''
        })
        made.meetings++
      }
    })
  }
  return { projects, made }
}
