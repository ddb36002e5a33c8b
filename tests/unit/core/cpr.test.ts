import { describe, expect, it } from 'vitest'
import { centuryOf, containsCpr, fieldsWithCpr } from '@shared/domain/cpr'

describe('a CPR number is refused in any text (docs/domain.md rule 14 «Personal data»)', () => {
  it('finds DDMMYY-NNNN with and without the dash, and with a space', () => {
    expect(containsCpr('010190-1234')).toBe(true)
    expect(containsCpr('0101901234')).toBe(true)
    expect(containsCpr('010190 1234')).toBe(true)
    expect(containsCpr('Borger 311299-4567 fra Vest')).toBe(true)
  })

  it('ignores ten digits that are not a real date', () => {
    expect(containsCpr('321290-1234')).toBe(false) // day 32
    expect(containsCpr('011390-1234')).toBe(false) // month 13
    expect(containsCpr('000190-1234')).toBe(false) // day 0
    expect(containsCpr('310490-1234')).toBe(false) // 31 April
  })

  it('29 February counts only in a leap year, the century given by the 7th digit', () => {
    // 7th digit 1: 1901 is no leap year.
    expect(containsCpr('290201-1234')).toBe(false)
    expect(containsCpr('2902011234')).toBe(false)
    // 7th digit 4 and YY 00: year 2000, a leap year.
    expect(containsCpr('290200-4123')).toBe(true)
    // 7th digit 0–3 and YY 00: year 1900, not a leap year (divisible by 100, not by 400).
    expect(containsCpr('290200-1123')).toBe(false)
    // 1996 and 2004 are leap years.
    expect(containsCpr('290296-1234')).toBe(true)
    expect(containsCpr('2902044234')).toBe(true)
  })

  it('the century rules of the CPR register', () => {
    expect(centuryOf(90, 0)).toBe(1900)
    expect(centuryOf(90, 3)).toBe(1900)
    expect(centuryOf(20, 4)).toBe(2000)
    expect(centuryOf(37, 4)).toBe(1900)
    expect(centuryOf(57, 5)).toBe(2000)
    expect(centuryOf(58, 8)).toBe(1800)
    expect(centuryOf(36, 9)).toBe(2000)
    expect(centuryOf(37, 9)).toBe(1900)
  })

  it('leaves case numbers, pseudonyms, dates and phone numbers alone', () => {
    expect(containsCpr('Borger 001')).toBe(false)
    expect(containsCpr('15.00.00-A00-1-20')).toBe(false)
    expect(containsCpr('J.nr. 2020-4711')).toBe(false)
    expect(containsCpr('29.01.2020')).toBe(false)
    expect(containsCpr('96284104')).toBe(false)
    expect(containsCpr('')).toBe(false)
    // Eleven digits in a row are not a CPR number.
    expect(containsCpr('01019012345')).toBe(false)
  })

  it('names every field that holds one', () => {
    expect(fieldsWithCpr({ pseudonym: 'Borger 7', caseNumber: '0101901234', note: 'ring til 010190-1234' })).toEqual(['caseNumber', 'note'])
  })
})
