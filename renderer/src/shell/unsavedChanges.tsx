// No lost typing (issue 12): every form with input that is not saved asks before it is thrown
// away, whether the user follows a link or a tab inside the app, changes week, or closes the window.
// One provider holds which forms are dirty, one router blocker asks in the app, and one
// `beforeunload` listener asks the browser (or Electron, see electron/main) when the window closes.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useBlocker } from 'react-router'
import { da } from '@shared/texts/da/shell'
import { ConfirmDialog } from '../components/ConfirmDialog'

interface DirtyRegistry {
  set(id: symbol, dirty: boolean): void
  anyDirty(): boolean
}

const GuardContext = createContext<DirtyRegistry | null>(null)
const t = da.common.unsaved

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<symbol>())
  const registry = useMemo<DirtyRegistry>(
    () => ({
      set: (id, d) => void (d ? dirty.current.add(id) : dirty.current.delete(id)),
      anyDirty: () => dirty.current.size > 0
    }),
    []
  )
  // A change of page or of the query (the week sheet keeps its week there) with unsaved input asks.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      registry.anyDirty() && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search)
  )
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!registry.anyDirty()) return
      e.preventDefault()
      // Chromium before 119 and Electron still need returnValue set to ask.
      e.returnValue = t.windowMessage
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [registry])
  return (
    <GuardContext.Provider value={registry}>
      {children}
      <ConfirmDialog
        options={blocker.state === 'blocked' ? { title: t.title, message: t.message, confirmLabel: t.leave, cancelLabel: t.stay } : null}
        onAnswer={(leave) => (leave ? blocker.proceed?.() : blocker.reset?.())}
      />
    </GuardContext.Provider>
  )
}

/**
 * Marks the calling form as holding unsaved input while `isDirty` is true. For a react-hook-form
 * form use `useGuardedForm` (components/form), which calls this with the form's own dirty state.
 */
export function useUnsavedChangesGuard(isDirty: boolean): void {
  const registry = useContext(GuardContext)
  const [id] = useState(() => Symbol('unsaved-form'))
  useEffect(() => {
    registry?.set(id, isDirty)
    return () => registry?.set(id, false)
  }, [registry, id, isDirty])
}
