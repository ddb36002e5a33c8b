// Hours as the grid shows them: "7,4" rather than "7,40"; an empty cell for no hours.
import { formatHours } from '@shared/domain/duration'

export function hoursInputText(minutes: number): string {
  if (minutes === 0) return ''
  return formatHours(minutes).replace(/,?0+$/, '')
}
