// Shares kept as integer basis points: 10000 = 100 %, 7135 = 71,35 %. Pool rules, alert thresholds,
// staff's share of working time and the spending figures are stored and sent in basis points, so
// that a share compares exactly; this module is the one place that turns them into percent (for
// the screen and the forms) and back, and the one place that rounds.
import { z } from 'zod'
import { DomainError } from '../errors'
import { unitMessages } from '../texts/da/common'
import { formatPercent } from './money'

/** A share in basis points in the API contract: branded `BasisPoints` once parsed (as `oreSchema`). */
export const basisPointsSchema = z.number().int().brand<'BasisPoints'>()
/** An integer number of basis points (1/100 of a percent). */
export type BasisPoints = z.output<typeof basisPointsSchema>

export function basisPoints(value: number): BasisPoints {
  if (!Number.isInteger(value)) throw new DomainError('internal', unitMessages.notWholeBasisPoints(value))
  return value as BasisPoints
}

/** 100 % in basis points. */
export const WHOLE_BP = basisPoints(10000)

/** 7135 → «71,4 %»; `decimals` as formatPercent. */
export function formatBasisPoints(bp: number, decimals = 1): string {
  return formatPercent(bp / WHOLE_BP, decimals)
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
