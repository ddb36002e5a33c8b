// One label per field (issue #12): a form names a field as the server's messages name it, so a
// refusal from either side reads the same («Beløb (kr.)» on screen and «Beløb» from the server was
// the finding). A unit is shown in the field after what is typed, never in its label.
import { describe, expect, it } from 'vitest'
import { da, fieldLabel, type TextDomain } from '@shared/texts/da'

const line = da.budget.ui.lineForm
const staff = da.budget.ui.staff
const inst = da.budget.ui.instalments
const project = da.core.project
const ledger = da.ledger.ui

/** [the label a form shows, the domain of the call it makes, the API field it fills]. */
const formFields: [string, TextDomain, string][] = [
  [line.year, 'budget', 'year'],
  [line.category, 'budget', 'categoryKey'],
  [line.staffCount, 'budget', 'staffCount'],
  [line.hours, 'budget', 'minutes'],
  [line.rate, 'budget', 'hourlyRateOre'],
  [line.amount, 'budget', 'amountOre'],
  [line.note, 'budget', 'note'],
  [staff.name, 'staff', 'name'],
  [staff.weeklyHours, 'staff', 'weeklyMinutes'],
  [staff.projectShare, 'staff', 'projectShareBp'],
  [staff.employedFrom, 'staff', 'employedFrom'],
  [staff.employedTo, 'staff', 'employedTo'],
  [staff.validFrom, 'staff', 'validFrom'],
  [inst.expectedDate, 'budget', 'expectedDate'],
  [inst.appliedDate, 'budget', 'appliedDate'],
  [inst.appliedAmount, 'budget', 'appliedAmountOre'],
  [inst.receivedDate, 'budget', 'receivedDate'],
  [inst.receivedAmount, 'budget', 'receivedAmountOre'],
  [project.municipality, 'core', 'municipality'],
  [project.title, 'core', 'title'],
  [project.caseNumber, 'core', 'caseNumber'],
  [project.periodStart, 'core', 'periodStart'],
  [project.periodEnd, 'core', 'periodEnd'],
  [project.amountApplied, 'core', 'amountAppliedOre'],
  [project.grantAmount, 'core', 'grantAmountOre'],
  [project.grantByYear, 'core', 'grantByYear'],
  [ledger.date, 'ledger', 'date'],
  [ledger.amount, 'ledger', 'amountOre'],
  [ledger.documentRef, 'ledger', 'documentRef'],
  [ledger.text, 'ledger', 'description']
]

describe('one label per field', () => {
  it.each(formFields)('the form’s «%s» is the server’s name of %s.%s', (label, domain, field) => {
    expect(fieldLabel(field, domain)).toBe(label)
  })

  it('no form label carries its unit (kr., %, timer); the field shows it', () => {
    for (const [label] of formFields) expect(label).not.toMatch(/\((kr\.|%|timer)\)/)
  })
})
