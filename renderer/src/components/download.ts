// Saving a file the services made (a PDF, an export, a calendar invitation) through the browser's download.

/** Saves `content` as the file `fileName`. */
function downloadBlob(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Saves a file the API sent as base64 (`contentBase64`). */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadBlob(
    fileName,
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    type
  )
}

/** Saves a text (e.g. an .ics invitation). */
export function downloadText(fileName: string, content: string, type: string): void {
  downloadBlob(fileName, content, type)
}
