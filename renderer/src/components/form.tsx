// Form fields bound to react-hook-form. Fields hold what the user typed (text), so a refused save
// never loses input; conversion to øre, minutes and ISO dates happens once, on submit.
import { useState, type ReactNode } from 'react'
import {
  Controller,
  type Control,
  type ControllerProps,
  type ControllerFieldState,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
  type UseFormProps,
  type UseFormReturn,
  type UseFormSetError,
  // eslint-disable-next-line no-restricted-imports -- the one place that wraps useForm with the unsaved-changes guard
  useForm
} from 'react-hook-form'
// eslint-disable-next-line no-restricted-imports -- the one place that wraps zodResolver
import { zodResolver as hookformZodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, DialogActions, Grid, InputAdornment, TextField, type GridProps, type SxProps, type TextFieldProps, type Theme } from '@mui/material'
import { DatePicker } from './DatePicker'
import { format, isValid, parseISO } from 'date-fns'
import { z } from 'zod'
import { parseKr } from '@shared/domain/money'
import { parseHours } from '@shared/domain/duration'
import { isIsoDate } from '@shared/domain/dates'
import { formatSetBasisPoints, parsePercentInput } from '@shared/domain/percent'
import { fieldRuleMessage, installDanishZodErrors, isRequiredField } from '@shared/api/validation'
import { da } from '@shared/texts/da'
import { ApiClientError, errorMessage } from '../api/client'
import { useUnsavedChangesGuard } from '../shell/unsavedChanges'
import { DialogCancelButton } from './GuardedDialog'

// Every zod message a form shows is Danish and names the field (no «Invalid input …»). Set where the
// forms are, which every screen that validates with zod imports, so the start page need not load zod.
installDanishZodErrors()

// Required fields are marked (the asterisk) from the form's own schema: the resolver remembers
// its schema, the form its resolver's, and a field asks whether the schema refuses it empty
// (isRequiredField). The mark and the refusal come from one rule (issue #12).
const schemaOfResolver = new WeakMap<object, z.ZodType>()
const schemaOfControl = new WeakMap<object, z.ZodType>()

/** @hookform/resolvers' zodResolver, remembering its schema so that the form's fields can mark themselves required. */
export const zodResolver = ((schema: z.ZodType, ...rest: unknown[]) => {
  const resolver = (hookformZodResolver as unknown as (...args: unknown[]) => object)(schema, ...rest)
  schemaOfResolver.set(resolver, schema)
  return resolver
}) as unknown as typeof hookformZodResolver

/** True when the form's schema refuses the field left empty. */
function markedRequired(control: object, name: string): boolean {
  const schema = schemaOfControl.get(control)
  return schema ? isRequiredField(schema, name) : false
}

/**
 * react-hook-form's `useForm`, guarded: while the form holds input that is not saved (and is not
 * being saved), leaving the page or closing the window asks first. Every form uses this.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own useForm
export function useGuardedForm<TFieldValues extends FieldValues = FieldValues, TContext = any, TTransformedValues = TFieldValues>(
  props?: UseFormProps<TFieldValues, TContext, TTransformedValues>,
  /** Fields that only choose what to show (a period, a kind): changing them alone loses nothing. */
  options: { choiceFields?: readonly FieldPath<TFieldValues>[] } = {}
): UseFormReturn<TFieldValues, TContext, TTransformedValues> {
  const form = useForm<TFieldValues, TContext, TTransformedValues>(props)
  const schema = props?.resolver ? schemaOfResolver.get(props.resolver) : undefined
  if (schema) schemaOfControl.set(form.control, schema)
  const { isDirty, dirtyFields, isSubmitting } = form.formState
  const choices = options.choiceFields ?? []
  const typed = choices.length === 0 ? isDirty : Object.keys(dirtyFields).some((k) => !choices.includes(k as FieldPath<TFieldValues>))
  useUnsavedChangesGuard(typed && !isSubmitting)
  return form
}

/** Where a field stands in its form's `<Grid container>`: in a cell of this size (none: not in a cell). */
type CellProp = { cell?: GridProps['size'] }

/** A field bound to the form's value `name` (drawn by `render`), alone or in its cell of the form's grid. */
function BoundField<T extends FieldValues>({
  control,
  name,
  cell,
  render
}: { control: Control<T>; name: FieldPath<T>; render: ControllerProps<T, FieldPath<T>>['render'] } & CellProp) {
  const bound = <Controller control={control} name={name} render={render} />
  return cell === undefined ? bound : <Grid size={cell}>{bound}</Grid>
}

type FieldProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: string
  helperText?: ReactNode
  /** The unit after what is typed («kr.», «%», «timer»): the label stays the field's name, as the server's messages say it. */
  unit?: keyof typeof da.common.units
  /** The keyboard a touch screen shows: digits only, or digits with a decimal comma. */
  inputMode?: 'numeric' | 'decimal'
} & CellProp &
  Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'helperText'>

