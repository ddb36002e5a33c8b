// The budget rules of a pool as the rules panel's form holds them (BudgetRulesPanel): the form's
// schema (each field checked by the contract's rule for it), the rules shown as text, and what was
// typed turned back into rules.
import { z } from 'zod'
import { budgetApi, type BudgetRulesOutput } from '@shared/api/budget'
import { formatHours, parseHours } from '@shared/domain/duration'
import { budgetPoolRulesSchema, costCategorySchema, instalmentRuleSchema, resultTierSchema, salaryPartSchema } from '@shared/domain/budget/poolRules'
import { da } from '@shared/texts/da'
import { formFields, textFieldsOf } from '../../components/form'
import { basisPointsToPercentInput, parsePercentInput, percentOfBasisPoints, percentToBasisPoints } from '@shared/domain/percent'

const t = da.budget.rules
const v = da.validationMessages
const percentList = /^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/
/** A key for a salary part the user adds: its label in ASCII letters, unique by its position. */
function newPartKey(label: string, index: number): string {
  const ascii = label
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
  return `${ascii.slice(0, 40) || 'part'}${index + 1}`
}

/** The form's values: text as typed, checked by the contract's own rules for each field. */
export const schema = z.object({
  categories: z.array(
    textFieldsOf(costCategorySchema, { key: t.key, label: t.category }).extend({
      eligible: z.boolean(),
      kind: z.enum(['salary', 'lumpSum']),
      ruleText: z.string()
    })
  ),
  divisor: formFields.hours(t.divisor),
  salaryParts: z
    .array(textFieldsOf(salaryPartSchema, { label: t.salaryPart }).extend({ key: z.string() }))
    .min(1, `${v.fieldPrefix(t.salaryParts)} ${v.required}.`),
  excluded: z.string(),
  schedule: z.enum(['fixed', 'halfYearly']),
  instalments: z.array(
    textFieldsOf(instalmentRuleSchema, { label: t.instalmentLabel }).extend({
      no: formFields.integerBy(instalmentRuleSchema.shape.no, t.instalmentNo),
      basis: z.enum(['interimAccount', 'finalAccount']),
      managementSignOff: z.boolean(),
      share: formFields.percentBy(instalmentRuleSchema.shape.shareOfGrantBp, t.share, { optional: true }),
      accountUntil: z.enum(['midPeriod', 'periodEnd']),
      expectedMonthsAfter: formFields.integerBy(instalmentRuleSchema.shape.expectedMonthsAfter, t.monthsAfter)
    })
  ),
  tiers: z.array(
    z.object({
      instalmentNo: z.string().refine((x) => /^\d{1,2}$/.test(x.trim()), `${v.fieldPrefix(t.tierInstalment)} ${t.tierUnknownInstalment}.`),
      kpi: z.string().min(1, `${v.fieldPrefix(t.tierKpi)} ${v.required}.`),
      atLeast: formFields.percentBy(resultTierSchema.shape.atLeastBp, t.tierAtLeast),
      months: formFields.integerBy(resultTierSchema.shape.consecutiveMonths, t.tierMonths, { optional: true }),
      grantPaid: formFields.percentBy(resultTierSchema.shape.grantPaidInAllBp, t.tierGrantPaid, { optional: true }),
      label: z.string()
    })
  ),
  betweenYears: z.boolean(),
  otherChanges: z.boolean(),
  thresholds: z.string().refine((s) => percentList.test(s), `${v.fieldPrefix(t.alertThresholds)} ${t.thresholdsHelp}.`),
  deviation: formFields.percentBy(budgetPoolRulesSchema.shape.deviationThresholdBp, t.deviation),
  reason: formFields.textBy(budgetApi['budget.rules.save'].input.shape.reason, t.reason)
})
export type Values = z.infer<typeof schema>
type Rules = BudgetRulesOutput['rules']
/** The rules as the save sends them. */
type RulesInput = z.input<(typeof budgetApi)['budget.rules.save']['input']>['rules']

