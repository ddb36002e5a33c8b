// Every figure of a project as the screens, the CLI and the quarterly pack show it, asked of the
// same services (through the registry): a copy compares them in the source and in the target before
// it commits. Ids and audit anchors are left out: a copy into a database that already holds other
// projects gives the project new ids and a new place in the target's audit chain.
import type { ApiInput, MethodName } from '@shared/api/contract'
import { DomainError } from '@shared/errors'
import type { Registry } from '../../registry'

/** The read methods whose answers are a project's figures. */
const FIGURE_METHODS: [MethodName, (projectId: number) => Record<string, unknown>][] = [
  ['projects.get', (projectId) => ({ projectId })],
  ['budget.overview', (projectId) => ({ projectId })],
  ['budget.spending', (projectId) => ({ projectId })],
  ['budget.instalments', (projectId) => ({ projectId })],
  ['ledger.list', (projectId) => ({ projectId })],
  ['staff.list', (projectId) => ({ projectId })],
  ['time.months', (projectId) => ({ projectId })],
  ['time.lineChoices', (projectId) => ({ projectId })],
  ['accounts.list', (projectId) => ({ projectId })],
  ['meetings.list', (projectId) => ({ projectId })],
  ['meetings.cadence', (projectId) => ({ projectId })],
  ['meetings.actions.list', (projectId) => ({ projectId })],
  ['participants.list', (projectId) => ({ projectId })],
  ['participants.kpi.monthly', (projectId) => ({ projectId })],
  ['participants.overview', (projectId) => ({ projectId })],
  ['participants.progression.summary', (projectId) => ({ projectId })],
  ['prioritisation.list', (projectId) => ({ projectId })],
  ['quarterly.overview', (projectId) => ({ projectId })]
]

/** Keys that name a row or an audit entry rather than a figure (a light's key names its meeting group: «meetings:1»). */
const NOT_A_FIGURE = /^(id|key|.*Id|.*Ids|.*Anchor|anchor|head)$/

function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!NOT_A_FIGURE.test(k)) out[k] = withoutIds(v)
    return out
  }
  return value
}

/** The project's figures, by method, without ids and anchors. */
export async function projectFigures(registry: Registry, projectId: number): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const [method, input] of FIGURE_METHODS) {
    const r = await registry.call(method, input(projectId) as ApiInput<typeof method>)
    if (!r.ok) throw new DomainError(r.error.code, r.error.message)
    out[method] = withoutIds(r.data)
  }
  return out
}

/** A grant pool's rules in force, by section (the saved ones, else the shipped ones for its key). */
export async function poolRules(registry: Registry, poolId: number): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const method of ['budget.rules.get', 'time.rules.get', 'meetings.rules.get', 'participants.rules.get'] as const) {
    const r = await registry.call(method, { poolId })
    if (!r.ok) throw new DomainError(r.error.code, r.error.message)
    out[method.split('.')[0]!] = withoutIds(r.data)
  }
  return out
}

/** The first figure that differs between two projectFigures, as a path and the two values; null if all are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): { path: string; before: string; after: string } | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k)
      if (d) return d
    }
  }
  return { path, before: JSON.stringify(a) ?? '(ingen)', after: JSON.stringify(b) ?? '(ingen)' }
}
