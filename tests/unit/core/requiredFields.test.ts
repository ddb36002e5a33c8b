// Required fields are marked from the form's own schema: a field whose schema refuses it empty.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isRequiredField } from '@shared/api/validation'

describe('which fields of a form are required', () => {
  const schema = z
    .object({
      title: z.string().trim().min(1),
      note: z.string().trim(),
      date: z
        .string()
        .min(1)
        .refine((s) => /^\d{4}-\d\d-\d\d$/.test(s)),
      share: z.string().superRefine((s, ctx) => {
        if (s.trim() === '') ctx.addIssue({ code: 'custom', message: 'skal udfyldes' })
      }),
      optionalShare: z.string().superRefine(() => undefined),
      tiers: z.array(z.object({ atLeast: z.string().min(1), label: z.string() })),
      maybe: z.string().min(1).optional()
    })
    .superRefine(() => undefined)
  it('a field that refuses an empty value is required; one that takes it is not', () => {
    expect(isRequiredField(schema, 'title')).toBe(true)
    expect(isRequiredField(schema, 'date')).toBe(true)
    expect(isRequiredField(schema, 'share')).toBe(true)
    expect(isRequiredField(schema, 'note')).toBe(false)
    expect(isRequiredField(schema, 'optionalShare')).toBe(false)
    expect(isRequiredField(schema, 'maybe')).toBe(false)
  })
  it('follows a path into lists of rows, and knows no field outside the schema', () => {
    expect(isRequiredField(schema, 'tiers.2.atLeast')).toBe(true)
    expect(isRequiredField(schema, 'tiers.0.label')).toBe(false)
    expect(isRequiredField(schema, 'unknown')).toBe(false)
    expect(
      isRequiredField(
        z.object({ a: z.string() }).transform((v) => v),
        'a'
      )
    ).toBe(false)
    expect(
      isRequiredField(
        z.object({ a: z.string().min(1) }).transform((v) => v),
        'a'
      )
    ).toBe(true)
  })
})
