// API handlers of the time domain: timesheets, months and statements, the ledger, imports,
// accounts and the revisor export.
import type { timeApi } from '@shared/api/time'
import type { DomainHandlers } from '../registry'
import { getTimeRules, updateTimeRules } from './poolRules'
import { getTimeSettings, saveActivities, updateTimeSettings } from './settings'
import { listTimeStaff, requireProjectPeriod } from './common'
import { getWeek, saveWeek } from './week'
import { approveWeek, previewWeek, unlockWeek } from './weekApproval'
import { approveMonth, listMonths, monthSheet, previewMonth, signMonth, unlockMonth } from './months'
import { listLineChoices, setLineChoice } from './lineChoice'
import { importHours } from './importHours'
import { createManualPosting, getLedger, listBudgetLines, reversePosting } from '../ledger/ledger'
import { importPostings } from '../ledger/importPostings'
import { getAccount, listAccounts, previewAccount, signAccount, withdrawAccount } from '../accounts/accounts'
import { exportSummary } from '../export/summary'
import { revisorExportZip } from '../export/revisorExport'

export const timeHandlers: DomainHandlers<keyof typeof timeApi> = {
  'timeRules.get': ({ poolId }, ctx) => getTimeRules(ctx.db, poolId),
  'timeRules.update': ({ poolId, rules, reason }, ctx) => updateTimeRules(ctx, poolId, rules, reason),
  'time.settings.get': ({ projectId }, ctx) => getTimeSettings(ctx, projectId),
  'time.settings.update': (input, ctx) => updateTimeSettings(ctx, input),
  'time.activities.save': (input, ctx) => saveActivities(ctx, input),
  'time.staff': async ({ projectId }, ctx) => {
    await requireProjectPeriod(ctx.db, projectId)
    return listTimeStaff(ctx.db, projectId)
  },
  'time.week': ({ projectId, staffId, weekStart }, ctx) => getWeek(ctx, projectId, staffId, weekStart),
  'time.week.save': (input, ctx) => saveWeek(ctx, input),
  'time.week.preview': ({ projectId, staffId, weekStart }, ctx) => previewWeek(ctx, projectId, staffId, weekStart),
  'time.week.approve': (input, ctx) => approveWeek(ctx, input),
  'time.week.unlock': (input, ctx) => unlockWeek(ctx, input),
  'time.months': ({ projectId, year }, ctx) => listMonths(ctx.db, projectId, year),
  'time.month.preview': ({ projectId, staffId, month }, ctx) => previewMonth(ctx, projectId, staffId, month),
  'time.month.sheet': ({ projectId, staffId, month }, ctx) => monthSheet(ctx, projectId, staffId, month),
  'time.month.sign': ({ projectId, staffId, month, signerName }, ctx) => signMonth(ctx, projectId, staffId, month, signerName),
  'time.month.approve': (input, ctx) => approveMonth(ctx, input),
  'time.month.unlock': (input, ctx) => unlockMonth(ctx, input),
  'time.lineChoices': ({ projectId }, ctx) => listLineChoices(ctx.db, projectId),
  'time.lineChoice.set': (input, ctx) => setLineChoice(ctx, input),
  'time.import.hours': (input, ctx) => importHours(ctx, input),
  'ledger.list': ({ projectId, ...filter }, ctx) => getLedger(ctx.db, projectId, filter),
  'ledger.budgetLines': ({ projectId }, ctx) => listBudgetLines(ctx.db, projectId),
  'ledger.create': ({ projectId, ...posting }, ctx) => createManualPosting(ctx, projectId, posting),
  'ledger.reverse': (input, ctx) => reversePosting(ctx, input),
  'ledger.import': (input, ctx) => importPostings(ctx, input),
  'accounts.list': ({ projectId }, ctx) => listAccounts(ctx.db, projectId),
  'accounts.preview': ({ projectId, kind, periodFrom, periodTo }, ctx) => previewAccount(ctx.db, projectId, kind, periodFrom, periodTo),
  'accounts.sign': (input, ctx) => signAccount(ctx, input),
  'accounts.get': ({ projectId, accountId }, ctx) => getAccount(ctx.db, projectId, accountId),
  'accounts.withdraw': (input, ctx) => withdrawAccount(ctx, input),
  'export.summary': ({ projectId }, ctx) => exportSummary(ctx, projectId),
  'export.revisor': ({ projectId }, ctx) => revisorExportZip(ctx, projectId)
}
