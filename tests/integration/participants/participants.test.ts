import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { addParticipants, smallProject } from './helpers'

let rt: TestRuntime
beforeEach(async () => {
  rt = await createTestRuntime({ now: '2020-06-15T10:00:00.000Z' })
})
afterEach(async () => {
  await rt.close()
})

describe('participants', () => {
  it('refuses a CPR number in any text field with a Danish message naming the field', async () => {
    const { projectId } = await smallProject(rt)
    const base = { projectId, pseudonym: 'Borger 001', intakeDate: '2020-02-03', intakeGroup: 1 as const }
    let e = await rt.callError('participants.create', { ...base, pseudonym: '010190-1234' })
    expect(e.code).toBe('validation')
    expect(e.field).toBe('pseudonym')
    expect(e.message).toBe('Feltet «Pseudonym» ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer.')
    e = await rt.callError('participants.create', { ...base, caseNumber: '0101901234' })
    expect(e.message).toContain('Feltet «Sagsnummer» ligner et CPR-nummer')
    e = await rt.callError('participants.create', { ...base, note: 'Kontakt via 290200-4123' })
    expect(e.message).toContain('Feltet «Note» ligner et CPR-nummer')
    // Not a real date: accepted.
    const ok = await rt.call('participants.create', { ...base, caseNumber: '290201-1234' })
    expect(ok.caseNumber).toBe('290201-1234')
    expect((await rt.call('participants.list', { projectId })).length).toBe(1)
  })

  it('keeps pseudonyms unique, the job broker a staff member, the exit with a reason after intake', async () => {
    const { projectId, brokers } = await smallProject(rt)
    const [id] = await addParticipants(rt, projectId, 1, { jobBrokerId: brokers[0]! })
    expect((await rt.callError('participants.create', { projectId, pseudonym: 'borger 001', intakeDate: '2020-02-03', intakeGroup: 1 })).message).toBe(
      'Feltet «Pseudonym»: «borger 001» bruges allerede af en anden deltager i projektet.'
    )
    expect((await rt.callError('participants.create', { projectId, pseudonym: 'X', intakeDate: '2019-02-03', intakeGroup: 1 })).field).toBe('intakeDate')
    const upd = { projectId, participantId: id!, pseudonym: 'Borger 001', intakeDate: '2020-01-15', intakeGroup: 1 as const }
    expect((await rt.callError('participants.update', { ...upd, jobBrokerId: 99999 })).message).toBe(
      'Feltet «Jobformidler» skal være en medarbejder i projektet.'
    )
    expect((await rt.callError('participants.update', { ...upd, exitDate: '2020-05-01' })).field).toBe('exitReason')
    expect((await rt.callError('participants.update', { ...upd, exitDate: '2020-01-01', exitReason: 'job' })).field).toBe('exitDate')
    const p = await rt.call('participants.update', { ...upd, jobBrokerId: brokers[1]!, exitDate: '2020-05-20', exitReason: 'job', reason: 'Fået job' })
    expect(p.jobBrokerName).toBe('Bo Dahl')
    expect(p.open).toBe(false)
    // FSM2: a course ended in job still counts in the effort group.
    expect(p.inEffortGroup).toBe(true)
    const trail = await rt.call('audit.list', { entity: 'participant', entityId: String(id) })
    expect(trail[0]!.reason).toBe('Fået job')
  })

  it('docs/domain.md rule 6 «The effort group» through the API: a later move to group 3 keeps the count; group 2 at intake never counts; moving away leaves', async () => {
    const { projectId } = await smallProject(rt)
    const [a, b] = await addParticipants(rt, projectId, 2)
    const [c] = await addParticipants(rt, projectId, 1, { intakeGroup: 2 }, 3)
    const moved = await rt.call('participants.groupChange.add', { projectId, participantId: a!, changeDate: '2020-03-01', toGroup: 3 })
    expect(moved.currentGroup).toBe(3)
    expect(moved.inEffortGroup).toBe(true)
    expect((await rt.callError('participants.groupChange.add', { projectId, participantId: a!, changeDate: '2020-04-01', toGroup: 3 })).field).toBe('toGroup')
    const away = await rt.call('participants.update', {
      projectId,
      participantId: b!,
      pseudonym: 'Borger 002',
      intakeDate: '2020-01-15',
      intakeGroup: 1,
      exitDate: '2020-04-10',
      exitReason: 'movedAway'
    })
    expect(away.inEffortGroup).toBe(false)
    const list = await rt.call('participants.list', { projectId })
    expect(list.find((p) => p.id === c)!.inEffortGroup).toBe(false)
  })

  it('deletes a participant entered by mistake with its statuses, audited with a reason', async () => {
    const { projectId } = await smallProject(rt)
    const [id] = await addParticipants(rt, projectId, 1)
    await rt.call('participants.month.save', { projectId, month: '2020-02', rows: [{ participantId: id!, activities: ['workPlacement'] }] })
    await rt.call('participants.delete', { projectId, participantId: id!, reason: 'Oprettet to gange' })
    expect(await rt.call('participants.list', { projectId })).toEqual([])
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
    const trail = await rt.call('audit.list', { projectId, entity: 'participant_status' })
    expect(trail[0]!.action).toBe('delete')
    expect(trail[0]!.reason).toBe('Oprettet to gange')
  })
})

