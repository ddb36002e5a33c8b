// Transport constants, free of imports so that the sandboxed preload can bundle them alone.
/** The channel name used by Electron IPC. */
export const IPC_CHANNEL = 'puljestyr:call'

/**
 * The one object the desktop app's preload exposes as `window.puljestyr`. Declared once, here: the
 * renderer types `window.puljestyr` with it, and the preload checks its object with `satisfies`.
 */
export interface PuljestyrBridge {
  transport: 'ipc'
  call(method: string, input: unknown): Promise<unknown>
}
