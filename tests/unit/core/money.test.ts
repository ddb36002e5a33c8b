import { describe, expect, it } from 'vitest'
import { costOfMinutes, formatKr, formatKrWhole, formatPercent, ore, parseKr, roundToOre, shareOfOre } from '@shared/domain/money'

describe('money (integer øre)', () => {
  it('formats amounts the Danish way', () => {
    expect(formatKr(223507400)).toBe('2.235.074,00 kr.')
    expect(formatKr(100)).toBe('1,00 kr.')
    expect(formatKr(5)).toBe('0,05 kr.')
    expect(formatKr(-123456)).toBe('-1.234,56 kr.')
    expect(formatKr(0, { unit: false })).toBe('0,00')
  })

  it('writes a chart axis in whole kroner, without decimals: «500.000 kr.»', () => {
    expect(formatKrWhole(50000000)).toBe('500.000 kr.')
    expect(formatKrWhole(223507400)).toBe('2.235.074 kr.')
    expect(formatKrWhole(12350)).toBe('124 kr.')
    expect(formatKrWhole(-12350)).toBe('-124 kr.')
    expect(formatKrWhole(0)).toBe('0 kr.')
  })

  it('parses what a Danish user types', () => {
    expect(parseKr('2.235.074,00')).toBe(223507400)
    expect(parseKr('2235074')).toBe(223507400)
    expect(parseKr('1.234,5')).toBe(123450)
    expect(parseKr('-12,50 kr.')).toBe(-1250)
    expect(parseKr('12.34')).toBeNull()
    expect(parseKr('1.187.5x0')).toBeNull()
    expect(parseKr('')).toBeNull()
  })

  it('rounds once, half away from zero, to whole øre', () => {
    expect(roundToOre(5, 2)).toBe(3)
    expect(roundToOre(-5, 2)).toBe(-3)
    expect(roundToOre(4, 3)).toBe(1)
    expect(roundToOre(223507347n * 10n, 10n)).toBe(223507347)
  })

  it('costs minutes at an hourly rate with one rounding', () => {
    // 345,67 kr./t × 7,4 t = 2.557,958 kr. → 2.557,96 kr.
    expect(costOfMinutes(ore(34567), 444)).toBe(255796)
    expect(shareOfOre(ore(223507400), 1, 2)).toBe(111753700)
  })

  it('refuses amounts that are not whole øre', () => {
    expect(() => ore(1.5)).toThrow('Beløb i øre skal være et helt tal, fik 1.5')
  })

  it('formats percentages with a Danish comma', () => {
    expect(formatPercent(0.4567)).toBe('45,7 %')
  })
})
