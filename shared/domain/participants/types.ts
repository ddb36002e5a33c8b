// The words of the participants domain as code: activities in a month, exit reasons, groups,
// progression occasions, and calendar months (`YYYY-MM`, the unit of STAR's månedsnedslag).

/** What a participant did in a month (DOMAIN rule 8; seed 003's "virksomhedsrettet indsats"). */
export const activityKeys = [
  'paidHours', // ordinære løntimer (with the number of hours)
  'workPlacement', // virksomhedspraktik
  'wageSubsidy', // løntilskud
  'flexJob', // fleksjob
  'educationSu', // ordinær uddannelse, SU-berettiget
  'educationPaid', // lønnet uddannelse (elev, lærling, IGU): counts as paid hours in FSM2
  'otherActivity' // anden aktivitet (forløb, mentor, afklaring …): counts for nothing
] as const
export type ActivityKey = (typeof activityKeys)[number]

/** Why a participant's course ended. Which of them take someone out of the effort group is a pool rule. */
export const exitReasons = ['job', 'education', 'flexJob', 'ledighedsydelse', 'disabilityPension', 'movedAway', 'death', 'statePension', 'other'] as const
export type ExitReason = (typeof exitReasons)[number]

export const intakeGroups = [1, 2, 3] as const
export type IntakeGroup = (typeof intakeGroups)[number]

/** When the progression questions are answered (seed 003): at intake, again within a year, at exit. */
export const progressionOccasions = ['intake', 'followUp', 'exit'] as const
export type ProgressionOccasion = (typeof progressionOccasions)[number]

// ---- calendar months ------------------------------------------------------------------------

export type Month = string

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isMonth(value: string): boolean {
  return MONTH.test(value)
}

/** `2020-03-17` → `2020-03` */
export function monthOf(isoDate: string): Month {
  return isoDate.slice(0, 7)
}

export function addMonths(month: Month, n: number): Month {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7)) - 1 + n
  const year = y + Math.floor(m / 12)
  const mm = ((m % 12) + 12) % 12
  return `${year}-${String(mm + 1).padStart(2, '0')}`
}

/** Inclusive list of months from `from` to `to` (empty when to < from). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m)
  return out
}

export function firstDayOf(month: Month): string {
  return `${month}-01`
}

export function lastDayOf(month: Month): string {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${month}-${String(days).padStart(2, '0')}`
}

const MONTH_NAMES = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']

/** `2020-03` → `marts 2020` */
export function formatMonth(month: Month): string {
  const m = Number(month.slice(5, 7))
  return `${MONTH_NAMES[m - 1]} ${month.slice(0, 4)}`
}

/** `2020-03` → `mar. 2020`: for chart axes and narrow columns. */
export function formatMonthShort(month: Month): string {
  const m = Number(month.slice(5, 7))
  const name = MONTH_NAMES[m - 1]!
  return `${name.length > 4 ? `${name.slice(0, 3)}.` : name} ${month.slice(0, 4)}`
}

/**
 * A run of months in Danish, naming the year once per year: `marts, april og maj 2020`,
 * `november og december 2020 og januar 2021`.
 */
export function formatMonthList(months: Month[]): string {
  if (months.length === 0) return ''
  const byYear: { year: string; names: string[] }[] = []
  for (const month of months) {
    const year = month.slice(0, 4)
    const name = MONTH_NAMES[Number(month.slice(5, 7)) - 1]!
    const last = byYear[byYear.length - 1]
    if (last && last.year === year) last.names.push(name)
    else byYear.push({ year, names: [name] })
  }
  const joinDa = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`)
  return joinDa(byYear.map((g) => `${joinDa(g.names)} ${g.year}`))
}

/** `2020-03` … `2021-02` → "marts 2020–februar 2021" */
export function formatMonthRange(from: Month, to: Month): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)}–${formatMonth(to)}`
}

/** Share as integer basis points compared exactly: count / total ≥ threshold. */
export function shareAtLeast(count: number, total: number, threshold: number): boolean {
  if (total <= 0) return false
  return count * 10000 >= Math.round(threshold * 10000) * total
}

export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0
}
