// Calls that replace the open database: they wait for every running call and hold new ones back
// (the registry's gate in one process, the pool's across the service workers). Free of imports, so
// the desktop shell's main process can read it without loading the database code.
export const EXCLUSIVE_METHODS: ReadonlySet<string> = new Set(['app.backups.restore'])
