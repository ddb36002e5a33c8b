// Chart labels never overlap and never rotate: long labels break between words, and a very long
// one ends in «…» (the table beside the chart keeps the full text).
import { describe, expect, it } from 'vitest'
import { shorten, wrapLabel } from '@shared/domain/chartLabels'

describe('chart labels', () => {
  it('break between words onto lines of at most the width', () => {
    expect(wrapLabel('Afventer afklaring hos lægen', 18)).toEqual(['Afventer afklaring', 'hos lægen'])
    expect(wrapLabel('Sygdom')).toEqual(['Sygdom'])
    for (const line of wrapLabel('Projektleder (også personlig jobformidler) 2021', 16)) expect(line.length).toBeLessThanOrEqual(16)
  })

  it('end in «…» when there is more than fits', () => {
    const lines = wrapLabel('en meget lang årsag til passivitet som ingen kan læse på en akse', 12, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(shorten('Sundhedskoordinatorfunktionen', 10)).toBe('Sundhedsk…')
    expect(shorten('kort', 10)).toBe('kort')
  })
})
