// The shape of the one typed API. Each method is declared once, with zod schemas for its input
// and output; the Electron IPC binding and the HTTP bridge both iterate the contract.
import { z } from 'zod'
import { errorCodes, type ApiError } from '../errors'

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** One line: what the call does (shown in errors and docs). */
  summary: string
}

export function defineMethod<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def
}

export type ContractShape = Record<string, MethodDef>
export type InputOf<M extends MethodDef> = z.input<M['input']>
export type ParsedInputOf<M extends MethodDef> = z.output<M['input']>
export type OutputOf<M extends MethodDef> = z.output<M['output']>

/** What crosses a transport: never a thrown string. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** An error as it crosses a boundary (errors.ts: DomainError and its codes). */
export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  field: z.string().optional(),
  /** Row-level problems, e.g. every bad row of an import. */
  details: z.array(z.object({ row: z.number().int().optional(), field: z.string().optional(), message: z.string() })).optional()
})

export const apiResultSchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: apiErrorSchema })])

export { IPC_CHANNEL } from './channel'
