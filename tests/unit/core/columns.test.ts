import { describe, expect, it } from 'vitest'
import { columnName, columnsOf } from '../../../services/db/columns'

describe("a contract field's column", () => {
  it('is its name in snake case, digits and lower-case letters kept', () => {
    expect(columnName('caseNumber')).toBe('case_number')
    expect(columnName('projectShareBp')).toBe('project_share_bp')
    expect(columnName('amountAppliedOre')).toBe('amount_applied_ore')
    expect(columnName('note')).toBe('note')
    expect(columnName('week53Minutes')).toBe('week53_minutes')
  })

  it('columnsOf writes the named fields only, under their columns, undefined ones included as undefined', () => {
    const input = { poolId: 3, caseNumber: '2019-0042', exitDate: undefined, secret: 'not a column' }
    expect(columnsOf(input, ['poolId', 'caseNumber', 'exitDate'])).toStrictEqual({ pool_id: 3, case_number: '2019-0042', exit_date: undefined })
  })
})
