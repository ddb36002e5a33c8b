// Verify's record of a SQLite file, and how it follows the app's own commits (services/db/recordCarry.ts).
// Apart from verify itself, which is loaded only when a commit is to carry a report: opening a file
// (every CLI command) does not load it (nor does anything verify imports import this file).
import type { AuditVerifyReport } from '@shared/api/audit'
import type { CarriedRecord } from '../db/recordCarry'
import { verifyRecordPath } from '../db/sqlite'
import type * as Verify from './verify'

/** Verify's record of a SQLite file, carried over the app's own commits by checking what they added (carriedVerifyReport). */
export function verifyRecord(file: string): CarriedRecord {
  let verify: { module: typeof Verify; checked: Verify.RowChecked } | null = null
  const saved = (text: string) => JSON.parse(text) as { stamp: string; report: AuditVerifyReport }
  return {
    path: verifyRecordPath(file),
    stampOf: (text) => {
      try {
        return saved(text).stamp
      } catch {
        return null
      }
    },
    prepare: async () => {
      if (verify) return
      const module = await import('./verify')
      verify = { module, checked: await module.rowCheckedTables() }
    },
    advance: (text, stamp, handle) => {
      const report = verify && verify.module.carriedVerifyReport(handle, saved(text).report, verify.checked)
      return report ? JSON.stringify({ stamp, report }) : null
    },
    restamp: (text, stamp) => JSON.stringify({ ...saved(text), stamp })
  }
}