export function FormTextField<T extends FieldValues>({ control, name, label, helperText, unit, inputMode, cell, ...rest }: FieldProps<T>) {
  return (
    <BoundField
      control={control}
      name={name}
      cell={cell}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          {...field}
          required={rest.required ?? markedRequired(control, name)}
          value={field.value ?? ''}
          label={label}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
          slotProps={{
            ...rest.slotProps,
            ...(unit ? { input: { endAdornment: <InputAdornment position="end">{da.common.units[unit]}</InputAdornment> } } : {}),
            htmlInput: { 'aria-label': label, ...(inputMode ? { inputMode } : {}), ...((rest.slotProps?.htmlInput as object) ?? {}) }
          }}
        />
      )}
    />
  )
}

/** The form value of a date field that holds something that is not (yet) a date. */
const INVALID_DATE = 'invalid-date'

/** What the form keeps for a date from the picker: ISO, '' for empty, or INVALID_DATE while half-typed. */
function toFormDate(d: Date | null): string {
  if (d === null) return ''
  return isValid(d) && d.getFullYear() >= 1000 ? format(d, 'yyyy-MM-dd') : INVALID_DATE
}

function DateInput({
  field,
  fieldState,
  label,
  helperText,
  required
}: {
  field: ControllerRenderProps<FieldValues, string>
  fieldState: ControllerFieldState
  label: string
  helperText?: ReactNode
  required: boolean
}) {
  // While the user types, the picker holds dates the form cannot (year 0002 after the first digit
  // of 2022). The picker gets its own Date back as long as the form's value still comes from it,
  // so it never resets the sections the user is typing in.
  const [lastPicked, setLastPicked] = useState<Date | null | undefined>(undefined)
  const formValue = typeof field.value === 'string' ? field.value : ''
  const value =
    lastPicked !== undefined && toFormDate(lastPicked) === formValue
      ? lastPicked
      : isIsoDate(formValue)
        ? parseISO(formValue)
        : formValue === INVALID_DATE
          ? new Date(Number.NaN)
          : null
  return (
    <DatePicker
      label={label}
      value={value}
      format="dd.MM.yyyy"
      onChange={(d) => {
        setLastPicked(d)
        field.onChange(toFormDate(d))
      }}
      slotProps={{
        textField: {
          name: field.name,
          required,
          onBlur: field.onBlur,
          error: Boolean(fieldState.error),
          helperText: fieldState.error?.message ?? helperText,
          slotProps: { htmlInput: { 'aria-label': label } }
        }
      }}
    />
  )
}

/** An ISO date (`YYYY-MM-DD`) entered with MUI's date picker as dd.mm.åååå. */
export function FormDateField<T extends FieldValues>({
  label,
  helperText,
  ...bound
}: {
  control: Control<T>
  name: FieldPath<T>
  label: string
  helperText?: ReactNode
} & CellProp) {
  return (
    <BoundField
      {...bound}
      render={({ field, fieldState }) => (
        <DateInput
          field={field as unknown as ControllerRenderProps<FieldValues, string>}
          fieldState={fieldState}
          label={label}
          helperText={helperText}
          required={markedRequired(bound.control, bound.name)}
        />
      )}
    />
  )
}

const v = da.validationMessages
const prefix = (label: string) => `${v.fieldPrefix(label)} `

/** Text as the user typed it (trimmed), checked by the contract's rule for it and named by `label`. */
function textBy(rule: z.ZodType, label: string) {
  return z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const message = fieldRuleMessage(rule, s, label)
      if (message) ctx.addIssue({ code: 'custom', message })
    })
}

/**
 * A form's text fields picked from the contract's schema of the call it makes: each holds what the
 * user typed and is checked by the contract's own rule for it (required, length, no CPR number),
 * the message naming the field by the form's `labels`. The form adds its other fields (amounts,
 * hours, dates and choices, held as text) with `.extend`.
 */
export function textFieldsOf<Shape extends Record<string, z.ZodType>, K extends keyof Shape & string>(
  contract: { shape: Shape },
  labels: { [P in K]: string }
): z.ZodObject<{ [P in K]: ReturnType<typeof textBy> }> {
  const fields = Object.fromEntries((Object.entries(labels) as [K, string][]).map(([key, label]) => [key, textBy(contract.shape[key] as z.ZodType, label)]))
  return z.object(fields as { [P in K]: ReturnType<typeof textBy> })
}

