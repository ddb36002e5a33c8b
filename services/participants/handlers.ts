// API handlers of the participants domain.
import type { participantsApi } from '@shared/api/participants'
import type { DomainHandlers } from '../registry'

export const participantsHandlers: DomainHandlers<keyof typeof participantsApi> = {}
