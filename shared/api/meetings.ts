// API methods of the meetings domain. Declared once here; bound to IPC and HTTP by iterating the contract.
export const meetingsApi = {} as const
