import { describe, expect, it } from 'vitest'
import { minutes, ZERO_MINUTES } from '@shared/domain/duration'
import { focusCount, paretoBars, participantScore, rankWithFocus, type ParetoItem } from '@shared/domain/participants/pareto'
import { shippedResultsRules } from '@shared/domain/participants/poolRules'
import type { MonthlyStatus } from '@shared/domain/participants/kpis'

const rules = shippedResultsRules('FSM2')

function st(month: string, over: Partial<MonthlyStatus>): MonthlyStatus {
  return {
    participantId: 1,
    month,
    activities: [],
    paidHoursMinutes: ZERO_MINUTES,
    passive: false,
    passiveReason: null,
    cvUpdatedOn: null,
    jobPlan: false,
    jobGoal: '',
    ...over
  }
}

describe('the Pareto score: transparent parts times the pool’s weights', () => {
  it('adds up the parts of a participant close to paid hours', () => {
    // Weights: paid hours 30, firm-based 25, not passive 10, progression 15, CV 10, plan 5, goal 5.
    const statuses = new Map([
      ['2021-01', st('2021-01', { activities: ['workPlacement'] })],
      ['2021-02', st('2021-02', { activities: ['workPlacement', 'paidHours'], paidHoursMinutes: minutes(600) })],
      [
        '2021-03',
        st('2021-03', { activities: ['paidHours'], paidHoursMinutes: minutes(900), cvUpdatedOn: '2021-02-10', jobPlan: true, jobGoal: 'Lagerarbejder' })
      ]
    ])
    // Intake answers all 3 on a 1–5 scale = 0,5 of the scale.
    const answers = [{ participantId: 1, occasion: 'intake' as const, answeredOn: '2021-01-05', answers: { selfEfficacy1: 3, health1: 3 } }]
    const s = participantScore(1, statuses, answers, rules, '2021-03')
    const points = Object.fromEntries(s.parts.map((p) => [p.key, p.points]))
    expect(points).toEqual({ paidHours: 20, firmBased: 25, notPassive: 10, progression: 7.5, cvUpToDate: 10, jobPlan: 5, jobGoal: 5 })
    expect(s.score).toBe(82.5)
  })

  it('a passive participant without CV, plan or answers scores 0', () => {
    const statuses = new Map([['2021-03', st('2021-03', { passive: true, passiveReason: 'Misbrug' })]])
    expect(participantScore(1, statuses, [], rules, '2021-03').score).toBe(0)
  })

  it('an old CV is not up to date (older than the pool’s 2 months)', () => {
    const statuses = new Map([['2021-03', st('2021-03', { activities: ['otherActivity'], cvUpdatedOn: '2021-01-31' })]])
    const s = participantScore(1, statuses, [], rules, '2021-03')
    expect(s.parts.find((p) => p.key === 'cvUpToDate')!.value).toBe(0)
  })
})

describe('the top 20 % as the focus list, ties included', () => {
  it('takes 20 % rounded up', () => {
    expect(focusCount([90, 80, 70, 60, 50, 40, 30, 20, 10, 5], 0.2)).toBe(2)
    expect(focusCount([90, 80, 70, 60, 50, 40, 30, 20, 10, 5, 1], 0.2)).toBe(3)
  })

  it('extends the cut to everyone tied with the last one inside it', () => {
    expect(focusCount([90, 80, 80, 80, 50, 40, 30, 20, 10, 5], 0.2)).toBe(4)
  })

  it('never marks a score of 0 as focus', () => {
    expect(focusCount([10, 0, 0, 0, 0], 0.2)).toBe(1)
    expect(focusCount([0, 0, 0, 0, 0], 0.2)).toBe(0)
    expect(focusCount([], 0.2)).toBe(0)
  })

  it('ranks with shared ranks for equal scores and names as tie order', () => {
    const items = [
      { name: 'Borger 003', score: 50 },
      { name: 'Borger 001', score: 70 },
      { name: 'Borger 002', score: 50 },
      { name: 'Borger 004', score: 10 },
      { name: 'Borger 005', score: 5 }
    ]
    const ranked = rankWithFocus(
      items,
      (i) => i.score,
      (i) => i.name,
      0.2
    )
    expect(ranked.map((r) => [r.item.name, r.rank, r.focus])).toEqual([
      ['Borger 001', 1, true],
      ['Borger 002', 2, false],
      ['Borger 003', 2, false],
      ['Borger 004', 4, false],
      ['Borger 005', 5, false]
    ])
    const tied = rankWithFocus(
      items,
      (i) => (i.name === 'Borger 001' ? 50 : i.score),
      (i) => i.name,
      0.2
    )
    expect(tied.filter((r) => r.focus).map((r) => r.item.name)).toEqual(['Borger 001', 'Borger 002', 'Borger 003'])
  })
})

describe('the 80/20 view of categories', () => {
  const items = (category: string, n: number, value = 1): ParetoItem[] =>
    Array.from({ length: n }, (_, i) => ({ category, value, label: `${category} ${i + 1}` }))

  it('sorts by size, adds cumulative shares and marks the bars up to 80 %', () => {
    const bars = paretoBars([...items('Sygdom', 5), ...items('Misbrug', 3), ...items('Barsel', 2)])
    expect(bars.map((b) => [b.category, b.value, b.cumulativeShare])).toEqual([
      ['Sygdom', 5, 0.5],
      ['Misbrug', 3, 0.8],
      ['Barsel', 2, 1]
    ])
    expect(bars.map((b) => b.vitalFew)).toEqual([true, true, false])
  })

  it('merges the smallest categories into "Øvrige", placed last even when it is larger', () => {
    const bars = paretoBars([...items('A', 50), ...items('B', 30), ...items('C', 10), ...items('D', 2), ...items('E', 2), ...items('F', 1)], { minShare: 0.05 })
    expect(bars.map((b) => [b.category, b.value])).toEqual([
      ['A', 50],
      ['B', 30],
      ['C', 10],
      ['Øvrige', 5]
    ])
    expect(bars[3]!.isOther).toBe(true)
    expect(bars[3]!.items.map((i) => i.category)).toEqual(['D', 'D', 'E', 'E', 'F'])
    expect(bars[3]!.cumulativeShare).toBe(1)
    const many = paretoBars(
      ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((c, i) => items(c, 10 - i)),
      { maxBars: 4, minShare: 0 }
    )
    expect(many.map((b) => b.category)).toEqual(['A', 'B', 'C', 'Øvrige'])
    expect(many[3]!.value).toBe(7 + 6 + 5)
  })

  it('does not merge a single small category', () => {
    const bars = paretoBars([...items('A', 97), ...items('B', 3)], { minShare: 0.05 })
    expect(bars.map((b) => b.category)).toEqual(['A', 'B'])
  })

  it('sums values (minutes, øre) instead of counting', () => {
    const bars = paretoBars([
      { category: 'Jonas Holm', value: 600, label: 'a' },
      { category: 'Sara Lund', value: 1500, label: 'b' },
      { category: 'Jonas Holm', value: 300, label: 'c' }
    ])
    expect(bars.map((b) => [b.category, b.value])).toEqual([
      ['Sara Lund', 1500],
      ['Jonas Holm', 900]
    ])
    expect(paretoBars([])).toEqual([])
  })
})
