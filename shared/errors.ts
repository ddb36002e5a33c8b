// Errors cross every boundary as values: { code, message, field? }. The message is Danish and
// names the field and the rule; `field` lets the UI show it where the field is.
import { z } from 'zod'

const errorCodes = [
  'validation', // input does not match the contract or a field rule
  'rule', // a STAR or pool rule refuses the change
  'not_found',
  'conflict', // e.g. duplicate, or state does not allow the action
  'locked', // approved / signed records cannot change
  'unauthorized',
  'database', // the database cannot be opened or used (newer version, corrupt)
  'internal'
] as const
export type ErrorCode = (typeof errorCodes)[number]

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  field: z.string().optional(),
  /** Row-level problems, e.g. every bad row of an import. */
  details: z.array(z.object({ row: z.number().int().optional(), field: z.string().optional(), message: z.string() })).optional()
})
export type ApiError = z.infer<typeof apiErrorSchema>
export type ApiErrorDetail = NonNullable<ApiError['details']>[number]

/** Thrown by services; the registry turns it into an ApiError value. */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined
  readonly details: ApiErrorDetail[] | undefined
  constructor(code: ErrorCode, message: string, options: { field?: string; details?: ApiErrorDetail[] } = {}) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.field = options.field
    this.details = options.details
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.details ? { details: this.details } : {})
    }
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError
}
