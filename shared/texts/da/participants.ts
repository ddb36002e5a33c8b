// Danish UI text for the participants screens.
export const participants = {
  fields: {} as Record<string, string>
} as const
