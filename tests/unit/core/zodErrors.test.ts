// Issue 12: no zod or English text reaches a user. The Danish error map names the field and the rule
// for the common kinds of zod issue, in the contract's validation and in the forms' resolvers.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fieldRuleMessage, installDanishZodErrors, parseInput, validationError } from '../../../shared/api/validation'
import { poolsApi } from '../../../shared/api/pools'
import { timeOfDaySchema } from '../../../shared/api/meetings'
import { costCategorySchema, resultTierSchema } from '../../../shared/domain/budget/poolRules'
import { formatBasisPoints } from '../../../shared/domain/percent'

installDanishZodErrors()

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value)
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe('the Danish zod error map', () => {
  it('a missing year of the grant split names the field and the year', () => {
    const schema = z.object({ grantByYear: z.record(z.string(), z.string()) })
    expect(messages(schema, { grantByYear: { 2021: undefined } })).toEqual(['Feltet «Tilsagn fordelt på år 2021» skal udfyldes.'])
  })

  it('covers the common issue kinds in Danish, never zod’s English', () => {
    const schema = z
      .object({
        title: z.string().min(1),
        grantAmountOre: z.number().int().max(100),
        note: z.string().max(3),
        kind: z.enum(['interim', 'final']),
        periodStart: z.string()
      })
      .strict()
    const all = messages(schema, { title: '', grantAmountOre: 1.5, note: 'abcd', kind: 'x', periodStart: 7, extra: 1 })
    expect(all).toEqual([
      'Feltet «Projektets titel» skal udfyldes.',
      'Feltet «Tilsagnsbeløb» skal være et helt tal.',
      'Feltet «Note» må højst være 3 tegn.',
      'Feltet «Type» har en værdi, der ikke kan vælges.',
      'Feltet «Startdato» skal være tekst.',
      'Feltet «Indtastning» kendes ikke: extra.'
    ])
    for (const m of all) expect(m).not.toMatch(/Invalid|expected|received|Too (big|small)/)
    expect(messages(z.object({ grantAmountOre: z.number() }), { grantAmountOre: 'x' })).toEqual(['Feltet «Tilsagnsbeløb» skal være et tal.'])
  })

  it('a message a schema gives itself is kept, and the contract validation says the same', () => {
    expect(messages(z.object({ x: z.string().refine(() => false, 'Egen besked.') }), { x: 'a' })).toEqual(['Egen besked.'])
    const r = parseInput(z.object({ grantByYear: z.record(z.string(), z.string()) }), { grantByYear: { 2021: undefined } })
    expect(validationError(r.error!).message).toBe('Feltet «Tilsagn fordelt på år 2021» skal udfyldes.')
  })
})

describe('a form field checked by the contract’s own rule (no bound restated in the form)', () => {
  it('the pool rule’s 1–24 months for a result condition, in Danish with the form’s label', () => {
    const months = resultTierSchema.shape.consecutiveMonths
    expect(fieldRuleMessage(months, 24, 'Måneder i træk')).toBeNull()
    expect(fieldRuleMessage(months, 25, 'Måneder i træk')).toBe('Feltet «Måneder i træk» må højst være 24.')
    expect(fieldRuleMessage(months, 0, 'Måneder i træk')).toBe('Feltet «Måneder i træk» skal være mindst 1.')
  })

  it('a share in basis points states its bound as a percent', () => {
    const atLeast = resultTierSchema.shape.atLeastBp
    expect(fieldRuleMessage(atLeast, 10001, 'Mindst (%)', (n) => formatBasisPoints(Number(n), 0))).toBe('Feltet «Mindst (%)» må højst være 100 %.')
  })

  it('a format rule says which rule: a pool key, a category key, a time of day (not only «er ikke gyldig»)', () => {
    const poolKey = poolsApi['pools.create'].input.shape.key
    expect(fieldRuleMessage(poolKey, 'FSM3', 'Nøgle (kort navn, fx FSM2)')).toBeNull()
    expect(fieldRuleMessage(poolKey, 'FSM 3', 'Nøgle (kort navn, fx FSM2)')).toBe(
      'Feltet «Nøgle (kort navn, fx FSM2)» må kun indeholde bogstaver, tal, - og _.'
    )
    expect(fieldRuleMessage(costCategorySchema.shape.key, '1jobformidler', 'Nøgle')).toBe(
      'Feltet «Nøgle» må kun indeholde bogstaver og tal og skal begynde med et bogstav.'
    )
    expect(fieldRuleMessage(timeOfDaySchema, '25:00', 'Starttid')).toBe('Feltet «Starttid» skal være et klokkeslæt som 13:00.')
    // The service's refusal of the same call says the same.
    const r = parseInput(poolsApi['pools.create'].input, { key: 'FSM 3', name: 'Flere skal med 3', financeAct: '' })
    expect(validationError(r.error!, 'pools').message).toMatch(/^Feltet «Nøgle.*» må kun indeholde bogstaver, tal, - og _\.$/)
  })
})
