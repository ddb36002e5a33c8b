// Transport constants, free of imports so that the sandboxed preload can bundle them alone.
/** The channel name used by Electron IPC. */
export const IPC_CHANNEL = 'puljestyr:call'
/** The header carrying the per-run token of browser mode. */
export const TOKEN_HEADER = 'x-puljestyr-token'
