// API handlers of the time domain: time rules, working calendar, weeks, months, imports of hours.
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

export const timeHandlers: DomainHandlers<keyof typeof timeApi> = {
  'time.rules.get': ({ poolId }, ctx) => getTimeRules(ctx.db, poolId),
  'time.rules.save': ({ poolId, rules, reason }, ctx) => updateTimeRules(ctx, poolId, rules, reason),
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
  'time.import.hours': (input, ctx) => importHours(ctx, input)
}
