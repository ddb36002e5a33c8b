import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { meetingCadence } from '../../../services/meetings/cadence'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2022-03-01T10:00:00.000Z' })
  projectId = (await rt.call('demo.open', {})).projectId
})
afterAll(async () => {
  await rt.close()
})

describe('the demo project’s meetings', () => {
  it('has the seven roles of the steering group, chaired by Bente Hjorth, and an implementation group of middle managers', async () => {
    const groups = await rt.call('meetings.groups.list', { projectId })
    expect(groups.map((g) => [g.kind, g.name])).toEqual([
      ['steering', 'Styregruppe'],
      ['implementation', 'Implementeringsgruppe vedr. step up-indsatsen']
    ])
    const steering = groups[0]!
    expect(steering.members[0]).toMatchObject({ name: 'Bente Hjorth', role: 'chair', jobTitle: 'Chef for Social og Jobindsats' })
    const on2020 = steering.members.filter((m) => (m.startDate ?? '') <= '2020-06-01' && (m.endDate ?? '9999') >= '2020-06-01')
    expect(on2020.map((m) => m.administration).sort()).toEqual([
      'Center for Børn og Familie',
      'Misbrugscenter Herning',
      'Psykiatri og Bostøtte-tilbud',
      'Social og Jobindsats',
      'Social og Jobindsats',
      'Social og Jobindsats',
      'Sundhed og Ældre'
    ])
    expect(steering.effectiveCadenceMonths).toBe(3)
  })

  it('holds four steering-group and four implementation-group meetings in 2020, one each quarter, all approved', async () => {
    const meetings = await rt.call('meetings.list', { projectId })
    const in2020 = meetings.filter((m) => m.date.startsWith('2020'))
    expect(
      in2020
        .filter((m) => m.groupKind === 'steering')
        .map((m) => m.date)
        .sort()
    ).toEqual(['2020-03-05', '2020-06-04', '2020-09-10', '2020-12-03'])
    expect(
      in2020
        .filter((m) => m.groupKind === 'implementation')
        .map((m) => m.date)
        .sort()
    ).toEqual(['2020-02-20', '2020-05-14', '2020-08-27', '2020-11-19'])
    expect(meetings.every((m) => m.status === 'approved')).toBe(true)
    const june = await rt.call('meetings.get', { meetingId: in2020.find((m) => m.date === '2020-06-04')!.id })
    expect(june.attendance.find((a) => a.name === 'Lene Bach Nielsen')!.status).toBe('absent')
    expect(june.followUp.map((f) => f.status)).toEqual(['done', 'done'])
    expect(june.items.some((i) => i.closed)).toBe(true)
    expect((await rt.call('audit.verify', {})).ok).toBe(true)
  })

  it('shows the cadence: the partial first quarter not required, every 2020 quarter held, and the implementation group’s missed 3rd quarter 2021', async () => {
    const cadence = await meetingCadence(rt.ctx.db, projectId, { today: '2022-03-01' })
    const [steering, implementation] = cadence
    expect(steering!.periods.map((p) => `${p.label}: ${p.status}`)).toEqual([
      '4. kvt. 2019: not_required',
      '1. kvt. 2020: held',
      '2. kvt. 2020: held',
      '3. kvt. 2020: held',
      '4. kvt. 2020: held',
      '1. kvt. 2021: held',
      '2. kvt. 2021: held',
      '3. kvt. 2021: held',
      '4. kvt. 2021: held'
    ])
    expect(implementation!.periods.filter((p) => p.status === 'missed').map((p) => p.label)).toEqual(['3. kvt. 2021'])
    expect(implementation!.missedCount).toBe(1)
    expect(steering!.partialRule).toContain('mindst 50 %')
  })

  it('finds decisions and action items by a word, across meetings', async () => {
    const hits = await rt.call('meetings.search', { projectId, query: 'pareto' })
    expect(hits.map((h) => h.field)).toContain('decision')
    const kv = await rt.call('meetings.search', { projectId, query: 'IGU-forløbet' })
    expect(kv).toHaveLength(1)
    expect(kv[0]).toMatchObject({ field: 'dissent', meetingDate: '2020-09-10' })
    const actions = await rt.call('meetings.search', { projectId, query: 'delregnskab STAR' })
    expect(actions.find((h) => h.field === 'action')).toMatchObject({
      text: 'Sende det ledelsespåtegnede delregnskab til STAR (Mette Kjær)',
      actionStatus: 'done'
    })
  })
})
