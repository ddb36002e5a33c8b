// A no-op. Reserved for the participants domain's tables, it landed empty; the tables came later in
// 0010_participants. Every database records it as applied, and the migrator refuses a database whose applied
// migrations are not a prefix of this list, so it stays under its number and does nothing (only
// this comment was corrected). Never change what a landed migration does: add a new numbered one.
import type { Kysely } from 'kysely'

export async function up(_db: Kysely<unknown>): Promise<void> {
  // Nothing: see above.
}

export async function down(): Promise<void> {
  throw new Error('Puljestyr migrates forward only')
}
