// API handlers of the accounts: interim and final accounts with management sign-off.
import type { accountsApi } from '@shared/api/accounts'
import type { DomainHandlers } from '../registry'
import { getAccount, listAccounts, previewAccount, signAccount, withdrawAccount } from './accounts'

export const accountsHandlers: DomainHandlers<keyof typeof accountsApi> = {
  'accounts.list': ({ projectId }, ctx) => listAccounts(ctx.db, projectId),
  'accounts.preview': ({ projectId, kind, periodFrom, periodTo }, ctx) => previewAccount(ctx.db, projectId, kind, periodFrom, periodTo),
  'accounts.sign': (input, ctx) => signAccount(ctx, input),
  'accounts.get': ({ projectId, accountId }, ctx) => getAccount(ctx.db, projectId, accountId),
  'accounts.withdraw': (input, ctx) => withdrawAccount(ctx, input)
}
