// Who may do what on the team database (DIALECT=postgres only), enforced by PostgreSQL itself: the
// roles are made with resources/sql/team-roles.sql exactly as the README shows it, people are login
// roles in those groups, and project_access says which projects a project leader or approver may
// change. Each person then works through the app's own services, and the database refuses.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiInput, ApiOutput, MethodName } from '@shared/api/contract'
import type { ApiError } from '@shared/errors'
import { createRuntime, type Runtime } from '../../../server/runtime'
import { executeOutsideApp, testDialect } from '../../support/dialect'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { cellsFor, createFixture, type Fixture } from '../time/helpers'
import { projectInput } from './helpers'

const ROLES_SQL = path.resolve(__dirname, '../../../resources/sql/team-roles.sql')

describe.runIf(testDialect() === 'postgres')('roles on the team database', () => {
  let owner: TestRuntime
  let f: Fixture
  let otherProject: number
  const people: Runtime[] = []
  const suffix = Date.now().toString(36)
  const anne = `anne_${suffix}` // project leader of the fixture's project
  const karin = `karin_${suffix}` // approver in every project
  const hansen = `hansen_${suffix}` // revisor

  async function as(role: string): Promise<Runtime> {
    const url = new URL(owner.file)
    url.username = role
    const rt = await createRuntime({ databaseFile: url.toString(), now: () => new Date('2020-03-02T09:00:00.000Z'), chromiumPath: null, log: () => {} })
    people.push(rt)
    return rt
  }
  /** One call as that person: the data, or the error value the person would see. */
  const call = async <N extends MethodName>(rt: Runtime, method: N, input: ApiInput<N>) =>
    (await rt.registry.call(method, input)) as { ok: true; data: ApiOutput<N> } | { ok: false; error: ApiError }

  beforeAll(async () => {
    owner = await createTestRuntime({ now: '2020-02-15T10:00:00.000Z' })
    f = await createFixture(owner)
    otherProject = (await owner.call('projects.create', projectInput('Et andet projekt'))).id
    const activity = (await owner.call('time.settings.get', { projectId: f.projectId })).activities[0]!.id
    await owner.call('time.week.save', { projectId: f.projectId, staffId: f.jonas, weekStart: '2020-02-03', cells: cellsFor(activity, { '2020-02-03': 444 }) })
    await owner.call('time.month.sign', { projectId: f.projectId, staffId: f.jonas, month: '2020-02', signerName: 'Jonas Holm' })
    // The IT department's SQL, as the README shows it …
    await executeOutsideApp(owner.file, fs.readFileSync(ROLES_SQL, 'utf8'))
    // … and its people, as the README's example does.
    await executeOutsideApp(
      owner.file,
      `create role ${anne} login in role puljestyr_projektleder;
       insert into project_access (project_id, role_name) values (${f.projectId}, '${anne}');
       create role ${karin} login in role puljestyr_godkender;
       insert into project_access (project_id, role_name) values (null, '${karin}');
       create role ${hansen} login in role puljestyr_revisor;`
    )
  }, 120_000)

  afterAll(async () => {
    for (const rt of people.splice(0)) await rt.close()
    await owner.close()
  })

  it('the revisor reads and sees the export’s figures, and the database refuses its writes with a Danish message', async () => {
    const revisor = await as(hansen)
    const list = await call(revisor, 'projects.list', {})
    expect(list.ok && list.data.map((p) => p.title).sort()).toEqual(['Et andet projekt', 'Flere i job'])
    const summary = await call(revisor, 'export.summary', { projectId: f.projectId })
    expect(summary.ok).toBe(true)
    const write = await call(revisor, 'projects.create', projectInput('Revisors eget'))
    expect(write).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(!write.ok && write.error.message).toBe(
      'Fællesdatabasen afviste ændringen: din databasebruger må kun læse (tabellen project). Intet er gemt. Bed IT om rollen som projektleder eller godkender, hvis du skal kunne ændre.'
    )
    expect(await owner.call('projects.list', {})).toHaveLength(2)
  })

  it('a project leader changes their own project, the trail names their database user, and another project’s rows are refused', async () => {
    const leader = await as(anne)
    const own = await call(leader, 'staff.create', staffInput(f.projectId, 'Sara Lund'))
    expect(own.ok).toBe(true)
    const [entry] = await owner.call('audit.list', { projectId: f.projectId, entity: 'staff', limit: 1 })
    expect(entry).toMatchObject({ action: 'create', osUser: anne })

    const other = await call(leader, 'staff.create', staffInput(otherProject, 'Ole Olsen'))
    expect(!other.ok && other.error).toEqual({
      code: 'unauthorized',
      message:
        'Fællesdatabasen afviste ændringen: din databasebruger har ikke adgang til at ændre dette projekt (tabellen staff). Intet er gemt. Bed IT om adgang til projektet.'
    })
    // A change of a row the leader can read but not write (PostgreSQL's policy silently skips it).
    const rename = await call(leader, 'projects.update', { projectId: otherProject, ...projectInput('Overtaget') })
    expect(!rename.ok && rename.error.message).toMatch(
      /^Fællesdatabasen afviste ændringen: din databasebruger har ikke adgang til at ændre dette projekt \(tabellen project\)/
    )
    expect((await owner.call('projects.get', { projectId: otherProject })).title).toBe('Et andet projekt')
    expect((await owner.call('staff.list', { projectId: otherProject })).map((s) => s.name)).toEqual([])

    // A project the leader starts is theirs to go on with.
    const started = await call(leader, 'projects.create', projectInput('Annes nye projekt'))
    expect(started.ok).toBe(true)
    if (!started.ok) return
    expect((await call(leader, 'staff.create', staffInput(started.data.id, 'Ny medarbejder'))).ok).toBe(true)
  })

  it('the audit trail refuses an entry that names anyone but the user who logged in', async () => {
    const url = new URL(owner.file)
    url.username = anne
    await expect(
      executeOutsideApp(
        url.toString(),
        `insert into audit_log (at, os_user, project_id, entity, entity_id, action, prev_hash, hash) values ('2020-01-01', '${karin}', ${f.projectId}, 'staff', '1', 'update', 'x', 'y')`
      )
    ).rejects.toThrow(/puljestyr_audit_actor/)
  })

  it('an approver approves the month, which posts the salary; the trail names the approver’s database user; changing the budget is refused', async () => {
    const approver = await as(karin)
    const approved = await call(approver, 'time.month.approve', {
      projectId: f.projectId,
      staffId: f.jonas,
      month: '2020-02',
      approverName: 'Karin Berg',
      approverRole: 'Afdelingsleder'
    })
    expect(approved.ok && approved.data.status).toBe('approved')
    const ledger = await owner.call('ledger.list', { projectId: f.projectId })
    expect(ledger.postings.map((p) => [p.date, p.minutes, p.amountOre])).toEqual([['2020-02-29', 444, 222000]])
    const [entry] = await owner.call('audit.list', { projectId: f.projectId, entity: 'time_month', limit: 1 })
    expect(entry).toMatchObject({ action: 'approve', actorName: 'Karin Berg', osUser: karin })
    const budget = await call(approver, 'staff.create', staffInput(f.projectId, 'Godkenderens medarbejder'))
    expect(!budget.ok && budget.error.message).toMatch(/^Fællesdatabasen afviste ændringen: din databasebruger må kun læse \(tabellen staff\)/)
    expect((await owner.call('audit.verify', {})).findings).toEqual([])
  })
})

function staffInput(projectId: number, name: string): ApiInput<'staff.create'> {
  return {
    projectId,
    name,
    functionKey: 'jobBroker',
    title: 'Jobformidler',
    weeklyMinutes: 2220,
    projectShareBp: 5000,
    employedFrom: '2020-01-01',
    employedTo: null,
    note: ''
  }
}
