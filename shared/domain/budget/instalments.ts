// Instalments (docs/domain.md rule 5 «Instalments in arrears»): the pool's instalment rules applied
// to a project. FSM2: 50 % on a management-signed interim account, no result condition; the rest on
// the final account, where the grant paid in all depends on the highest result tier reached (15 % →
// 40 %, 20 % → 100 %). FSM1: a third instalment of 30 % on a three-months-in-a-row condition. HRF:
// half-yearly in arrears.
import { addMonths, endOfMonth, parseISO } from 'date-fns'
import { type Ore, ore, shareOfOre } from '../money'
import { toIsoDate, addDaysIso, daysInclusive } from '../dates'
import type { BudgetPoolRules, InstalmentRule, ResultTier } from './poolRules'
import { WHOLE_BP } from '../percent'

export interface PlannedInstalment {
  no: number
  label: string
  basis: InstalmentRule['basis']
  managementSignOff: boolean
  /** The period the account covers. */
  accountFrom: string
  accountTo: string
  /** The most this instalment can pay (null: the documented costs of its period decide). */
  maxAmountOre: Ore | null
  expectedDate: string
  resultTiers: ResultTier[]
  note: string
}

function endOfMonthIso(iso: string): string {
  return toIsoDate(endOfMonth(parseISO(iso)))
}

function monthsAfter(iso: string, months: number): string {
  return toIsoDate(endOfMonth(addMonths(parseISO(iso), months)))
}

/** The last day of the month that holds the middle of the period. */
export function midPeriod(periodStart: string, periodEnd: string): string {
  const half = Math.floor((daysInclusive(periodStart, periodEnd) - 1) / 2)
  return endOfMonthIso(addDaysIso(periodStart, half))
}

/** Half-years (1 Jan–30 Jun, 1 Jul–31 Dec) of the project period, clipped to it. */
export function halfYearsOf(periodStart: string, periodEnd: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = []
  let from = periodStart
  while (from <= periodEnd) {
    const y = from.slice(0, 4)
    const halfEnd = from.slice(5) <= '06-30' ? `${y}-06-30` : `${y}-12-31`
    const to = halfEnd < periodEnd ? halfEnd : periodEnd
    out.push({ from, to })
    from = addDaysIso(to, 1)
  }
  return out
}

export function planInstalments(
  rules: Pick<BudgetPoolRules, 'instalmentSchedule' | 'instalments'>,
  project: { periodStart: string; periodEnd: string; grantAmountOre: number }
): PlannedInstalment[] {
  const grant = ore(project.grantAmountOre)
  if (rules.instalmentSchedule === 'halfYearly') {
    const halves = halfYearsOf(project.periodStart, project.periodEnd)
    return halves.map((h, i) => {
      const last = i === halves.length - 1
      return {
        no: i + 1,
        label: `${i + 1}. rate`,
        basis: last ? 'finalAccount' : 'interimAccount',
        managementSignOff: false,
        accountFrom: h.from,
        accountTo: h.to,
        maxAmountOre: null,
        expectedDate: monthsAfter(h.to, 3),
        resultTiers: [],
        note: ''
      }
    })
  }
  const fixedTotal = rules.instalments.reduce((s, r) => s + (r.shareOfGrantBp === null ? 0 : shareOfOre(grant, r.shareOfGrantBp, WHOLE_BP)), 0)
  const sorted = [...rules.instalments].sort((a, b) => a.no - b.no)
  let previousTo: string | null = null
  return sorted.map((r) => {
    const accountTo = r.accountUntil === 'midPeriod' ? midPeriod(project.periodStart, project.periodEnd) : project.periodEnd
    const accountFrom = r.basis === 'finalAccount' || previousTo === null ? project.periodStart : addDaysIso(previousTo, 1)
    previousTo = accountTo
    return {
      no: r.no,
      label: r.label,
      basis: r.basis,
      managementSignOff: r.managementSignOff,
      accountFrom,
      accountTo,
      maxAmountOre: r.shareOfGrantBp === null ? ore(Math.max(0, grant - fixedTotal)) : shareOfOre(grant, r.shareOfGrantBp, WHOLE_BP),
      expectedDate: monthsAfter(accountTo, r.expectedMonthsAfter),
      resultTiers: r.resultTiers,
      note: r.note
    }
  })
}

interface TierOutcome {
  /** null: not yet measured (no tier has a measurement). */
  met: boolean | null
  /** The highest tier reached, or null. */
  reachedTier: ResultTier | null
  /** The grant paid in all by the reached tier (FSM2), when the tiers say so. */
  grantPaidInAllOre: Ore | null
}

/**
 * The outcome of a result condition: `measured[i]` is whether tier i is met (null: not measured).
 * The highest tier met decides. No tiers: the instalment has no result condition (met).
 */
export function tierOutcome(tiers: ResultTier[], measured: (boolean | null)[], grantAmountOre: number): TierOutcome {
  if (tiers.length === 0) return { met: true, reachedTier: null, grantPaidInAllOre: null }
  if (measured.every((m) => m === null)) return { met: null, reachedTier: null, grantPaidInAllOre: null }
  let reached: ResultTier | null = null
  tiers.forEach((t, i) => {
    if (measured[i] === true && (reached === null || t.atLeastBp >= reached.atLeastBp)) reached = t
  })
  const tier = reached as ResultTier | null
  const paid = tier?.grantPaidInAllBp
  return {
    met: tier !== null,
    reachedTier: tier,
    grantPaidInAllOre:
      tier === null
        ? tiers.some((t) => t.grantPaidInAllBp !== undefined)
          ? ore(0)
          : null
        : paid === undefined
          ? null
          : shareOfOre(ore(grantAmountOre), paid, WHOLE_BP)
  }
}

/** Pure: which tier a measured share (basis points) reaches, for conditions measured as one share. */
export function tierForShare(tiers: ResultTier[], shareBp: number): ResultTier | null {
  const reached = tiers.filter((t) => t.consecutiveMonths === undefined && shareBp >= t.atLeastBp)
  return reached.length ? reached.reduce((a, b) => (b.atLeastBp > a.atLeastBp ? b : a)) : null
}

export type InstalmentStatus = 'expected' | 'appliedFor' | 'received'

/**
 * An instalment's status as it stood at the end of `date`: applied for or received only from the
 * day it was (the quarterly pack reads a past quarter as it stood then, not as it stands today).
 */
export function instalmentStatusOn(i: { status: InstalmentStatus; appliedDate: string | null; receivedDate: string | null }, date: string): InstalmentStatus {
  if (i.status === 'received' && i.receivedDate !== null && i.receivedDate <= date) return 'received'
  if (i.status !== 'expected' && i.appliedDate !== null && i.appliedDate <= date) return 'appliedFor'
  return 'expected'
}
