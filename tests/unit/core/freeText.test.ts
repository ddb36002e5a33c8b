import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { optionalText, requiredText } from '@shared/api/schemas'
import { apiContract } from '@shared/api/contract'
import { illFormedTextError, parseInput, validationError } from '@shared/api/validation'

const note = z.object({ note: optionalText, name: requiredText.max(200) }).strict()
const messageOf = (raw: unknown) => {
  const r = parseInput(note, raw)
  return r.success ? null : validationError(r.error, 'staff').message
}

describe('the one free-text type at the contract boundary', () => {
  it('refuses a CPR number with or without the dash, naming the field', () => {
    expect(messageOf({ name: 'Jonas', note: 'Borger 010190-1234 ringede' })).toMatch(/^Feltet «.+» ligner et CPR-nummer/)
    expect(messageOf({ name: 'Jonas', note: 'cpr 0101901234' })).toMatch(/ligner et CPR-nummer/)
    expect(messageOf({ name: '010190-1234', note: '' })).toMatch(/ligner et CPR-nummer/)
  })

  it('accepts ordinary text, also with dates and amounts', () => {
    expect(messageOf({ name: 'Jonas Holm', note: 'Møde 01.01.2020, 1.234,50 kr., sag 15.00.00-A00-9-20 😀' })).toBeNull()
  })

  it('refuses text that is not valid Unicode in the free-text type', () => {
    expect(messageOf({ name: 'a\ud800b', note: '' })).toMatch(/indeholder tegn, der ikke er gyldig Unicode/)
  })

  it('refuses a lone surrogate in any string of any input, naming the field', () => {
    const error = illFormedTextError({ projectId: 1, fileName: 'x.csv', contentBase64: 'QQ==\udc00' }, 'time')
    expect(error?.field).toBe('contentBase64')
    expect(error?.message).toMatch(/^Feltet «.+» indeholder tegn, der ikke er gyldig Unicode/)
    expect(illFormedTextError({ rows: [{ text: 'ok' }, { text: 'x\ud83d' }] })?.field).toBe('rows.1.text')
    expect(illFormedTextError({ text: 'emoji 😀 is fine' })).toBeNull()
  })

  it('every free-text field of the contract is of the free-text type', () => {
    const samples: [string, Record<string, unknown>, string][] = [
      [
        'ledger.create',
        { projectId: 1, date: '2020-01-06', budgetLineId: 1, amountOre: 100, documentRef: 'B-1', description: 'Løn 010190-1234' },
        'description'
      ],
      ['quarterly.text.save', { projectId: 1, quarter: '2020-Q3', risks: 'x 0101901234' }, 'risks']
    ]
    for (const [method, input, field] of samples) {
      const def = apiContract[method as keyof typeof apiContract]
      expect(def, method).toBeDefined()
      const r = parseInput(def.input, input)
      expect(r.success, `${method}.${field}`).toBe(false)
      if (!r.success) expect(r.error.issues[0]?.path.join('.')).toBe(field)
    }
  })

  it('no string of any input takes arbitrary text: each is the free-text type, a format, or named here as not a text', () => {
    // Strings that are not typed text a user keeps: file contents, filters of the trail, the team
    // database's address and password (a password may hold ten digits), a PDF's download name, keys.
    const notText = new Set([
      'app.teamDatabase.test.url',
      'app.teamDatabase.test.password',
      'app.teamDatabase.save.url',
      'app.teamDatabase.save.password',
      'app.teamDatabase.save.sealedPassword',
      'print.pdf.fileName',
      'staff.rates.add.salaryParts[].key',
      'budget.rules.save.rules.hourlyRate.salaryParts[].key',
      'budget.rules.save.rules.instalments[].resultTiers[].kpi',
      'participants.rules.save.rules.progression.themes[].key',
      'participants.rules.save.rules.progression.themes[].questions[].key',
      'participants.progression.members.themeKey',
      'time.import.hours.contentBase64',
      'ledger.import.contentBase64',
      'meetings.attachments.add.contentBase64',
      'participants.status.import.contentBase64',
      'quarterly.verify.contentBase64',
      'audit.list.entity',
      'audit.list.entityId',
      'audit.page.entity',
      'audit.page.entityId'
    ])
    type Def = { type: string; checks?: { _zod: { def: { check: string } } }[]; [k: string]: unknown }
    const plain: string[] = []
    const walk = (schema: unknown, path: string, seen: Set<unknown>): void => {
      const def = (schema as { _zod?: { def: Def } } | undefined)?._zod?.def
      if (!def || seen.has(schema)) return
      seen.add(schema)
      const inner = (s: unknown, p = path) => walk(s, p, seen)
      if (def.type === 'string') {
        // The free-text type and the formats (dates, months) are refinements; a plain string has none.
        if (!(def.checks ?? []).some((c) => ['custom', 'string_format'].includes(c._zod.def.check))) plain.push(path)
      } else if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as object)) inner(v, `${path}.${k}`)
      else if (def.type === 'array') inner(def.element, `${path}[]`)
      else if (def.type === 'record') inner(def.valueType, `${path}{}`)
      else if (def.type === 'union') for (const o of def.options as unknown[]) inner(o)
      else if (def.type === 'pipe') inner(def.in)
      else if (def.type === 'lazy') inner((def.getter as () => unknown)())
      else if ('innerType' in def) inner(def.innerType)
    }
    for (const [method, def] of Object.entries(apiContract)) walk(def.input, method, new Set())
    expect(plain.filter((p) => !notText.has(p))).toEqual([])
  })
})
