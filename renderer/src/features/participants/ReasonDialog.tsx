// A dialog that asks for the reason of an audited change (delete, pin, exclude …) and shows a refusal.
import { useState, type ReactNode } from 'react'
import { Button, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { GuardedDialog, DialogCancelButton } from '../../components/GuardedDialog'
import { FormRootError } from '../../components/form'

export function ReasonDialog({
  open,
  title,
  text,
  confirmLabel,
  reasonLabel = da.participants.fields.reason!,
  onClose,
  onConfirm
}: {
  open: boolean
  title: string
  text?: ReactNode
  confirmLabel: string
  reasonLabel?: string
  onClose: () => void
  onConfirm: (reason: string) => Promise<unknown>
}) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const close = () => {
    setReason('')
    setError(null)
    onClose()
  }
  return (
    <GuardedDialog dirty={reason.trim() !== ''} open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {text ? <DialogContentText sx={{ mb: 2 }}>{text}</DialogContentText> : null}
        <TextField
          autoFocus
          fullWidth
          label={reasonLabel}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          helperText={da.participants.ui.prioritisation.reasonHelp}
        />
        <FormRootError message={error ?? undefined} />
      </DialogContent>
      <DialogActions>
        <DialogCancelButton onCancel={close} />
        <Button
          variant="contained"
          loading={busy}
          onClick={async () => {
            setBusy(true)
            setError(null)
            try {
              await onConfirm(reason)
              close()
            } catch (e) {
              setError(errorMessage(e))
            } finally {
              setBusy(false)
            }
          }}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
