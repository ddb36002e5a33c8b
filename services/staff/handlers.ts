// API handlers of the project's staff and their hourly rates.
import type { staffApi } from '@shared/api/staff'
import type { DomainHandlers } from '../registry'
import { addStaffRate, createStaff, deleteStaffRate, listStaff, listStaffWithRates, updateStaff } from './staff'

export const staffHandlers: DomainHandlers<keyof typeof staffApi> = {
  'staff.list': ({ projectId }, ctx) => listStaff(ctx.db, projectId),
  'staff.create': ({ projectId, ...input }, ctx) => createStaff(ctx, projectId, input),
  'staff.update': ({ staffId, ...input }, ctx) => updateStaff(ctx, staffId, input),
  'staff.rates.list': ({ projectId }, ctx) => listStaffWithRates(ctx, projectId),
  'staff.rates.add': (input, ctx) => addStaffRate(ctx, input),
  'staff.rates.delete': ({ rateId, reason }, ctx) => deleteStaffRate(ctx, rateId, reason)
}
