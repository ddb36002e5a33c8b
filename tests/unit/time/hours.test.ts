import { describe, expect, it } from 'vitest'
import { awaitsApproval, entryProblems, parseHourCell } from '@shared/domain/time/hours'

const bounds = { projectFrom: '2019-12-01', projectTo: '2021-12-31', employedFrom: '2019-12-01', employedTo: null }

describe('hours as a Danish user types them', () => {
  it('accepts a decimal comma, a decimal point and hours:minutes', () => {
    expect(parseHourCell('7,4')).toEqual({ ok: true, minutes: 444 })
    expect(parseHourCell('7.4')).toEqual({ ok: true, minutes: 444 })
    expect(parseHourCell('7:24')).toEqual({ ok: true, minutes: 444 })
    expect(parseHourCell(' 5,28 ')).toEqual({ ok: true, minutes: 317 })
    expect(parseHourCell('')).toEqual({ ok: true, minutes: 0 })
  })

  it('refuses text, negative hours and more than 24 hours, with a Danish message', () => {
    expect(parseHourCell('syv')).toEqual({ ok: false, message: '«syv» er ikke et antal timer. Skriv fx 7,4 eller 7:24.' })
    expect(parseHourCell('-2')).toEqual({ ok: false, message: 'Timer kan ikke være negative.' })
    expect(parseHourCell('24,5')).toEqual({ ok: false, message: 'Der kan højst registreres 24 timer på en dag (her 24,50 timer).' })
    // 24,01 h is 1.441 minutes, which would print as 24,02: the refusal quotes the hours as typed.
    expect(parseHourCell('24,01')).toEqual({ ok: false, message: 'Der kan højst registreres 24 timer på en dag (her 24,01 timer).' })
  })
})

describe('rules of a day’s entries', () => {
  it('no more than 24 hours a day across activities', () => {
    const problems = entryProblems(
      [
        { date: '2020-03-02', minutes: 12 * 60 },
        { date: '2020-03-02', minutes: 13 * 60 },
        { date: '2020-03-03', minutes: 24 * 60 }
      ],
      bounds,
      'Jonas Holm'
    )
    expect(problems).toEqual([{ date: '2020-03-02', message: '02.03.2020: Der kan højst registreres 24 timer på en dag (her 25,00 timer).' }])
  })

  it('no date outside the project period or the employment', () => {
    expect(entryProblems([{ date: '2022-01-03', minutes: 60 }], bounds, 'Jonas Holm')).toEqual([
      { date: '2022-01-03', message: '03.01.2022 ligger uden for projektperioden 01.12.2019–31.12.2021.' }
    ])
    expect(entryProblems([{ date: '2020-02-03', minutes: 60 }], { ...bounds, employedFrom: '2020-03-01' }, 'Jonas Holm')).toEqual([
      { date: '2020-02-03', message: '03.02.2020 ligger før Jonas Holms ansættelse i projektet (fra 01.03.2020).' }
    ])
    expect(entryProblems([{ date: '2020-02-03', minutes: -30 }], bounds, 'Jonas Holm')[0]!.message).toBe('03.02.2020: Timer kan ikke være negative.')
  })

  it('an empty day outside the period is no problem (nothing is registered)', () => {
    expect(entryProblems([{ date: '2022-01-03', minutes: 0 }], bounds, 'Jonas Holm')).toEqual([])
  })
})

describe('a month awaiting approval (the quarterly pack’s light and the months behind it)', () => {
  it('holds hours, is not approved, and is not after the last month asked', () => {
    expect(awaitsApproval({ month: '2020-09', status: 'signed', minutes: 600 }, '2020-09')).toBe(true)
    expect(awaitsApproval({ month: '2020-09', status: 'open', minutes: 600 }, '2020-09')).toBe(true)
    expect(awaitsApproval({ month: '2020-09', status: 'approved', minutes: 600 }, '2020-09')).toBe(false)
    expect(awaitsApproval({ month: '2020-09', status: 'open', minutes: 0 }, '2020-09')).toBe(false)
    expect(awaitsApproval({ month: '2020-10', status: 'open', minutes: 600 }, '2020-09')).toBe(false)
  })
})
