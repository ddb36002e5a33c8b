// Transport constants, free of imports so that the sandboxed preload can bundle them alone.
/** The channel name used by Electron IPC. */
export const IPC_CHANNEL = 'puljestyr:call'
