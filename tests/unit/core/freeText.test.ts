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
})
