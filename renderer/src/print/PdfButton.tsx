// "Gem som PDF": asks the one print path (print.pdf) for the route's PDF and saves it as a file.
// Where no PDF printer is available, the print view opens so the browser's own print can be used.
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Alert, Button, Snackbar } from '@mui/material'
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf'
import { da } from '@shared/texts/da'
import { callApi, errorMessage } from '../api/client'
import { useApiQuery } from '../api/hooks'
import { downloadBase64 } from '../components/download'

export function PdfButton({ route, fileName, label = da.common.savePdf }: { route: string; fileName: string; label?: string }) {
  const navigate = useNavigate()
  const info = useApiQuery('app.info', {})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<PictureAsPdfIcon />}
        loading={busy}
        onClick={async () => {
          if (info.data && !info.data.canPrintPdf) {
            navigate(route)
            return
          }
          setBusy(true)
          try {
            const pdf = await callApi('print.pdf', { route, fileName })
            downloadBase64(pdf.fileName, pdf.contentBase64, 'application/pdf')
          } catch (e) {
            setError(errorMessage(e))
          } finally {
            setBusy(false)
          }
        }}
      >
        {label}
      </Button>
      <Snackbar open={error !== null} onClose={() => setError(null)} autoHideDuration={8000}>
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      </Snackbar>
    </>
  )
}