describe("a month's statuses for a caseload", () => {
  it('saves all rows in one call, or none with every bad row named', async () => {
    const { projectId, brokers } = await smallProject(rt)
    const ids = await addParticipants(rt, projectId, 3, { jobBrokerId: brokers[0]! })
    const e = await rt.callError('participants.month.save', {
      projectId,
      month: '2020-03',
      rows: [
        { participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 720, cvUpdatedOn: '2020-03-02', jobPlan: true, jobGoal: 'Lager' },
        { participantId: ids[1]!, passive: true },
        { participantId: ids[2]!, activities: ['paidHours'] }
      ]
    })
    expect(e.message).toBe('Månedens status blev ikke gemt: 2 rækker har fejl. Ret dem og gem igen.')
    expect(e.details).toEqual([
      { row: 2, field: 'passiveReason', message: 'Borger 002: Feltet «Årsag til passiv» skal udfyldes, når måneden er passiv.' },
      { row: 3, field: 'paidHoursMinutes', message: 'Borger 003: Feltet «Løntimer (timer)» skal være flere end 0 timer, når der er løntimer.' }
    ])
    expect((await rt.call('participants.month.get', { projectId, month: '2020-03' })).rows.every((r) => r.status === null)).toBe(true)

    const ok = await rt.call('participants.month.save', {
      projectId,
      month: '2020-03',
      rows: [
        { participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 720, cvUpdatedOn: '2020-03-02', jobPlan: true, jobGoal: 'Lager' },
        { participantId: ids[1]!, passive: true, passiveReason: 'misbrug' },
        { participantId: ids[2]!, activities: ['workPlacement'] }
      ]
    })
    expect(ok).toEqual({ created: 3, updated: 0, unchanged: 0, cleared: 0 })
    const month = await rt.call('participants.month.get', { projectId, month: '2020-03', jobBrokerId: brokers[0]! })
    expect(month.rows.map((r) => r.status?.passiveReason ?? null)).toEqual([null, 'Misbrug', null])
    expect(month.rows[0]!.status!.paidHoursMinutes).toBe(720)
    expect((await rt.call('participants.month.get', { projectId, month: '2020-03', jobBrokerId: brokers[1]! })).rows).toEqual([])
    // The next month offers March to copy from.
    expect((await rt.call('participants.month.get', { projectId, month: '2020-04' })).rows[0]!.previous!.activities).toEqual(['paidHours'])
    // Saving the same again changes nothing; a clear removes the status.
    const again = await rt.call('participants.month.save', {
      projectId,
      month: '2020-03',
      rows: [
        { participantId: ids[0]!, activities: ['paidHours'], paidHoursMinutes: 720, cvUpdatedOn: '2020-03-02', jobPlan: true, jobGoal: 'Lager' },
        { participantId: ids[2]!, clear: true }
      ]
    })
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 1, cleared: 1 })
  })

  it('refuses a CPR number typed in a row, naming the row', async () => {
    const { projectId } = await smallProject(rt)
    const [id] = await addParticipants(rt, projectId, 1)
    const e = await rt.callError('participants.month.save', {
      projectId,
      month: '2020-03',
      rows: [{ participantId: id!, activities: ['otherActivity'], jobGoal: 'Ring 0101901234' }]
    })
    expect(e.message).toBe('Feltet «Jobmål (række 1)» ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer.')
  })
})
