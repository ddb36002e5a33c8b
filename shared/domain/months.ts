// Calendar months, `YYYY-MM`: the unit of STAR's månedsnedslag (monthly counts), of a month's
// approval of hours and of the monthly participant status. The one place for month arithmetic and
// for writing a month in Danish; the names themselves are texts (shared/texts/da/common.ts).
import type { IsoDate } from './dates'
import { listAnd, monthNames, monthNamesShort } from '../texts/da/common'

/** A calendar month as `YYYY-MM`, e.g. `2020-03`. */
export type Month = string

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isMonth(value: string): boolean {
  return MONTH.test(value)
}

/** `2020-03-17` → `2020-03` */
export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7)
}

function parts(month: Month): { year: number; index: number } {
  return { year: Number(month.slice(0, 4)), index: Number(month.slice(5, 7)) - 1 }
}

/** `2019-12` + 1 → `2020-01`; negative `n` counts back. */
export function addMonths(month: Month, n: number): Month {
  const { year, index } = parts(month)
  const m = index + n
  const mm = ((m % 12) + 12) % 12
  return `${year + Math.floor(m / 12)}-${String(mm + 1).padStart(2, '0')}`
}

export function nextMonth(month: Month): Month {
  return addMonths(month, 1)
}

/** `2020-02` → `2020-02-01` */
export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`
}

/** `2020-02` → `2020-02-29` (leap years included). */
export function lastDayOf(month: Month): IsoDate {
  const { year, index } = parts(month)
  const days = new Date(Date.UTC(year, index + 1, 0)).getUTCDate()
  return `${month}-${String(days).padStart(2, '0')}`
}

/**
 * Every month from `first` to `last`, both included, in order: `2019-11`..`2020-02` gives four
 * months; empty when `last` is before `first`. For the months a period of dates touches, pass
 * `monthOf(from)` and `monthOf(to)`.
 */
export function monthsFromTo(first: Month, last: Month): Month[] {
  const out: Month[] = []
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m)
  return out
}

/** `2020-03` → `marts 2020` */
export function formatMonth(month: Month): string {
  const { year, index } = parts(month)
  return `${monthNames[index] ?? month} ${year}`
}

/** `2020-03` → `mar. 2020`: for chart axes and narrow columns. */
export function formatMonthShort(month: Month): string {
  const { year, index } = parts(month)
  return `${monthNamesShort[index] ?? month} ${year}`
}

function joinDanish(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${listAnd} ${items[items.length - 1]}`
}

/**
 * A run of months in Danish, naming the year once per year: `marts, april og maj 2020`,
 * `november og december 2020 og januar 2021`.
 */
export function formatMonthList(months: Month[]): string {
  const byYear: { year: number; names: string[] }[] = []
  for (const month of months) {
    const { year, index } = parts(month)
    const last = byYear[byYear.length - 1]
    const name = monthNames[index] ?? month
    if (last && last.year === year) last.names.push(name)
    else byYear.push({ year, names: [name] })
  }
  return joinDanish(byYear.map((g) => `${joinDanish(g.names)} ${g.year}`))
}

/** `2020-03`, `2021-02` → `marts 2020–februar 2021`; one month is written once. */
export function formatMonthRange(from: Month, to: Month): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)}–${formatMonth(to)}`
}
