// API handlers of the time domain.
import type { timeApi } from '@shared/api/time'
import type { DomainHandlers } from '../registry'

export const timeHandlers: DomainHandlers<keyof typeof timeApi> = {}
