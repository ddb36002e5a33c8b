// Shares kept as integer basis points: 10000 = 100 %, 7135 = 71,35 %. Pool rules, alert thresholds,
// staff's share of working time and the spending figures are stored and sent in basis points, so
// that a share compares exactly; this module is the one place that turns them into percent (for
// the screen and the forms) and back, and the one place that rounds.
import type { z } from 'zod'
import { DomainError } from '../errors'
import { unitMessages } from '../texts/da/common'
import { formatPercent } from './money'
import type { basisPointsSchema } from './unitSchemas'

/** An integer number of basis points (1/100 of a percent); `basisPointsSchema` (unitSchemas.ts) in the contract. */
export type BasisPoints = z.output<typeof basisPointsSchema>

export function basisPoints(value: number): BasisPoints {
  if (!Number.isInteger(value)) throw new DomainError('internal', unitMessages.notWholeBasisPoints(value))
  return value as BasisPoints
}

/** 100 % in basis points. */
export const WHOLE_BP = basisPoints(10000)

/** 7135 → «71,4 %»; `decimals` as formatPercent. Prefer the kinds below, which fix the decimals. */
export function formatBasisPoints(bp: number, decimals = 1): string {
  return formatPercent(bp / WHOLE_BP, decimals)
}

// How a share is written depends on its kind, and only on its kind: the same figure reads the same
// on screen, in a PDF and in the CLI (issue #12: a staff member's 71,35 % was «71,4 %» on screen and
// «71,35 %» on the month sheet).
//  - A share someone set (a staff member's share of time, a pool's threshold or instalment tier,
//    a KPI target, the focus list's share): as it was set, to the basis point, without trailing
//    zeros: 7135 → «71,35 %», 2250 → «22,5 %», 1500 → «15 %». Rounding it would misstate a rule.
//  - A share measured from the data (spending used, period elapsed, a KPI, a Pareto share) and a
//    change between two measured shares: always one decimal: 0,71354 → «71,4 %», 0,1 → «10,0 %».

/** Decimals of a measured share, everywhere. */
export const MEASURED_SHARE_DECIMALS = 1

/** A share someone set, in basis points, as set: 7135 → «71,35 %», 2500 → «25 %». */
export function formatSetBasisPoints(bp: number): string {
  const whole = Math.round(bp)
  const decimals = whole % 100 === 0 ? 0 : whole % 10 === 0 ? 1 : 2
  return formatPercent(whole / WHOLE_BP, decimals)
}

/** A share someone set, as a fraction (targets are kept as fractions): 0.225 → «22,5 %». */
export function formatSetShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–'
  return formatSetBasisPoints(Math.round(fraction * WHOLE_BP))
}

/** A share measured from the data, as a fraction: 0.71354 → «71,4 %». */
export function formatMeasuredShare(fraction: number): string {
  return formatPercent(fraction, MEASURED_SHARE_DECIMALS)
}

/** A share measured from the data, in basis points: 7135 → «71,4 %». */
export function formatMeasuredBasisPoints(bp: number): string {
  return formatMeasuredShare(bp / WHOLE_BP)
}

/** 7135 → 0.7135: the share as a fraction, for comparing with a counted share. */
export function shareOfBasisPoints(bp: number): number {
  return bp / WHOLE_BP
}

/** 0.71354 → 7135: a fraction rounded to whole basis points. */
export function basisPointsOfShare(fraction: number): BasisPoints {
  return basisPoints(Math.round(fraction * WHOLE_BP))
}

/** `part` of `whole` in whole basis points (rounded): 1 of 3 → 3333. `whole` must be positive. */
export function basisPointsOf(part: number, whole: number): BasisPoints {
  return basisPoints(Math.round((part * WHOLE_BP) / whole))
}

/** A percent typed in a form (71.35) → 7135 basis points, rounded to whole basis points. */
export function percentToBasisPoints(percent: number): BasisPoints {
  return basisPoints(Math.round(percent * 100))
}

/** 7135 → «71,35»: the percent as a form field shows it (Danish decimal comma, no unit). */
export function basisPointsToPercentInput(bp: number): string {
  return String(bp / 100).replace('.', ',')
}

/** «71,35», «71.35», «15 %» → basis points; null when the text is not a number. */
export function parsePercentInput(text: string): BasisPoints | null {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null
  return percentToBasisPoints(Number(t))
}

/** 7135 → 71.35: the percent as a number, e.g. for a progress bar's 0–100 scale. */
export function percentOfBasisPoints(bp: number): number {
  return bp / 100
}

/**
 * A share as the percent a chart or a percent field shows, rounded once to a tenth: 0.1234 → 12.3,
 * 0.57 → 57 (not 56.99999999999999).
 */
export function percentOfShare(fraction: number): number {
  return Math.round(fraction * 1000) / 10
}

/**
 * A percent typed by a user (12.5) as the share it sets (0.125), rounded once to a tenth of a
 * percent: the inverse of percentOfShare.
 */
export function shareOfPercent(percent: number): number {
  return Math.round(percent * 10) / 1000
}
