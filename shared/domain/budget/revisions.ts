// Budget revisions (docs/domain.md rule 3 «Budget revisions», seed 003): moving money between lines
// or adding a line needs a written, reasoned application and STAR's written approval before it
// takes effect. FSM2 (STAR's FAQ): moving money between years inside the project period needs no
// approval; a pool setting. A revision's life: draft → sent → approved | rejected; or draft →
// registered (no approval needed).
import type { BudgetPoolRules } from './poolRules'
import { negateOre, ore, type Ore } from '../money'
import type { LineFigures } from './lines'

export type VersionKind = 'original' | 'revision'
export type VersionStatus = 'draft' | 'sent' | 'approved' | 'rejected' | 'registered'
export type VersionAction = 'edit' | 'delete' | 'send' | 'approve' | 'reject' | 'register'

export const IN_FORCE_STATUSES: readonly VersionStatus[] = ['approved', 'registered']

/** A budget line as a version keeps it: its identity and its figures (shared/domain/budget/lines.ts). */
export interface VersionLine extends LineFigures {
  budgetLineId: number
  year: number
  categoryKey: string
  title: string
  note: string
}

interface LineChange {
  budgetLineId: number
  year: number
  categoryKey: string
  title: string
  change: 'added' | 'removed' | 'changed'
  before: VersionLine | null
  after: VersionLine | null
  /** after − before (added: + amount; removed: − amount). */
  deltaOre: Ore
}

function sameFigures(a: VersionLine, b: VersionLine): boolean {
  return a.staffCount === b.staffCount && a.hourlyRateOre === b.hourlyRateOre && a.minutes === b.minutes && a.amountOre === b.amountOre && a.note === b.note
}

/** What a version changes against its base, line by line (unchanged lines left out), in year and title order. */
export function diffVersions(base: VersionLine[], next: VersionLine[]): LineChange[] {
  const before = new Map(base.map((l) => [l.budgetLineId, l]))
  const after = new Map(next.map((l) => [l.budgetLineId, l]))
  const changes: LineChange[] = []
  for (const [id, a] of after) {
    const b = before.get(id)
    if (!b) changes.push({ ...identity(a), change: 'added', before: null, after: a, deltaOre: a.amountOre })
    else if (!sameFigures(a, b)) changes.push({ ...identity(a), change: 'changed', before: b, after: a, deltaOre: ore(a.amountOre - b.amountOre) })
  }
  for (const [id, b] of before) {
    if (!after.has(id)) changes.push({ ...identity(b), change: 'removed', before: b, after: null, deltaOre: negateOre(b.amountOre) })
  }
  return changes.sort((x, y) => x.year - y.year || x.categoryKey.localeCompare(y.categoryKey) || x.title.localeCompare(y.title))
}

function identity(l: VersionLine) {
  return { budgetLineId: l.budgetLineId, year: l.year, categoryKey: l.categoryKey, title: l.title }
}

type RevisionKind = 'none' | 'betweenYears' | 'other'

/**
 * 'betweenYears' when the changes only move money between years of the same line (same category and
 * title) inside the project period: every such line keeps its total over the years, and nothing
 * else changes. Everything else (another line, a new line, more or less money) is 'other'.
 */
export function classifyRevision(changes: LineChange[], periodYears: number[]): RevisionKind {
  if (changes.length === 0) return 'none'
  if (changes.some((c) => !periodYears.includes(c.year))) return 'other'
  const net = new Map<string, number>()
  for (const c of changes) {
    const key = `${c.categoryKey}\u0000${c.title.trim().toLowerCase()}`
    net.set(key, (net.get(key) ?? 0) + c.deltaOre)
  }
  if ([...net.values()].some((v) => v !== 0)) return 'other'
  // Only a note or a line's make-up changed, no money moved: still a change STAR must see.
  if (changes.every((c) => c.deltaOre === 0)) return 'other'
  return 'betweenYears'
}

export function needsApproval(kind: RevisionKind, rules: Pick<BudgetPoolRules, 'revisions'>): boolean {
  if (kind === 'betweenYears') return rules.revisions.betweenYearsWithinPeriodNeedsApproval
  return rules.revisions.otherChangesNeedApproval
}

/**
 * What may be done with a version now. The original budget is approved with STAR's grant letter
 * (draft or sent → approved). A revision is sent to STAR first, unless the pool lets it take effect
 * without approval, in which case it is registered (in force at once, still recorded).
 */
export function allowedActions(kind: VersionKind, status: VersionStatus, approvalNeeded: boolean, hasChanges: boolean): VersionAction[] {
  switch (status) {
    case 'draft': {
      const actions: VersionAction[] = ['edit', 'delete']
      if (kind === 'original') return [...actions, 'send', 'approve']
      if (!hasChanges) return actions
      return approvalNeeded ? [...actions, 'send'] : [...actions, 'send', 'register']
    }
    case 'sent':
      return ['approve', 'reject']
    default:
      return []
  }
}
