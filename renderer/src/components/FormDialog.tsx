// A dialog that is a form: the guard against throwing typed input away (GuardedDialog), the title,
// the fields, the form's error (FormRootError) and cancel and submit at its foot. The dialogs of
// months, weeks, postings and accounts are each FormDialog with their own fields; the meetings' and
// the budget line's are LabelledFormDialog.
import { useState, type ComponentProps, type FormEventHandler, type ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { DialogContent, DialogTitle, type DialogProps } from '@mui/material'
import { DialogFormActions, FormRootError } from './form'
import { GuardedDialog } from './GuardedDialog'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as react-hook-form's own types
type FormDialogProps<T extends FieldValues, C = any, V = T> = {
  form: UseFormReturn<T, C, V>
  onSubmit: FormEventHandler
  onClose: () => void
  title: ReactNode
  submitLabel?: ReactNode
  maxWidth?: DialogProps['maxWidth']
  children: ReactNode
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
  onSubmit,
  onClose,
  title,
  submitLabel,
  submitColor,
  submitDisabled,
  maxWidth = 'sm',
  children
}: FormDialogProps<T, C, V> & {
  submitColor?: 'primary' | 'warning'
  submitDisabled?: boolean
}) {
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
  onSubmit,
  onClose,
  title,
  label,
  open = true,
  submitLabel,
  remove,
  maxWidth = 'sm',
  children
}: FormDialogProps<T, C, V> & {
  label?: string
  open?: boolean
  /** The remove button's label and what it runs; the dialog closes when it succeeds. */
  remove?: { label: ReactNode; run: () => Promise<unknown> }
}) {
  const [removeError, setRemoveError] = useState<string | null>(null)
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
