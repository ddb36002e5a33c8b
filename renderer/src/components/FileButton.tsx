// Picking a file to send to the services (imports, attachments): the file travels as base64 in the
// API call, so the same code works over Electron IPC and the HTTP bridge.
import { useRef, type ReactNode } from 'react'
import { Button, type ButtonProps } from '@mui/material'
import UploadFileIcon from '@mui/icons-material/UploadFile'

interface PickedFile {
  fileName: string
  sizeBytes: number
  contentBase64: string
}

/** Reads a browser File as base64 (without the data: prefix). */
function readFileAsBase64(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.onload = () => {
      const url = String(reader.result)
      resolve({ fileName: file.name, sizeBytes: file.size, contentBase64: url.slice(url.indexOf(',') + 1) })
    }
    reader.readAsDataURL(file)
  })
}

/** A button that opens the file picker and hands the chosen file over as base64. */
export function FileButton({
  children,
  accept,
  onFile,
  ...buttonProps
}: { children: ReactNode; accept?: string; onFile: (file: PickedFile) => void } & Omit<ButtonProps, 'onClick' | 'children'>) {
  const input = useRef<HTMLInputElement | null>(null)
  return (
    <>
      <Button variant="outlined" startIcon={<UploadFileIcon />} {...buttonProps} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        onChange={async (e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) onFile(await readFileAsBase64(file))
        }}
      />
    </>
  )
}
