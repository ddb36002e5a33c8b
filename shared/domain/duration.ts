// Hours are integer minutes everywhere. Parsing and formatting live here.
import { z } from 'zod'
import { DomainError } from '../errors'
import { unitMessages } from '../texts/da/common'

/** A duration in whole minutes in the API contract: branded `Minutes` once parsed (as `oreSchema`). */
export const minutesSchema = z.number().int().brand<'Minutes'>()
/** A duration in whole minutes. */
export type Minutes = z.output<typeof minutesSchema>

export function minutes(value: number): Minutes {
  if (!Number.isSafeInteger(value)) throw new DomainError('internal', unitMessages.notWholeMinutes(value))
  return value as Minutes
}

export const ZERO_MINUTES = minutes(0)

/** The opposite duration (a reversal). */
export function negateMinutes(value: Minutes): Minutes {
  return minutes(-value)
}

export function sumMinutes(values: Iterable<number>): Minutes {
  let total = 0
  for (const v of values) total += v
  return minutes(total)
}

/** `444` → `7,40` (hours with two decimals, Danish comma). */
export function formatHours(value: number, decimals = 2): string {
  const negative = value < 0
  const abs = Math.abs(value)
  const hundredths = Math.round((abs * 100) / 60)
  const whole = Math.trunc(hundredths / 100)
  const frac = String(hundredths % 100)
    .padStart(2, '0')
    .slice(0, decimals)
  const wholeText = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${negative ? '-' : ''}${wholeText}${decimals > 0 ? `,${frac}` : ''}`
}

/**
 * Parses hours as a Danish user types them: `7,4`, `7.4`, `7:24`, `26,4`, and with thousands
 * separators as Puljestyr shows them, `1.924,00` or `1.000` (a dot that groups three digits is a
 * thousands separator). Returns minutes, or null when the text is not a number of hours. Decimal
 * hours are converted to the nearest minute.
 */
export function parseHours(text: string): Minutes | null {
  let t = text.trim()
  if (t === '') return null
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '')
  const clock = /^(-)?(\d+):([0-5]\d)$/.exec(t)
  if (clock) {
    const m = Number(clock[2]) * 60 + Number(clock[3])
    return minutes(clock[1] ? -m : m)
  }
  const dec = /^(-)?(\d+)(?:[.,](\d+))?$/.exec(t)
  if (!dec) return null
  const whole = Number(dec[2])
  const fracDigits = dec[3] ?? ''
  // Exact: minutes = (whole + frac/10^k) * 60, rounded to the nearest minute.
  const scale = 10 ** fracDigits.length
  const scaled = whole * scale + Number(fracDigits || '0')
  const m = Math.round((scaled * 60) / scale)
  return minutes(dec[1] ? -m : m)
}