/** Form-side schemas: text in, typed value out, with Danish messages naming the field. */
export const formFields = {
  /** A text field checked by the contract's rule for it, where the form names it otherwise (see textFieldsOf). */
  textBy,
  text: (label: string) =>
    z
      .string()
      .trim()
      .min(1, prefix(label) + v.required + '.'),
  optionalText: () => z.string().trim(),
  /** An amount in kroner as typed («2.235.074,00»); `optional`: an empty field is allowed. */
  kr: (label: string, options: { optional?: boolean } = {}) =>
    z
      .string()
      .trim()
      .superRefine((s, ctx) => {
        if (s === '' && options.optional) return
        if (s === '') ctx.addIssue({ code: 'custom', message: prefix(label) + v.required + '.' })
        else if (parseKr(s) === null) ctx.addIssue({ code: 'custom', message: prefix(label) + v.notKr + '.' })
      }),
  hours: (label: string) =>
    z
      .string()
      .trim()
      .min(1, prefix(label) + v.required + '.')
      .refine((s) => parseHours(s) !== null, prefix(label) + v.notHours + '.'),
  /**
   * A whole number typed as text, checked by the contract's schema for it (its bounds are not
   * restated here). `optional`: an empty field is allowed (the value is then left out).
   */
  integerBy: (rule: z.ZodType, label: string, options: { optional?: boolean } = {}) =>
    z.string().superRefine((s, ctx) => {
      const text = s.trim()
      if (text === '' && options.optional) return
      if (!/^-?\d+$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: prefix(label) + (text === '' ? v.required : v.notInteger) + '.' })
        return
      }
      const message = fieldRuleMessage(rule, Number(text), label)
      if (message) ctx.addIssue({ code: 'custom', message })
    }),
  /** A percent typed as text («71,35»), checked in basis points by the contract's schema for it. */
  percentBy: (rule: z.ZodType, label: string, options: { optional?: boolean } = {}) =>
    z.string().superRefine((s, ctx) => {
      const text = s.trim()
      if (text === '' && options.optional) return
      const bp = parsePercentInput(text)
      if (bp === null) {
        ctx.addIssue({ code: 'custom', message: prefix(label) + (text === '' ? v.required : v.notNumber) + '.' })
        return
      }
      const message = fieldRuleMessage(rule, bp, label, (n) => formatSetBasisPoints(Number(n)))
      if (message) ctx.addIssue({ code: 'custom', message })
    }),
  date: (label: string) =>
    z
      .string()
      .min(1, prefix(label) + v.required + '.')
      .refine((s) => isIsoDate(s), prefix(label) + v.invalidDate + '.')
}

/** Puts a refused save's message on its field when the form has that field; returns true if so. */
export function showServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly string[]): boolean {
  if (!(error instanceof ApiClientError)) return false
  const details = error.error.details?.length ? error.error.details : [{ field: error.field, message: error.message }]
  let shown = false
  for (const d of details) {
    const name = d.field?.split('.')[0]
    if (name && fields.includes(name)) {
      setError(name as FieldPath<T>, { type: 'server', message: d.message })
      shown = true
    }
  }
  return shown
}

/**
 * The one view of an error a user should read: a refused save that names no field of its form, or a
 * refused action (a click that calls the service), shown where the form or the action is.
 * `onClose` lets the user dismiss it.
 */
export function FormRootError({ message, sx, onClose }: { message: string | null | undefined; sx?: SxProps<Theme>; onClose?: () => void }) {
  if (!message) return null
  return (
    <Alert severity="error" role="alert" sx={sx ?? { mt: 2 }} {...(onClose ? { onClose } : {})}>
      {message}
    </Alert>
  )
}

/** Cancel and save at the foot of a dialog's form; save submits the form; cancel with typed input asks first (GuardedDialog). */
export function DialogFormActions({
  onCancel,
  submitting,
  submitLabel = da.common.save,
  color = 'primary',
  disabled = false,
  remove
}: {
  onCancel: () => void
  submitting: boolean
  submitLabel?: ReactNode
  /** 'warning' for a step back (unlocking, withdrawing). */
  color?: 'primary' | 'warning'
  disabled?: boolean
  /**
   * A red button at the far left that removes the thing the dialog edits: `run` removes it, then
   * the dialog closes (`onCancel`, without asking: there is nothing left to lose); a refusal's
   * message goes to `onError`, for the dialog to show.
   */
  remove?: { label: ReactNode; run: () => Promise<unknown>; onError: (message: string) => void }
}) {
  return (
    <DialogActions>
      {remove ? (
        <Button
          color="error"
          sx={{ mr: 'auto' }}
          onClick={async () => {
            try {
              await remove.run()
              onCancel()
            } catch (e) {
              remove.onError(errorMessage(e))
            }
          }}
        >
          {remove.label}
        </Button>
      ) : null}
      <DialogCancelButton onCancel={onCancel} />
      <Button type="submit" variant="contained" color={color} loading={submitting} disabled={disabled}>
        {submitLabel}
      </Button>
    </DialogActions>
  )
}

/**
 * A form's submit: `save` with its values; a refused save's message goes on the field it names
 * (when the form has it, `fields`) or on the form (FormRootError).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own types
export function submitTo<T extends FieldValues, C = any, V = T>(form: UseFormReturn<T, C, V>, fields: readonly string[], save: (values: V) => Promise<void>) {
  return form.handleSubmit(async (values) => {
    try {
      await save(values)
    } catch (e) {
      if (!showServerError(e, form.setError, fields)) form.setError('root', { message: errorMessage(e) })
    }
  })
}
