// API handlers of the ledger: postings, corrections, imports of postings.
import type { ledgerApi } from '@shared/api/ledger'
import type { DomainHandlers } from '../registry'
import { createManualPosting, getLedger, ledgerByMonth, listBudgetLines, reversePosting } from './ledger'
import { importPostings } from './importPostings'

export const ledgerHandlers: DomainHandlers<keyof typeof ledgerApi> = {
  'ledger.list': ({ projectId, ...filter }, ctx) => getLedger(ctx.db, projectId, filter),
  'ledger.monthly': ({ projectId, ...filter }, ctx) => ledgerByMonth(ctx.db, projectId, filter),
  'ledger.budgetLines': ({ projectId }, ctx) => listBudgetLines(ctx.db, projectId),
  'ledger.create': ({ projectId, ...posting }, ctx) => createManualPosting(ctx, projectId, posting),
  'ledger.reverse': (input, ctx) => reversePosting(ctx, input),
  'ledger.import': (input, ctx) => importPostings(ctx, input)
}
