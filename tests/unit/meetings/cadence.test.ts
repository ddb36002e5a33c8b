import { describe, expect, it } from 'vitest'
import { cadencePeriods, periodContaining } from '@shared/domain/meetings/cadence'

const demo = { projectStart: '2019-12-01', projectEnd: '2021-12-31', cadenceMonths: 3, minCoveragePct: 50, today: '2022-06-01' }

describe('cadence per quarter', () => {
  it('lists every calendar quarter the project period touches', () => {
    const periods = cadencePeriods({ ...demo, meetings: [] })
    expect(periods.map((p) => `${p.start}..${p.end}`)).toEqual([
      '2019-10-01..2019-12-31',
      '2020-01-01..2020-03-31',
      '2020-04-01..2020-06-30',
      '2020-07-01..2020-09-30',
      '2020-10-01..2020-12-31',
      '2021-01-01..2021-03-31',
      '2021-04-01..2021-06-30',
      '2021-07-01..2021-09-30',
      '2021-10-01..2021-12-31'
    ])
  })

  it('a partial first quarter (the project starts 1 December: 31 of 92 days, 33 %) requires no meeting', () => {
    const [q4] = cadencePeriods({ ...demo, meetings: [] })
    expect(q4).toMatchObject({ coveredFrom: '2019-12-01', coveredTo: '2019-12-31', coveragePct: 33, required: false, status: 'not_required' })
  })

  it('a partial quarter the project covers at least half of (from 15 November: 47 of 92 days) does require one', () => {
    const [q4] = cadencePeriods({ ...demo, projectStart: '2019-11-15', meetings: [] })
    expect(q4).toMatchObject({ coveragePct: 51, required: true, status: 'missed' })
  })

  it('a meeting held in a partial quarter that is not required still counts as held', () => {
    const [q4] = cadencePeriods({ ...demo, meetings: [{ id: 7, date: '2019-12-12', held: true }] })
    expect(q4).toMatchObject({ required: false, status: 'held', heldMeetingIds: [7] })
  })

  it('flags a required quarter that is over without a held meeting; a planned meeting that was never marked held does not count', () => {
    const periods = cadencePeriods({
      ...demo,
      meetings: [
        { id: 1, date: '2020-03-12', held: true },
        { id: 2, date: '2020-06-11', held: false }
      ]
    })
    expect(periods[1]).toMatchObject({ status: 'held', heldMeetingIds: [1] })
    expect(periods[2]).toMatchObject({ status: 'missed', heldMeetingIds: [], otherMeetingIds: [2] })
  })

  it('the running quarter is "current" and later ones "future", not missed', () => {
    const periods = cadencePeriods({ ...demo, today: '2020-05-20', meetings: [] })
    expect(periods.map((p) => p.status)).toEqual(['not_required', 'missed', 'current', 'future', 'future', 'future', 'future', 'future', 'future'])
  })

  it('a group without a required cadence has quarters, none required', () => {
    const periods = cadencePeriods({ ...demo, cadenceMonths: null, meetings: [] })
    expect(periods).toHaveLength(9)
    expect(periods.every((p) => !p.required && p.status === 'not_required')).toBe(true)
  })

  it('a half-yearly cadence gives half-years', () => {
    const periods = cadencePeriods({ ...demo, cadenceMonths: 6, meetings: [{ id: 1, date: '2020-05-05', held: true }] })
    expect(periods.map((p) => [p.start, p.end, p.status])).toEqual([
      ['2019-07-01', '2019-12-31', 'not_required'],
      ['2020-01-01', '2020-06-30', 'held'],
      ['2020-07-01', '2020-12-31', 'missed'],
      ['2021-01-01', '2021-06-30', 'missed'],
      ['2021-07-01', '2021-12-31', 'missed']
    ])
  })

  it('finds the period that contains a date, including leap-year February', () => {
    expect(periodContaining('2020-02-29', 1)).toEqual({ start: '2020-02-01', end: '2020-02-29' })
    expect(periodContaining('2021-11-30', 3)).toEqual({ start: '2021-10-01', end: '2021-12-31' })
    expect(periodContaining('2021-11-30', 12)).toEqual({ start: '2021-01-01', end: '2021-12-31' })
  })
})
