// The budget section of a grant pool's rules (docs/domain.md rules 1 «Eligible costs», 3 «Budget
// revisions», 4 «Time, rates and norm hours» and 5 «Instalments in arrears»): which cost categories
// the pool pays for, the hourly-rate formula, which budget changes need STAR's approval, the
// instalments and the spending alerts. Settings, not code: shipped for FSM2, FSM1 and HRF, editable
// per pool.
import { z } from 'zod'
import { freeText } from '../freeText'
import { WHOLE_BP, basisPoints } from '../percent'
import { budget } from '../../texts/da/budget'
import type { FormatRule } from '../../texts/da/common'
import { basisPointsSchema, minutesSchema } from '../unitSchemas'

const S = budget.shipped

export const costCategorySchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .regex(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'category_key' satisfies FormatRule }),
    label: freeText.trim().min(1).max(120),
    eligible: z.boolean(),
    /** 'salary': staff × hours × rate; 'lumpSum': an amount (audit, progression tool). */
    kind: z.enum(['salary', 'lumpSum']),
    /** For an ineligible category: the rule that refuses it, citing its source. */
    ruleText: freeText.trim().max(600).default('')
  })
  .strict()
export type CostCategory = z.infer<typeof costCategorySchema>

export const salaryPartSchema = z.object({ key: z.string().trim().min(1).max(60), label: freeText.trim().min(1).max(120) }).strict()

export const resultTierSchema = z
  .object({
    /** KPI key measured by the participants domain (services/participants/results.ts). */
    kpi: z.string().trim().min(1),
    label: freeText.trim().max(300).default(''),
    /** Threshold as basis points of the effort group (1500 = 15 %). */
    atLeastBp: basisPointsSchema.min(0).max(WHOLE_BP),
    consecutiveMonths: z.number().int().min(1).max(24).optional(),
    /** FSM2: the share of the full grant paid in all when this tier is reached (4000 = 40 %). */
    grantPaidInAllBp: basisPointsSchema.min(0).max(WHOLE_BP).optional()
  })
  .strict()
export type ResultTier = z.infer<typeof resultTierSchema>

export const instalmentRuleSchema = z
  .object({
    no: z.number().int().min(1).max(99),
    label: freeText.trim().min(1).max(120),
    basis: z.enum(['interimAccount', 'finalAccount']),
    /** The interim account is signed by management (ledelsespåtegning), not by an auditor. */
    managementSignOff: z.boolean().default(false),
    /** Maximum share of the grant (5000 = 50 %); null = the rest of the grant. */
    shareOfGrantBp: basisPointsSchema.min(0).max(WHOLE_BP).nullable(),
    /** The account's period ends at the middle of the project period or at its end. */
    accountUntil: z.enum(['midPeriod', 'periodEnd']),
    /** Expected payment: this many months after the account's period ends (paid in arrears). */
    expectedMonthsAfter: z.number().int().min(0).max(24).default(3),
    /** Result condition: none (empty), or tiers where the highest tier reached decides. */
    resultTiers: z.array(resultTierSchema).default([]),
    note: freeText.trim().max(600).default('')
  })
  .strict()
export type InstalmentRule = z.infer<typeof instalmentRuleSchema>

export const budgetPoolRulesSchema = z
  .object({
    categories: z.array(costCategorySchema).min(1),
    hourlyRate: z
      .object({
        /** 1.924 hours (37 h × 52 weeks) = 115440 minutes. */
        divisorMinutes: minutesSchema.min(60).max(200000),
        salaryParts: z.array(salaryPartSchema).min(1),
        excluded: z.array(freeText.trim().min(1).max(120)).default([]),
        source: freeText.trim().max(600).default('')
      })
      .strict(),
    revisions: z
      .object({
        betweenYearsWithinPeriodNeedsApproval: z.boolean(),
        otherChangesNeedApproval: z.boolean(),
        note: freeText.trim().max(600).default('')
      })
      .strict(),
    /** 'fixed': the instalments below; 'halfYearly': one per half-year in arrears, the last on the final account. */
    instalmentSchedule: z.enum(['fixed', 'halfYearly']),
    instalments: z.array(instalmentRuleSchema).default([]),
    instalmentNote: freeText.trim().max(600).default(''),
    /** A line alerts when it passes these shares of its budget (basis points, ascending). */
    alertThresholdsBp: z.array(basisPointsSchema.min(1).max(20000)).default(() => [5000, 7500, 9000, 10000].map(basisPoints)),
    /** Over-/under-spend is flagged when % used and % of the period elapsed differ by more than this. */
    deviationThresholdBp: basisPointsSchema.min(0).max(WHOLE_BP).default(basisPoints(1500))
  })
  .strict()
export type BudgetPoolRules = z.infer<typeof budgetPoolRulesSchema>
export type BudgetPoolRulesInput = z.input<typeof budgetPoolRulesSchema>

// Users see where a rule comes from in STAR's words, never our seed numbers (issue 12, «Words»).

