// A dialog that is a form: the guard against throwing typed input away (GuardedDialog), the title,
// the fields, the form's error (FormRootError) and cancel and submit at its foot. The dialogs of
// months, weeks, postings and accounts are each this with their own fields.
import type { FormEventHandler, ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { DialogContent, DialogTitle, type DialogProps } from '@mui/material'
import { DialogFormActions, FormRootError } from './form'
import { GuardedDialog } from './GuardedDialog'

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
}: {
  form: UseFormReturn<T, C, V>
  onSubmit: FormEventHandler
  onClose: () => void
  title: ReactNode
  submitLabel?: ReactNode
  submitColor?: 'primary' | 'warning'
  submitDisabled?: boolean
  maxWidth?: DialogProps['maxWidth']
  children: ReactNode
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
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {children}
        <FormRootError message={form.formState.errors.root?.message} />
      </DialogContent>
      <DialogFormActions onCancel={onClose} submitting={form.formState.isSubmitting} submitLabel={submitLabel} color={submitColor} disabled={submitDisabled} />
    </GuardedDialog>
  )
}
