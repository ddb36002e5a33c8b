// API handlers of the prioritisation (Pareto).
import type { prioritisationApi } from '@shared/api/prioritisation'
import type { DomainHandlers } from '../registry'
import { paretoCategories, priorityList, setPriority } from './prioritisation'

export const prioritisationHandlers: DomainHandlers<keyof typeof prioritisationApi> = {
  'prioritisation.list': ({ projectId, month }, ctx) => priorityList(ctx, projectId, month),
  'prioritisation.set': ({ projectId, participantId, kind, reason }, ctx) => setPriority(ctx, projectId, participantId, kind, reason),
  'prioritisation.categories': ({ projectId, dimension, fromMonth, toMonth }, ctx) => paretoCategories(ctx, projectId, dimension, fromMonth, toMonth)
}
