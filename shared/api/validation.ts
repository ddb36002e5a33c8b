// Turns zod issues into Danish messages that name the field and the rule.
import { z } from 'zod'
import type { ApiError } from '../errors'
import { fieldLabel, type TextDomain } from '../texts/da'
import { validationMessages as m, type FormatRule } from '../texts/da/common'
import { findIllFormedText } from './wellFormed'

function labelOf(path: readonly PropertyKey[], domain: TextDomain | undefined): { key: string; label: string } {
  const key = path.map(String).join('.')
  // A record keyed by year (grantByYear.2021): the field's label and the year, «Tilsagn fordelt på år 2021».
  const last = path[path.length - 1]
  if (path.length >= 2 && typeof last === 'string' && /^\d{4}$/.test(last) && typeof path[path.length - 2] === 'string') {
    return { key, label: `${fieldLabel(String(path[path.length - 2]), domain)} ${last}` }
  }
  const named = [...path].reverse().find((p) => typeof p === 'string')
  const index = path.find((p) => typeof p === 'number')
  const base = named !== undefined ? fieldLabel(String(named), domain) : key || m.inputLabel
  const label = typeof index === 'number' ? m.rowOf(base, index + 1) : base
  return { key, label }
}

function ruleText(issue: z.core.$ZodIssue, bound: (n: number | bigint) => string | number | bigint = (n) => n): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return m.required
      if (issue.expected === 'number' || issue.expected === 'bigint') return m.notNumber
      if (issue.expected === 'int') return m.notInteger
      if (issue.expected === 'string') return m.notText
      if (issue.expected === 'boolean') return m.notBoolean
      return m.invalid
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return m.required
      if (issue.origin === 'array' && Number(issue.minimum) <= 1) return m.required
      return m.tooSmall(bound(issue.minimum as number | bigint))
    case 'too_big':
      if (issue.origin === 'string') return m.tooLong(issue.maximum)
      return m.tooBig(bound(issue.maximum as number | bigint))
    case 'invalid_value':
      return m.invalidChoice
    case 'unrecognized_keys':
      return m.unknownField(issue.keys.join(', '))
    case 'custom':
      if (issue.message === 'invalid_date') return m.invalidDate
      if (issue.message === 'invalid_month') return m.invalidMonth
      if (issue.message === 'invalid_quarter') return m.invalidQuarter
      if (issue.message === 'ill_formed') return m.illFormed
      if (issue.message === 'cpr') return m.cpr
      return issue.message
    case 'invalid_format':
      // A schema's format rule with a code of its own (`.regex(…, { message: 'pool_key' })`) says which rule.
      return issue.message in m.formatRules ? m.formatRules[issue.message as FormatRule] : m.invalid
    default:
      return issue.message === 'invalid_date' ? m.invalidDate : m.invalid
  }
}

/**
 * What the contract's rule `schema` says about one value a form holds, as the Danish sentence that
 * names the field by `label` («Feltet «Måneder i træk» må højst være 24.»); null when it passes.
 * Forms check their fields with the contract's own schemas through this, instead of restating bounds.
 */
export function fieldRuleMessage(
  schema: z.ZodType,
  value: unknown,
  label: string,
  /** How a bound is written for the user, e.g. basis points as a percent: 10000 → «100 %». */
  bound?: (n: number | bigint) => string
): string | null {
  const r = schema.safeParse(value)
  if (r.success) return null
  return `${m.fieldPrefix(label)} ${ruleText(r.error.issues[0]!, bound)}.`
}

/** One zod issue as the Danish sentence a user reads: «Feltet «Tilsagn fordelt på år 2021» skal udfyldes.» */
export function danishIssueMessage(issue: z.core.$ZodIssue, domain?: TextDomain): string {
  return `${m.fieldPrefix(labelOf(issue.path, domain).label)} ${ruleText(issue)}.`
}

/**
 * zod's global error map in Danish, so that no English zod text ever reaches a user (the forms'
 * resolvers and any schema without its own message). A message a schema gives itself is kept.
 */
export function installDanishZodErrors(): void {
  z.config({
    customError: (issue) => {
      if (issue.code === 'custom' && issue.message && issue.message !== 'Invalid input' && !issue.message.startsWith('invalid_')) return issue.message
      return danishIssueMessage({ ...issue, path: issue.path ?? [], message: issue.message ?? '' } as z.core.$ZodIssue)
    }
  })
}

/** The first string anywhere in an input that is not valid Unicode, as an ApiError naming its field. */
export function illFormedTextError(raw: unknown, domain?: TextDomain): ApiError | null {
  const path = findIllFormedText(raw)
  if (!path) return null
  const { key, label } = labelOf(path, domain)
  const message = `${m.fieldPrefix(label)} ${m.illFormed}.`
  return { code: 'validation', message, ...(key ? { field: key } : {}), details: [{ field: key, message }] }
}

/** Parses input against a contract schema, keeping the input in each issue for precise messages. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): ReturnType<S['safeParse']> {
  return schema.safeParse(raw, { reportInput: true }) as ReturnType<S['safeParse']>
}

/**
 * The zod error of an input as one ApiError: the first problem in `message`, all in `details`.
 * `domain` is the contract part of the method, whose field labels are asked first.
 */
export function validationError(error: z.ZodError, domain?: TextDomain): ApiError {
  const details = error.issues.map((issue) => {
    return { field: labelOf(issue.path, domain).key, message: danishIssueMessage(issue, domain) }
  })
  const first = details[0] ?? { field: '', message: m.invalid }
  return {
    code: 'validation',
    message: first.message,
    ...(first.field ? { field: first.field } : {}),
    details
  }
}

type SchemaDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; in?: z.ZodType; innerType?: z.ZodType }
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def

/** The schema of the field at a dotted path of a form («tiers.0.atLeast»), or null where the path leaves the schema. */
export function fieldSchemaAt(schema: z.ZodType, path: string): z.ZodType | null {
  let s: z.ZodType | undefined = schema
  const steps = path.split('.')
  while (s) {
    // The field itself keeps its wrappers (an optional field takes undefined); containers are unwrapped.
    if (steps.length === 0) return s
    const def = defOf(s)
    if (def.type === 'pipe') s = def.in
    else if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') s = def.innerType
    else if (def.type === 'object') s = def.shape?.[steps.shift()!]
    else if (def.type === 'array' && /^\d+$/.test(steps[0]!)) {
      steps.shift()
      s = def.element
    } else return null
  }
  return null
}

/**
 * Is the form field at `path` required: does the form's schema refuse it left empty? A form holds
 * what was typed, so empty is '' (text, a date, a choice). Fields are marked required from this,
 * the same rule that refuses them, so the mark and the message cannot disagree (issue #12).
 */
export function isRequiredField(schema: z.ZodType, path: string): boolean {
  const field = fieldSchemaAt(schema, path)
  if (!field) return false
  return !field.safeParse('').success && !field.safeParse(undefined).success
}
