// Danish UI text for the meetings screens.
export const meetings = {
  fields: {} as Record<string, string>
} as const
