// The anchor printed on what leaves the program: an audit entry's number and hash, and how to check it
// later (`puljestyr verify --anchor N:HASH`). A chain rewritten after this printout no longer holds it.
import type { AuditAnchor } from '@shared/api/audit'
import { da } from '@shared/texts/da'

export function AuditAnchorLine({ anchor, label }: { anchor: AuditAnchor | null; label?: string }) {
  if (!anchor) return null
  return (
    <p className="print-anchor" data-testid="audit-anchor">
      {label ? `${label} ` : ''}
      {da.audit.anchor.line(anchor.entry, anchor.hash)}
      <br />
      {da.audit.anchor.help}
    </p>
  )
}
