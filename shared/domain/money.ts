// Money is integer øre everywhere. This module is the one place where amounts are rounded
// (`roundToOre`) and formatted (`formatKr`).
import { z } from 'zod'
import { DomainError } from '../errors'
import { unitMessages } from '../texts/da/common'

/**
 * An amount in øre in the API contract. A parsed input and every output hold the branded `Ore`, so
 * a service or a screen cannot mix øre with minutes or a share; an input is a plain number (the
 * brand is on the output side only), checked and refused in Danish as any `z.number().int()`.
 */
export const oreSchema = z.number().int().brand<'Ore'>()
export const nonNegativeOreSchema = oreSchema.min(0)
/** An amount in øre (1 kr. = 100 øre), always a safe integer. */
export type Ore = z.output<typeof oreSchema>

export function ore(value: number): Ore {
  if (!Number.isSafeInteger(value)) throw new DomainError('internal', unitMessages.notWholeOre(value))
  return value as Ore
}

export const ZERO_ORE = ore(0)

export function sumOre(values: Iterable<number>): Ore {
  let total = 0
  for (const v of values) total += v
  return ore(total)
}

/** The opposite amount (a reversal). */
export function negateOre(amount: Ore): Ore {
  return ore(-amount)
}

/**
 * THE rounding of Puljestyr: numerator / denominator rounded half away from zero to whole øre.
 * Every amount that is not already whole øre (rate × hours, salary / divisor, shares of a grant)
 * passes through here exactly once, computed in BigInt so nothing is lost on the way.
 */
export function roundToOre(numerator: bigint | number, denominator: bigint | number = 1n): Ore {
  const n = BigInt(numerator)
  const d = BigInt(denominator)
  if (d === 0n) throw new DomainError('internal', unitMessages.divisionByZero)
  const negative = n < 0n !== d < 0n
  const an = n < 0n ? -n : n
  const ad = d < 0n ? -d : d
  let q = an / ad
  const r = an % ad
  if (r * 2n >= ad) q += 1n
  return ore(Number(negative ? -q : q))
}

/** Cost of `minutes` at `ratePerHour` øre per hour, rounded once. */
export function costOfMinutes(ratePerHour: Ore, minutes: number): Ore {
  return roundToOre(BigInt(ratePerHour) * BigInt(minutes), 60n)
}

/** A share of an amount, given as a fraction numerator/denominator (e.g. 50 % = 1/2), rounded once. */
export function shareOfOre(amount: Ore, numerator: number, denominator: number): Ore {
  return roundToOre(BigInt(amount) * BigInt(numerator), BigInt(denominator))
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** A whole number Danish style: `6374` → `6.374`. */
export function formatCount(n: number): string {
  return `${n < 0 ? '-' : ''}${groupThousands(String(Math.abs(Math.trunc(n))))}`
}

/** `223507400` → `2.235.074,00 kr.` */
export function formatKr(amount: number, options: { unit?: boolean } = {}): string {
  const unit = options.unit ?? true
  const negative = amount < 0
  const abs = Math.abs(amount)
  const kroner = Math.trunc(abs / 100)
  const oreRest = abs % 100
  const text = `${negative ? '-' : ''}${groupThousands(String(kroner))},${String(oreRest).padStart(2, '0')}`
  return unit ? `${text} kr.` : text
}

/**
 * An amount in whole kroner, for a chart's axis and its labels (never a figure of a table, which
 * keeps its øre): 50000000 → «500.000 kr.», 12345 → «123 kr.». Rounds half away from zero.
 */
export function formatKrWhole(amount: number): string {
  const kroner = Math.sign(amount) * Math.round(Math.abs(amount) / 100)
  return `${kroner < 0 ? '-' : ''}${groupThousands(String(Math.abs(kroner)))} kr.`
}

/**
 * Parses an amount as a Danish user types it: `2.235.074,00`, `2235074`, `1.234,5`, `-12,50 kr.`.
 * Returns null when the text is not an amount (the caller names the field in its message).
 */
export function parseKr(text: string): Ore | null {
  const cleaned = text
    .trim()
    .replace(/\s*kr\.?$/i, '')
    .replace(/\s/g, '')
  const match = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned)
  if (!match) return null
  const kroner = Number(match[2]!.replace(/\./g, ''))
  const decimals = (match[3] ?? '').padEnd(2, '0')
  const value = kroner * 100 + Number(decimals || '0')
  if (!Number.isSafeInteger(value)) return null
  return ore(match[1] ? -value : value)
}

/** Percent with one decimal, Danish style: 0.4567 → `45,7 %`. */
export function formatPercent(fraction: number, decimals = 1): string {
  if (!Number.isFinite(fraction)) return '–'
  return `${(fraction * 100).toFixed(decimals).replace('.', ',')} %`
}
