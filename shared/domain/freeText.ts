// The one free-text type (issue #13): every text a user types refuses text that is not valid
// Unicode and anything that looks like a CPR number. Here, beside the domain rules, so that the
// pools' rule schemas (shared/domain/*/poolRules.ts) use it as the API contract does.
import { z } from 'zod'
import { isWellFormedText } from '../api/wellFormed'
import { containsCpr } from './cpr'

/**
 * Every text a user types (notes, posting texts, names, activity names, minutes, decisions, the
 * quarter's text, the pools' rule texts …) refuses text that is not valid Unicode and anything that
 * looks like a CPR number, with or without the dash (docs/domain.md rule 14 «Personal data»). The registry also
 * refuses ill-formed Unicode in every other string of every input (see shared/api/wellFormed.ts).
 */
export const freeText = z
  .string()
  .refine(isWellFormedText, { message: 'ill_formed' })
  .refine((s) => !containsCpr(s), { message: 'cpr' })
