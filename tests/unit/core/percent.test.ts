// Basis points (shared/domain/percent.ts): the one place a share in basis points becomes a percent
// on screen or in a form field, and a typed percent becomes basis points, rounded once.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  percentOfShare,
  shareOfPercent,
  basisPoints,
  basisPointsOf,
  basisPointsOfShare,
  basisPointsToPercentInput,
  formatBasisPoints,
  formatMeasuredBasisPoints,
  formatMeasuredShare,
  formatSetBasisPoints,
  formatSetShare,
  parsePercentInput,
  percentOfBasisPoints,
  percentToBasisPoints,
  shareOfBasisPoints
} from '@shared/domain/percent'

/** The lines of the code base (outside `skip`) that match `pattern`, as file:line. */
function linesMatching(pattern: RegExp, skip: RegExp): string[] {
  const root = path.resolve(__dirname, '../../..')
  const offenders: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'migrations') walk(p)
      } else if (/\.tsx?$/.test(entry.name) && !skip.test(p)) {
        fs.readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (pattern.test(line)) offenders.push(`${path.relative(root, p)}:${i + 1}`)
          })
      }
    }
  }
  for (const dir of ['shared', 'services', 'renderer/src', 'cli', 'server', 'electron']) walk(path.join(root, dir))
  return offenders
}

describe('basis points', () => {
  it('are shown as a Danish percent: 7135 is «71,4 %», with two decimals «71,35 %»', () => {
    expect(formatBasisPoints(7135)).toBe('71,4 %')
    expect(formatBasisPoints(7135, 2)).toBe('71,35 %')
    expect(formatBasisPoints(10000, 0)).toBe('100 %')
    expect(formatBasisPoints(1500, 0)).toBe('15 %')
  })

  it('a share someone set reads as it was set, to the basis point: a staff member’s 71,35 % is «71,35 %» everywhere', () => {
    expect(formatSetBasisPoints(7135)).toBe('71,35 %')
    expect(formatSetBasisPoints(2250)).toBe('22,5 %')
    expect(formatSetBasisPoints(1500)).toBe('15 %')
    expect(formatSetBasisPoints(10000)).toBe('100 %')
    expect(formatSetShare(0.225)).toBe('22,5 %')
    expect(formatSetShare(0.1)).toBe('10 %')
    // A fraction that is not quite whole basis points (0,0715 × 10000 = 714,999…) is still the one set.
    expect(0.0715 * 10000).not.toBe(715)
    expect(formatSetShare(0.0715)).toBe('7,15 %')
  })

  it('a share measured from the data always has one decimal: 71,354 % is «71,4 %», 10 % is «10,0 %»', () => {
    expect(formatMeasuredShare(0.71354)).toBe('71,4 %')
    expect(formatMeasuredShare(0.1)).toBe('10,0 %')
    expect(formatMeasuredBasisPoints(7135)).toBe('71,4 %')
    expect(formatMeasuredShare(Number.NaN)).toBe('–')
  })

  it('no screen, printout, export or command writes a share except through a kind (no formatPercent, formatBasisPoints or hand-made «… %»)', () => {
    expect(linesMatching(/\bformat(Percent|BasisPoints)\(|toFixed\(\d\).*} %|\* 100\)} %/, /shared[\\/]domain[\\/](percent|money)\.ts$/)).toEqual([])
  })

  it('a percent typed in a form is rounded to whole basis points (71,35 % is 7135, not 7134,999…)', () => {
    expect(71.35 * 100).not.toBe(7135)
    expect(percentToBasisPoints(71.35)).toBe(7135)
    expect(percentToBasisPoints(0.005)).toBe(1)
    expect(parsePercentInput('71,35')).toBe(7135)
    expect(parsePercentInput('26.4')).toBe(2640)
    expect(parsePercentInput(' 15 % ')).toBe(1500)
    expect(parsePercentInput('femten')).toBeNull()
    expect(parsePercentInput('')).toBeNull()
  })

  it('a form field shows the percent with a decimal comma, and reads back what it showed', () => {
    expect(basisPointsToPercentInput(7135)).toBe('71,35')
    expect(basisPointsToPercentInput(10000)).toBe('100')
    expect(parsePercentInput(basisPointsToPercentInput(7135))).toBe(7135)
    expect(percentOfBasisPoints(2500)).toBe(25)
  })

  it('shares and parts of a whole round to whole basis points', () => {
    expect(basisPointsOf(1, 3)).toBe(3333)
    expect(basisPointsOf(2, 3)).toBe(6667)
    expect(basisPointsOfShare(0.15)).toBe(1500)
    expect(shareOfBasisPoints(1500)).toBe(0.15)
    expect(() => basisPoints(1.5)).toThrow('Basispoint skal være et helt tal, fik 1.5')
  })

  it('no other file converts basis points by hand (× or ÷ 10000, or a …Bp × or ÷ 100)', () => {
    expect(linesMatching(/[*/]\s*10_?000\b|Bp\s*[*/]\s*100\b/, /shared[\\/]domain[\\/]percent\.ts$/)).toEqual([])
  })
})

describe('a share as the percent a chart or a percent field shows', () => {
  it('is rounded once to a tenth of a percent, without floating-point tails', () => {
    expect(percentOfShare(0.225)).toBe(22.5)
    expect(percentOfShare(0.1234)).toBe(12.3)
    expect(percentOfShare(0.07)).toBe(7)
    expect(percentOfShare(1)).toBe(100)
    expect(percentOfShare(0.57)).toBe(57)
    expect(0.57 * 100).not.toBe(57) // what the KPI chart's target line drew before: 56.99999999999999
  })
})

describe('a percent typed in a field as the share it sets', () => {
  it('is rounded once to a tenth of a percent, and turns back into the percent it was typed as', () => {
    expect(shareOfPercent(12.5)).toBe(0.125)
    expect(shareOfPercent(12.34)).toBe(0.123)
    expect(shareOfPercent(57)).toBe(0.57)
    expect(shareOfPercent(100)).toBe(1)
    for (const typed of [0, 0.1, 7, 12.5, 22.5, 57, 99.9, 100]) expect(percentOfShare(shareOfPercent(typed))).toBe(typed)
  })
})
