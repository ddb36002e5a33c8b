// A dialog that does not throw typed input away without asking (issue 12, «no lost typing»).
// Closing it with Annuller, Escape or a click on the backdrop while one of its forms holds input
// that is not saved asks first («Luk uden at gemme» / «Bliv og gem først»). `dirty` is the form's
// own state (react-hook-form's isDirty, or whether a plain text field holds text). The form's
// useGuardedForm keeps guarding navigation and closing the window as before.
import { createContext, useContext, type ReactNode } from 'react'
import { Button, Dialog, type DialogProps } from '@mui/material'
import { da } from '@shared/texts/da'
import { useConfirm } from './ConfirmDialog'

const t = da.common.unsaved

/** Runs `close` at once, or after the user confirms that typed input may be thrown away. */
type AskBeforeClose = (close: () => void) => void

const DialogCloseGuard = createContext<AskBeforeClose | null>(null)

/** The guard of the dialog the caller is in, or a plain call outside a guarded dialog. */
export function useAskBeforeClose(): AskBeforeClose {
  return useContext(DialogCloseGuard) ?? ((close) => close())
}

export function GuardedDialog({ onClose, dirty, children, ...props }: DialogProps & { dirty: boolean; children?: ReactNode }) {
  const [confirmDialog, confirm] = useConfirm()
  const ask: AskBeforeClose = (close) => {
    if (!dirty) return close()
    void confirm({ title: t.title, message: t.dialogMessage, confirmLabel: t.discard, cancelLabel: t.stay }).then((yes) => {
      if (yes) close()
    })
  }
  return (
    <>
      <Dialog {...props} onClose={(event, reason) => ask(() => onClose?.(event, reason))}>
        <DialogCloseGuard.Provider value={ask}>{children}</DialogCloseGuard.Provider>
      </Dialog>
      {confirmDialog}
    </>
  )
}

/** «Annuller» of a guarded dialog: asks first when the dialog holds typed input. */
export function DialogCancelButton({ onCancel }: { onCancel: () => void }) {
  const askBeforeClose = useAskBeforeClose()
  return <Button onClick={() => askBeforeClose(onCancel)}>{da.common.cancel}</Button>
}
