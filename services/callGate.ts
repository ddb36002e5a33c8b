// Calls that replace the open database (a restore) run alone: they wait for every running call and
// hold new ones back. The registry's gate does this in one process, the service pool's across its
// workers. Free of imports, so the desktop shell's main process can use it without loading the
// database code.
export const EXCLUSIVE_METHODS: ReadonlySet<string> = new Set(['app.backups.restore'])

/** How long an exclusive call waits for the running ones (a print waits for its own page's calls). */
export const EXCLUSIVE_WAIT_MS = 10_000

/** Many calls at once, or one exclusive call alone (a restore must not close the file under a running call). */
export function createGate() {
  let barrier: Promise<void> | null = null
  const running = new Set<Promise<unknown>>()
  return {
    async shared<T>(fn: () => Promise<T>): Promise<T> {
      while (barrier) await barrier
      const p = fn()
      running.add(p)
      try {
        return await p
      } finally {
        running.delete(p)
      }
    },
    /** `busy` answers instead when the running calls have not ended within `waitMs`, rather than waiting for ever. */
    async exclusive<T>(fn: () => Promise<T>, busy: () => T, waitMs = EXCLUSIVE_WAIT_MS): Promise<T> {
      while (barrier) await barrier
      let release!: () => void
      barrier = new Promise<void>((r) => (release = r))
      try {
        let timer: ReturnType<typeof setTimeout> | undefined
        const drained = await Promise.race([
          Promise.allSettled([...running]).then(() => true),
          new Promise<boolean>((r) => (timer = setTimeout(() => r(false), waitMs)))
        ])
        clearTimeout(timer)
        if (!drained) return busy()
        return await fn()
      } finally {
        barrier = null
        release()
      }
    }
  }
}
