// Danish UI text for the time screens.
export const time = {
  fields: {} as Record<string, string>
} as const
