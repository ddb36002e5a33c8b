// The units' zod schemas, for the API contract (shared/api) and the pool rules' schemas. Kept apart
// from the units' own rules (money.ts, duration.ts, percent.ts: rounding, parsing, formatting), so
// that a screen that only shows an amount does not load zod with the app's first screen (#14).
// A parsed input and every output hold the branded unit, so a service or a screen cannot mix øre
// with minutes or a share; an input is a plain number (the brand is on the output side only),
// checked and refused in Danish as any `z.number().int()`.
import { z } from 'zod'

/** An amount in øre. */
export const oreSchema = z.number().int().brand<'Ore'>()
export const nonNegativeOreSchema = oreSchema.min(0)
/** A duration in whole minutes. */
export const minutesSchema = z.number().int().brand<'Minutes'>()
/** A share in basis points. */
export const basisPointsSchema = z.number().int().brand<'BasisPoints'>()
