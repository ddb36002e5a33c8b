import { describe, expect, it } from 'vitest'
import { allowedActions, classifyRevision, diffVersions, needsApproval, type VersionLine } from '@shared/domain/budget/revisions'
import { shippedBudgetRules } from '@shared/domain/budget/poolRules'
import { ore } from '@shared/domain/money'

const line = (id: number, year: number, title: string, amountOre: number, categoryKey = 'jobBroker'): VersionLine => ({
  budgetLineId: id,
  year,
  categoryKey,
  title,
  staffCount: null,
  hourlyRateOre: null,
  minutes: null,
  amountOre: ore(amountOre),
  note: 'n'
})

const base = [line(1, 2020, 'Jobformidlere', 500000), line(2, 2021, 'Jobformidlere', 500000), line(3, 2020, 'Revision', 20000, 'audit')]
const years = [2020, 2021]

describe('what a revision changes', () => {
  it('lists added, removed and changed lines with the difference, leaving unchanged lines out', () => {
    const next = [line(1, 2020, 'Jobformidlere', 400000), line(2, 2021, 'Jobformidlere', 500000), line(4, 2021, 'Projektledelse', 100000, 'projectManagement')]
    const changes = diffVersions(base, next)
    expect(changes.map((c) => [c.budgetLineId, c.change, c.deltaOre])).toEqual([
      [3, 'removed', -20000],
      [1, 'changed', -100000],
      [4, 'added', 100000]
    ])
  })

  it('a note alone is a change too', () => {
    const next = base.map((l) => (l.budgetLineId === 3 ? { ...l, note: 'ny note' } : l))
    expect(diffVersions(base, next)).toHaveLength(1)
  })
})

describe('FSM2: moving money between years inside the period needs no approval', () => {
  const fsm2 = shippedBudgetRules('FSM2')
  it('moving 100.000 kr. of the same line from 2020 to 2021 is a move between years', () => {
    const changes = diffVersions(base, [line(1, 2020, 'Jobformidlere', 400000), line(2, 2021, 'Jobformidlere', 600000), base[2]!])
    expect(classifyRevision(changes, years)).toBe('betweenYears')
    expect(needsApproval('betweenYears', fsm2)).toBe(false)
  })

  it('moving money to another line is another change that needs STAR’s approval', () => {
    const changes = diffVersions(base, [line(1, 2020, 'Jobformidlere', 480000), base[1]!, line(3, 2020, 'Revision', 40000, 'audit')])
    expect(classifyRevision(changes, years)).toBe('other')
    expect(needsApproval('other', fsm2)).toBe(true)
  })

  it('moving money into a year outside the project period is not a move inside the period', () => {
    const changes = diffVersions(base, [line(1, 2020, 'Jobformidlere', 400000), base[1]!, base[2]!, line(9, 2022, 'Jobformidlere', 100000)])
    expect(classifyRevision(changes, years)).toBe('other')
  })

  it('in FSM1 and HRF the same move needs approval', () => {
    expect(needsApproval('betweenYears', shippedBudgetRules('FSM1'))).toBe(true)
    expect(needsApproval('betweenYears', shippedBudgetRules('HRF'))).toBe(true)
  })

  it('no change at all is "none"', () => {
    expect(classifyRevision(diffVersions(base, base), years)).toBe('none')
  })
})

describe('the revision life cycle: draft → sent → approved | rejected', () => {
  it('a draft revision that needs approval can only be sent, not put in force', () => {
    expect(allowedActions('revision', 'draft', true, true)).toEqual(['edit', 'delete', 'send'])
  })
  it('a draft the pool allows without approval can be put in force at once (or still sent)', () => {
    expect(allowedActions('revision', 'draft', false, true)).toEqual(['edit', 'delete', 'send', 'register'])
  })
  it('a draft with no changes can be edited or deleted only', () => {
    expect(allowedActions('revision', 'draft', true, false)).toEqual(['edit', 'delete'])
  })
  it('a sent revision is approved or rejected by STAR and can no longer be edited', () => {
    expect(allowedActions('revision', 'sent', true, true)).toEqual(['approve', 'reject'])
  })
  it('approved, rejected and registered versions are final', () => {
    for (const s of ['approved', 'rejected', 'registered'] as const) expect(allowedActions('revision', s, true, true)).toEqual([])
  })
  it('the original budget is approved with the grant letter, straight from the draft', () => {
    expect(allowedActions('original', 'draft', true, false)).toContain('approve')
  })
})