/** The cost categories of seed 003 (fixtures: grantPools[FSM2]). */
function shippedCategories(): CostCategory[] {
  return [
    { key: 'caseworker', label: S.caseworker, eligible: true, kind: 'salary', ruleText: '' },
    { key: 'jobBroker', label: S.jobBroker, eligible: true, kind: 'salary', ruleText: '' },
    { key: 'companyConsultant', label: S.companyConsultant, eligible: true, kind: 'salary', ruleText: '' },
    { key: 'socialHealthStaff', label: S.socialHealthStaff, eligible: true, kind: 'salary', ruleText: '' },
    { key: 'projectManagement', label: S.projectManagement, eligible: true, kind: 'salary', ruleText: '' },
    { key: 'audit', label: S.audit, eligible: true, kind: 'lumpSum', ruleText: '' },
    { key: 'progressionTool', label: S.progressionTool, eligible: true, kind: 'lumpSum', ruleText: '' },
    {
      key: 'overhead',
      label: S.overhead,
      eligible: false,
      kind: 'lumpSum',
      ruleText: S.overheadRule
    },
    {
      key: 'externalConsultant',
      label: S.externalConsultant,
      eligible: false,
      kind: 'lumpSum',
      ruleText: S.externalConsultantRule
    },
    {
      key: 'firmMentor',
      label: S.firmMentor,
      eligible: false,
      kind: 'salary',
      ruleText: S.firmMentorRule
    },
    {
      key: 'courses',
      label: S.courses,
      eligible: false,
      kind: 'lumpSum',
      ruleText: S.coursesRule
    },
    {
      key: 'group2or3Effort',
      label: S.group2or3Effort,
      eligible: false,
      kind: 'salary',
      ruleText: S.group2or3EffortRule
    }
  ]
}

const FSM2_RESULT_KPI = 'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth'
const FSM1_RESULT_KPI = 'shareOfEffortGroupInFirmBasedActivity'

const hourlyRateDefault: BudgetPoolRulesInput['hourlyRate'] = {
  divisorMinutes: 1924 * 60,
  salaryParts: [
    { key: 'aIncome', label: S.aIncome },
    { key: 'pension', label: S.pension },
    { key: 'atp', label: S.atp }
  ],
  excluded: [...S.excluded],
  source: S.rateSource
}

function fsm2Rules(): BudgetPoolRules {
  return budgetPoolRulesSchema.parse({
    categories: shippedCategories(),
    hourlyRate: hourlyRateDefault,
    revisions: {
      betweenYearsWithinPeriodNeedsApproval: false,
      otherChangesNeedApproval: true,
      note: S.fsm2Revisions
    },
    instalmentSchedule: 'fixed',
    instalments: [
      {
        no: 1,
        label: S.firstInstalment,
        basis: 'interimAccount',
        managementSignOff: true,
        shareOfGrantBp: 5000,
        accountUntil: 'midPeriod',
        expectedMonthsAfter: 3,
        resultTiers: [],
        note: S.fsm2FirstNote
      },
      {
        no: 2,
        label: S.secondInstalment,
        basis: 'finalAccount',
        managementSignOff: false,
        shareOfGrantBp: null,
        accountUntil: 'periodEnd',
        expectedMonthsAfter: 6,
        resultTiers: [
          {
            kpi: FSM2_RESULT_KPI,
            label: S.fsm2Tier15,
            atLeastBp: 1500,
            grantPaidInAllBp: 4000
          },
          {
            kpi: FSM2_RESULT_KPI,
            label: S.fsm2Tier20,
            atLeastBp: 2000,
            grantPaidInAllBp: 10000
          }
        ],
        note: S.fsm2SecondNote
      }
    ],
    instalmentNote: S.fsm2InstalmentNote,
    alertThresholdsBp: [5000, 7500, 9000, 10000],
    deviationThresholdBp: 1500
  })
}

function fsm1Rules(): BudgetPoolRules {
  return budgetPoolRulesSchema.parse({
    ...fsm2Rules(),
    revisions: {
      betweenYearsWithinPeriodNeedsApproval: true,
      otherChangesNeedApproval: true,
      note: S.fsm1Revisions
    },
    instalments: [
      {
        no: 1,
        label: S.firstAndSecondInstalment,
        basis: 'interimAccount',
        managementSignOff: false,
        shareOfGrantBp: 7000,
        accountUntil: 'midPeriod',
        expectedMonthsAfter: 3,
        resultTiers: [],
        note: S.fsm1FirstNote
      },
      {
        no: 3,
        label: S.thirdInstalment,
        basis: 'finalAccount',
        managementSignOff: false,
        shareOfGrantBp: 3000,
        accountUntil: 'periodEnd',
        expectedMonthsAfter: 6,
        resultTiers: [
          {
            kpi: FSM1_RESULT_KPI,
            label: S.fsm1Tier40,
            atLeastBp: 4000,
            consecutiveMonths: 3
          }
        ],
        note: S.fsm1ThirdNote
      }
    ],
    instalmentNote: S.fsm1InstalmentNote
  })
}

function hrfRules(): BudgetPoolRules {
  return budgetPoolRulesSchema.parse({
    ...fsm2Rules(),
    revisions: {
      betweenYearsWithinPeriodNeedsApproval: true,
      otherChangesNeedApproval: true,
      note: S.hrfRevisions
    },
    instalmentSchedule: 'halfYearly',
    instalments: [],
    instalmentNote: S.hrfInstalmentNote
  })
}

/** A user's own pool: the seed-003 categories and formula, every budget change needs approval, no instalments yet. */
function defaultRules(): BudgetPoolRules {
  return { ...hrfRules(), instalmentSchedule: 'fixed', instalments: [], instalmentNote: '' }
}

export function shippedBudgetRules(poolKey: string): BudgetPoolRules {
  switch (poolKey) {
    case 'FSM2':
      return fsm2Rules()
    case 'FSM1':
      return fsm1Rules()
    case 'HRF':
      return hrfRules()
    default:
      return defaultRules()
  }
}

/** The pool-rules definition of the budget section, for services/core/poolRules.ts. */
export const budgetRulesDefinition = {
  section: 'budget' as const,
  schema: budgetPoolRulesSchema,
  shipped: shippedBudgetRules
}

export function categoryOf(rules: Pick<BudgetPoolRules, 'categories'>, key: string): CostCategory | undefined {
  return rules.categories.find((c) => c.key === key)
}
