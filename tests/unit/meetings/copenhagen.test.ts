import { describe, expect, it } from 'vitest'
import { copenhagenToUtc, isCopenhagenSummerTime, minutesBetween } from '@shared/domain/meetings/copenhagen'
import { containsCpr } from '@shared/domain/cpr'
import { meetingsPoolRulesSchema, shippedMeetingsPoolRules } from '@shared/domain/meetings/poolRules'

const iso = (ms: number) => new Date(ms).toISOString()

describe('Danish local time to UTC (EU summer time)', () => {
  it('winter time is UTC+1', () => {
    expect(iso(copenhagenToUtc('2020-03-12', '13:00'))).toBe('2020-03-12T12:00:00.000Z')
    expect(iso(copenhagenToUtc('2020-12-03', '09:30'))).toBe('2020-12-03T08:30:00.000Z')
  })
  it('summer time is UTC+2, from the last Sunday of March to the last Sunday of October', () => {
    expect(iso(copenhagenToUtc('2020-06-11', '13:00'))).toBe('2020-06-11T11:00:00.000Z')
    expect(iso(copenhagenToUtc('2020-03-29', '10:00'))).toBe('2020-03-29T08:00:00.000Z')
    expect(iso(copenhagenToUtc('2020-10-25', '10:00'))).toBe('2020-10-25T09:00:00.000Z')
    expect(isCopenhagenSummerTime(Date.UTC(2021, 2, 28, 0, 59))).toBe(false)
    expect(isCopenhagenSummerTime(Date.UTC(2021, 2, 28, 1, 0))).toBe(true)
  })
  it('counts the minutes of a meeting', () => {
    expect(minutesBetween('13:00', '15:30')).toBe(150)
    expect(minutesBetween('13:00', '12:00')).toBe(-60)
  })
})

describe('personal data', () => {
  it('a CPR number is found with or without its dash, a case number is not', () => {
    expect(containsCpr('Borger 010180-1234 er i praktik')).toBe(true)
    expect(containsCpr('cpr 0101801234')).toBe(true)
    expect(containsCpr('Sagsnr. 15.00.00-A00-1-20')).toBe(false)
    expect(containsCpr('Tilsagn 2.235.074 kr., tlf. 96284104')).toBe(false)
    expect(containsCpr('991399-1234')).toBe(false)
  })
})

describe('the pool rules for meetings', () => {
  it('ship steering and implementation groups at least quarterly for FSM2, FSM1 and HRF, and partial quarters from 50 %', () => {
    for (const key of ['FSM2', 'FSM1', 'HRF', 'EGEN']) {
      expect(shippedMeetingsPoolRules(key)).toMatchObject({
        steeringGroupCadenceMonths: 3,
        implementationGroupCadenceMonths: 3,
        partialPeriodMinCoveragePct: 50
      })
    }
  })
  it('refuse a cadence that does not divide the year', () => {
    expect(meetingsPoolRulesSchema.safeParse({ ...shippedMeetingsPoolRules('FSM2'), steeringGroupCadenceMonths: 5 }).success).toBe(false)
  })
})
