// API handlers of the budget domain.
import type { budgetApi } from '@shared/api/budget'
import type { DomainHandlers } from '../registry'

export const budgetHandlers: DomainHandlers<keyof typeof budgetApi> = {}
