// A dialog that is a form: the guard against throwing typed input away (GuardedDialog), the title,
// the fields, the form's error (FormRootError) and cancel and submit at its foot. Submit saves and
// then closes the dialog; a refused save keeps it open with what was typed and the refusal's
// message under the field it names (submitTo). The dialogs of months, weeks, postings and accounts
// are each FormDialog with their own fields; the meetings', the budget's and the staff's are
// LabelledFormDialog.
import { useState, type ComponentProps, type ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { DialogContent, DialogTitle, type DialogProps } from '@mui/material'
import { DialogFormActions, FormRootError, submitTo } from './form'
import { GuardedDialog } from './GuardedDialog'

/** What submitting a dialog's form does: ask (maybe), save, close. */
export type DialogSave<V> = {
  /** The fields that show a refused save's message under themselves; any other message shows at the form's foot. */
  fields: readonly string[]
  /** Saves what was typed; the dialog closes when it succeeds and stays open, as typed, when it is refused. */
  save: (values: V) => Promise<unknown>
  /** Asked before saving (e.g. «a date outside the project's period?»): false keeps the dialog open, as typed. */
  askFirst?: (values: V) => Promise<boolean>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own types
type FormDialogProps<T extends FieldValues, C = any, V = T> = DialogSave<V> & {
  form: UseFormReturn<T, C, V>
  onClose: () => void
  title: ReactNode
  submitLabel?: ReactNode
  maxWidth?: DialogProps['maxWidth']
  children: ReactNode
}

/** The form's submit: ask first (if the dialog does), save, then close; a refusal stays with its field (submitTo). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own types
function saveThenClose<T extends FieldValues, C = any, V = T>(form: UseFormReturn<T, C, V>, { fields, save, askFirst }: DialogSave<V>, onClose: () => void) {
  return submitTo(form, fields, async (values) => {
    if (askFirst && !(await askFirst(values))) return
    await save(values)
    onClose()
  })
}

/** The title, the fields with the form's error under them, and cancel and submit. */
function DialogFormBody({
  title,
  children,
  error,
  actions
}: {
  title: ReactNode
  children: ReactNode
  error: string | undefined
  actions: ComponentProps<typeof DialogFormActions>
}) {
  return (
    <>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {children}
        <FormRootError message={error} />
      </DialogContent>
      <DialogFormActions {...actions} />
    </>
  )
}

/** The dialog's paper is the form: title and buttons stay put while the fields scroll. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own types
export function FormDialog<T extends FieldValues, C = any, V = T>({
  form,
  onClose,
  title,
  submitLabel,
  submitColor,
  submitDisabled,
  maxWidth = 'sm',
  children,
  ...saving
}: FormDialogProps<T, C, V> & {
  submitColor?: 'primary' | 'warning'
  submitDisabled?: boolean
}) {
  const onSubmit = saveThenClose(form, saving, onClose)
  return (
    <GuardedDialog
      dirty={form.formState.isDirty}
      open
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      slotProps={{ paper: { component: 'form', onSubmit, noValidate: true } as object }}
    >
      <DialogFormBody
        title={title}
        error={form.formState.errors.root?.message}
        actions={{ onCancel: onClose, submitting: form.formState.isSubmitting, submitLabel, color: submitColor, disabled: submitDisabled }}
      >
        {children}
      </DialogFormBody>
    </GuardedDialog>
  )
}

/**
 * A form inside the dialog's paper, named by `label` or else its title (a `<form aria-label>` that
 * a user or a test finds by its name); the dialog scrolls as a whole. It may carry a remove button
 * (DialogFormActions' `remove`): a refused removal's message shows where the form's error does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own types
export function LabelledFormDialog<T extends FieldValues, C = any, V = T>({
  form,
  onClose,
  title,
  label,
  open = true,
  submitLabel,
  remove,
  maxWidth = 'sm',
  children,
  ...saving
}: FormDialogProps<T, C, V> & {
  label?: string
  open?: boolean
  /** The remove button's label and what it runs; the dialog closes when it succeeds. */
  remove?: { label: ReactNode; run: () => Promise<unknown> }
}) {
  const [removeError, setRemoveError] = useState<string | null>(null)
  const onSubmit = saveThenClose(form, saving, onClose)
  return (
    <GuardedDialog dirty={form.formState.isDirty} open={open} onClose={onClose} maxWidth={maxWidth} fullWidth>
      <form onSubmit={onSubmit} noValidate aria-label={label ?? (typeof title === 'string' ? title : undefined)}>
        <DialogFormBody
          title={title}
          error={form.formState.errors.root?.message ?? removeError ?? undefined}
          actions={{ onCancel: onClose, submitting: form.formState.isSubmitting, submitLabel, remove: remove && { ...remove, onError: setRemoveError } }}
        >
          {children}
        </DialogFormBody>
      </form>
    </GuardedDialog>
  )
}
