// API methods of the time domain. Declared once here; bound to IPC and HTTP by iterating the contract.
export const timeApi = {} as const
