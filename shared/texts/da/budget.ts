// Danish UI text for the budget screens.
export const budget = {
  fields: {} as Record<string, string>
} as const
