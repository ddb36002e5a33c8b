// API handlers of the meetings domain.
import type { meetingsApi } from '@shared/api/meetings'
import type { DomainHandlers } from '../registry'

export const meetingsHandlers: DomainHandlers<keyof typeof meetingsApi> = {}
