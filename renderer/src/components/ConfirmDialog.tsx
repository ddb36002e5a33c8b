// One confirm dialog for the whole app: a question the user must answer before something happens
// (leave a form with unsaved input, save a date outside the project period). `useConfirm` returns
// the dialog to render and a function that opens it and resolves to the user's answer.
import { useCallback, useRef, useState, type ReactNode } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'

interface ConfirmOptions {
  title: string
  message: ReactNode
  confirmLabel: string
  cancelLabel: string
}

export function ConfirmDialog({ options, onAnswer }: { options: ConfirmOptions | null; onAnswer: (yes: boolean) => void }) {
  return (
    <Dialog open={options !== null} onClose={() => onAnswer(false)} aria-labelledby="confirm-dialog-title" maxWidth="xs" fullWidth>
      {options ? (
        <>
          <DialogTitle id="confirm-dialog-title">{options.title}</DialogTitle>
          <DialogContent>
            <DialogContentText>{options.message}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => onAnswer(false)} autoFocus>
              {options.cancelLabel}
            </Button>
            <Button variant="contained" color="warning" onClick={() => onAnswer(true)}>
              {options.confirmLabel}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  )
}

export function useConfirm(): [ReactNode, (options: ConfirmOptions) => Promise<boolean>] {
  const [options, setOptions] = useState<ConfirmOptions | null>(null)
  const resolver = useRef<((yes: boolean) => void) | null>(null)
  const confirm = useCallback((o: ConfirmOptions) => {
    resolver.current?.(false)
    setOptions(o)
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve
    })
  }, [])
  const dialog = (
    <ConfirmDialog
      options={options}
      onAnswer={(yes) => {
        setOptions(null)
        resolver.current?.(yes)
        resolver.current = null
      }}
    />
  )
  return [dialog, confirm]
}
