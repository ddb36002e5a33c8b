// Calendar quarters of a project period, for the quarterly pack (kvartalsvis statuspakke).
// A quarter is written `2020-Q3` in the API and the CLI and «3. kvartal 2020» to a user.
import { addDaysIso, type IsoDate } from '../dates'

type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`

export interface Quarter {
  key: QuarterKey
  year: number
  /** 1–4 */
  q: number
  /** First and last day of the calendar quarter. */
  from: IsoDate
  to: IsoDate
  /** First and last month (YYYY-MM). */
  months: string[]
}

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/

/** `2020-Q3` → the quarter, or null for anything else (`2020-Q5`, `3. kvt`). */
export function parseQuarter(text: string): Quarter | null {
  const m = QUARTER_PATTERN.exec(text.trim())
  if (!m) return null
  return quarterOf(Number(m[1]), Number(m[2]))
}

function quarterOf(year: number, q: number): Quarter {
  const firstMonth = (q - 1) * 3 + 1
  const months = [0, 1, 2].map((i) => `${year}-${String(firstMonth + i).padStart(2, '0')}`)
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate()
  return { key: `${year}-Q${q}` as QuarterKey, year, q, from: `${months[0]}-01`, to: `${months[2]}-${String(lastDay).padStart(2, '0')}`, months }
}

/** The quarter a date falls in. */
export function quarterContaining(date: IsoDate): Quarter {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  return quarterOf(year, Math.floor((month - 1) / 3) + 1)
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.q === 1 ? quarterOf(quarter.year - 1, 4) : quarterOf(quarter.year, quarter.q - 1)
}

/** Every quarter that overlaps the project period, in order. */
export function quartersOfPeriod(periodStart: IsoDate, periodEnd: IsoDate): Quarter[] {
  const out: Quarter[] = []
  let q = quarterContaining(periodStart)
  while (q.from <= periodEnd) {
    out.push(q)
    q = quarterContaining(addDaysIso(q.to, 1))
  }
  return out
}

/** True when the quarter overlaps the project period. */
export function quarterInPeriod(quarter: Quarter, periodStart: IsoDate, periodEnd: IsoDate): boolean {
  return quarter.to >= periodStart && quarter.from <= periodEnd
}

/**
 * The quarter a pack is made for by default: the last quarter of the period that has ended by
 * `today`; the first quarter while none has ended; the last one once the period is over.
 */
export function defaultQuarter(periodStart: IsoDate, periodEnd: IsoDate, today: IsoDate): Quarter {
  const all = quartersOfPeriod(periodStart, periodEnd)
  const ended = all.filter((q) => q.to < today)
  return ended[ended.length - 1] ?? all[0]!
}
