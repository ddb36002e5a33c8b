// API methods of the budget domain. Declared once here; bound to IPC and HTTP by iterating the contract.
export const budgetApi = {} as const
