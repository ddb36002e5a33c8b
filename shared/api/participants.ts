// API methods of the participants domain. Declared once here; bound to IPC and HTTP by iterating the contract.
export const participantsApi = {} as const
