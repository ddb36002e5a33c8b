import { describe, expect, it } from 'vitest'
import { danishPublicHolidays } from '@shared/domain/time/holidays'
import { calendarDay, DEFAULT_DAYS_OFF, isoWeekMonday, weekDates, weeksInIsoYear } from '@shared/domain/time/calendar'
import { calendarOf, normMinutes, normOfDays, weeklyProjectMinutes } from '@shared/domain/time/norm'
import { formatHours } from '@shared/domain/duration'

const fullTime = { weeklyMinutes: 2220, projectShareBp: 10000 }
/** The demo's job brokers: 26,4 of 37 hours a week on the project. */
const jobBroker = { weeklyMinutes: 2220, projectShareBp: 7135 }
const always = { from: '2000-01-01', to: '2100-12-31' }

function weekNorm(isoYear: number, week: number, staff = fullTime, settings = DEFAULT_DAYS_OFF): number {
  const monday = isoWeekMonday(isoYear, week)
  return normOfDays(
    weekDates(monday).map((d) => calendarDay(d, settings)),
    staff
  )
}

describe('public holidays (docs/domain.md rule 4 «Time, rates and norm hours»)', () => {
  it('Easter 2020: Maundy Thursday, Good Friday and Easter Monday are holidays', () => {
    const h = danishPublicHolidays(2020)
    expect(h.get('2020-04-09')).toBe('Skærtorsdag')
    expect(h.get('2020-04-10')).toBe('Langfredag')
    expect(h.get('2020-04-13')).toBe('Anden påskedag')
    expect(h.get('2020-05-21')).toBe('Kristi Himmelfartsdag')
    expect(h.get('2020-06-01')).toBe('Anden Pinsedag')
  })

  it('Store bededag is a holiday until 2023 and a working day from 2024', () => {
    expect(calendarDay('2020-05-08', DEFAULT_DAYS_OFF).kind).toBe('holiday')
    expect(calendarDay('2023-05-05', DEFAULT_DAYS_OFF)).toMatchObject({ kind: 'holiday', name: 'Store Bededag', normHalves: 0 })
    // The fourth Friday after Easter 2024 (31 March) is 26 April: an ordinary working day.
    expect(calendarDay('2024-04-26', DEFAULT_DAYS_OFF)).toMatchObject({ kind: 'workday', normHalves: 2 })
    expect([...danishPublicHolidays(2024).values()]).not.toContain('Store Bededag')
  })

  it('1 May, 5 June, 24 and 31 December are not public holidays', () => {
    for (const d of ['2020-05-01', '2020-06-05', '2020-12-24', '2020-12-31']) expect(danishPublicHolidays(2020).has(d)).toBe(false)
  })
})

describe('norm hours: working days × 7,4 hours', () => {
  it('a full week is 37 hours', () => {
    expect(formatHours(weekNorm(2020, 3))).toBe('37,00')
  })

  it('Easter week 2020 (week 15) has 3 working days: 22,2 hours; week 16 has 4: 29,6 hours', () => {
    expect(formatHours(weekNorm(2020, 15))).toBe('22,20')
    expect(formatHours(weekNorm(2020, 16))).toBe('29,60')
  })

  it('week 18 of 2023: 1 May afternoon off and Store bededag give 3½ days: 25,9 hours', () => {
    expect(formatHours(weekNorm(2023, 18))).toBe('25,90')
  })

  it('week 17 of 2024 (Store bededag abolished) is a full week of 37 hours', () => {
    expect(formatHours(weekNorm(2024, 17))).toBe('37,00')
  })

  it('ISO week 53 of 2020 runs 28.12.2020–03.01.2021: 3 working days with 31/12 off, 4 without', () => {
    expect(weeksInIsoYear(2020)).toBe(53)
    expect(weeksInIsoYear(2021)).toBe(52)
    expect(weeksInIsoYear(2026)).toBe(53)
    expect(isoWeekMonday(2020, 53)).toBe('2020-12-28')
    expect(isoWeekMonday(2021, 1)).toBe('2021-01-04')
    expect(() => isoWeekMonday(2021, 53)).toThrow('Uge 53 findes ikke i 2021')
    expect(formatHours(weekNorm(2020, 53))).toBe('22,20')
    expect(formatHours(weekNorm(2020, 53, fullTime, { ...DEFAULT_DAYS_OFF, newYearsEveOff: false }))).toBe('29,60')
  })

  it('24 and 31 December are days off by default and working days when the project says so', () => {
    expect(calendarDay('2019-12-24', DEFAULT_DAYS_OFF)).toMatchObject({ kind: 'dayOff', normHalves: 0 })
    expect(calendarDay('2019-12-24', { ...DEFAULT_DAYS_OFF, christmasEveOff: false })).toMatchObject({ kind: 'workday', normHalves: 2 })
    // December 2019: 22 weekdays, less 24/12, 25/12, 26/12 and 31/12 = 18 days = 133,2 hours
    expect(formatHours(normMinutes('2019-12-01', '2019-12-31', DEFAULT_DAYS_OFF, fullTime, always))).toBe('133,20')
    expect(formatHours(normMinutes('2019-12-01', '2019-12-31', { ...DEFAULT_DAYS_OFF, christmasEveOff: false, newYearsEveOff: false }, fullTime, always))).toBe(
      '148,00'
    )
  })

  it('the afternoons of 1 May and 5 June count half a day unless the project works them', () => {
    // 2020: 5 June is a Friday; Monday 1 June is Whit Monday. Week 23: 3 days + ½ = 25,9 hours
    expect(calendarDay('2020-06-05', DEFAULT_DAYS_OFF)).toMatchObject({ kind: 'halfDay', normHalves: 1 })
    expect(formatHours(weekNorm(2020, 23))).toBe('25,90')
    expect(formatHours(weekNorm(2020, 23, fullTime, { ...DEFAULT_DAYS_OFF, constitutionDayAfternoonOff: false }))).toBe('29,60')
    // 1 May 2020 (Friday): week 18 has 4 days + ½ = 33,3 hours
    expect(formatHours(weekNorm(2020, 18))).toBe('33,30')
    expect(formatHours(weekNorm(2020, 18, fullTime, { ...DEFAULT_DAYS_OFF, mayDayAfternoonOff: false }))).toBe('37,00')
  })

  it("a job broker's norm on the project is 26,4 hours a week (71,35 % of 37 hours)", () => {
    expect(weeklyProjectMinutes(jobBroker)).toBe(1584)
    expect(formatHours(weekNorm(2020, 3, jobBroker))).toBe('26,40')
    // January 2020: 22 working days × 5,28 hours, rounded once to the minute
    expect(normMinutes('2020-01-01', '2020-01-31', DEFAULT_DAYS_OFF, jobBroker, always)).toBe(6969)
  })

  it('counts only the days inside the project period and the employment', () => {
    // Employed from Wednesday 15 January 2020: 13 working days to the end of the month
    expect(formatHours(normMinutes('2020-01-01', '2020-01-31', DEFAULT_DAYS_OFF, fullTime, { from: '2020-01-15', to: '2021-12-31' }))).toBe('96,20')
    expect(normMinutes('2019-11-01', '2019-11-30', DEFAULT_DAYS_OFF, fullTime, { from: '2019-12-01', to: '2021-12-31' })).toBe(0)
  })

  it('a month has a calendar day for each of its days', () => {
    expect(calendarOf('2020-02-01', '2020-02-29', DEFAULT_DAYS_OFF)).toHaveLength(29)
  })
})