/** The pool's budget rules as the form shows them. */
export function toValues(r: Rules): Values {
  return {
    categories: r.categories.map((c) => ({ ...c })),
    divisor: formatHours(r.hourlyRate.divisorMinutes),
    salaryParts: r.hourlyRate.salaryParts.map((p) => ({ key: p.key, label: p.label })),
    excluded: r.hourlyRate.excluded.join(', '),
    schedule: r.instalmentSchedule,
    instalments: r.instalments.map((i) => ({
      no: String(i.no),
      label: i.label,
      basis: i.basis,
      managementSignOff: i.managementSignOff,
      share: i.shareOfGrantBp === null ? '' : basisPointsToPercentInput(i.shareOfGrantBp),
      accountUntil: i.accountUntil,
      expectedMonthsAfter: String(i.expectedMonthsAfter)
    })),
    tiers: r.instalments.flatMap((i) =>
      i.resultTiers.map((tier) => ({
        instalmentNo: String(i.no),
        kpi: tier.kpi,
        atLeast: basisPointsToPercentInput(tier.atLeastBp),
        months: tier.consecutiveMonths === undefined ? '' : String(tier.consecutiveMonths),
        grantPaid: tier.grantPaidInAllBp === undefined ? '' : basisPointsToPercentInput(tier.grantPaidInAllBp),
        label: tier.label
      }))
    ),
    betweenYears: r.revisions.betweenYearsWithinPeriodNeedsApproval,
    otherChanges: r.revisions.otherChangesNeedApproval,
    thresholds: r.alertThresholdsBp.map((x) => String(percentOfBasisPoints(x))).join(', '),
    deviation: basisPointsToPercentInput(r.deviationThresholdBp),
    reason: ''
  }
}

/** What the form holds as the pool's budget rules, on top of the current rules `r` (what the form does not show stays). */
export function toRules(values: Values, r: Rules): RulesInput {
  return {
    ...r,
    categories: values.categories,
    hourlyRate: {
      ...r.hourlyRate,
      divisorMinutes: parseHours(values.divisor) ?? r.hourlyRate.divisorMinutes,
      salaryParts: values.salaryParts.map((p, i) => ({ key: p.key || newPartKey(p.label, i), label: p.label.trim() })),
      excluded: values.excluded
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    },
    instalmentSchedule: values.schedule,
    // Result conditions (KPI tiers) belong to the instalment whose number they name.
    instalments: values.instalments.map((i) => ({
      no: Number(i.no),
      label: i.label,
      basis: i.basis,
      managementSignOff: i.managementSignOff,
      shareOfGrantBp: i.share.trim() === '' ? null : (parsePercentInput(i.share) ?? 0),
      accountUntil: i.accountUntil,
      expectedMonthsAfter: Number(i.expectedMonthsAfter),
      resultTiers: values.tiers
        .filter((x) => Number(x.instalmentNo) === Number(i.no))
        .map((x) => ({
          kpi: x.kpi,
          label: x.label.trim(),
          atLeastBp: parsePercentInput(x.atLeast) ?? 0,
          ...(x.months.trim() ? { consecutiveMonths: Number(x.months) } : {}),
          ...(x.grantPaid.trim() ? { grantPaidInAllBp: parsePercentInput(x.grantPaid) ?? 0 } : {})
        })),
      note: r.instalments.find((x) => x.no === Number(i.no))?.note ?? ''
    })),
    revisions: { ...r.revisions, betweenYearsWithinPeriodNeedsApproval: values.betweenYears, otherChangesNeedApproval: values.otherChanges },
    alertThresholdsBp: values.thresholds.split(',').map((x) => percentToBasisPoints(Number(x.trim()))),
    deviationThresholdBp: parsePercentInput(values.deviation) ?? 0
  }
}
