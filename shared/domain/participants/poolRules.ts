// The 'results' section of a grant pool's rules (services/core/poolRules.ts): what counts for each
// KPI, who leaves the effort group, the targets, the progression questions and scale, and the
// weights of the Pareto score. Settings, not code (docs/domain.md rules 5 «Instalments in arrears»,
// 6 «The effort group», 8 «Monthly status», 9 «Progression», 10 «Pareto» and 12 «Example wording»).
import { z } from 'zod'
import { freeText } from '../freeText'
import { activityKeys, exitReasons, type ActivityKey, type ExitReason } from './types'
import { participants } from '../../texts/da/participants'

const S = participants.shipped

const activity = z.enum(activityKeys)
const exitReason = z.enum(exitReasons)
const fraction = z.number().min(0).max(1)

/** KPI keys the results of a pool are measured by (fixtures: instalments' resultRule.kpi). */
export const kpiKeys = [
  'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth',
  'shareOfEffortGroupInFirmBasedActivity',
  'shareOfEffortGroupWithPaidHours',
  'shareOfEffortGroupInWorkPlacement',
  'shareOfOpenCasesPassive',
  'shareOfEndedInJobOrEducation'
] as const
export type KpiKey = (typeof kpiKeys)[number]

/** The KPIs measured as "the effort group members touched by an activity in the month". */
export const activityKpiKeys = [
  'shareOfEffortGroupWithPaidHoursOrEducationInOneMonth',
  'shareOfEffortGroupInFirmBasedActivity',
  'shareOfEffortGroupWithPaidHours',
  'shareOfEffortGroupInWorkPlacement'
] as const satisfies readonly KpiKey[]
export type ActivityKpiKey = (typeof activityKpiKeys)[number]

export const targetsSchema = z
  .object({
    paidHoursShare: fraction.nullable(),
    workPlacementShare: fraction.nullable(),
    firmBasedShare: fraction.nullable(),
    paidHoursOrEducationShare: fraction.nullable(),
    passiveShareMax: fraction.nullable(),
    endedInJobOrEducationShare: fraction.nullable(),
    caseloadMax: z.number().int().min(1).max(500).nullable()
  })
  .strict()
export type Targets = z.infer<typeof targetsSchema>

const progressionQuestionSchema = z.object({ key: z.string().trim().min(1).max(40), text: freeText.trim().min(1).max(500) }).strict()
const progressionThemeSchema = z
  .object({ key: z.string().trim().min(1).max(40), label: freeText.trim().min(1).max(200), questions: z.array(progressionQuestionSchema).min(1).max(20) })
  .strict()

const paretoWeightsSchema = z
  .object({
    paidHours: z.number().min(0).max(100),
    firmBased: z.number().min(0).max(100),
    notPassive: z.number().min(0).max(100),
    progression: z.number().min(0).max(100),
    cvUpToDate: z.number().min(0).max(100),
    jobPlan: z.number().min(0).max(100),
    jobGoal: z.number().min(0).max(100)
  })
  .strict()
export const paretoPartKeys = ['paidHours', 'firmBased', 'notPassive', 'progression', 'cvUpToDate', 'jobPlan', 'jobGoal'] as const
export type ParetoPartKey = (typeof paretoPartKeys)[number]

export const resultsRulesSchema = z
  .object({
    /** Which activities count for each activity KPI. */
    kpiActivities: z
      .object({
        shareOfEffortGroupWithPaidHoursOrEducationInOneMonth: z.array(activity),
        shareOfEffortGroupInFirmBasedActivity: z.array(activity),
        shareOfEffortGroupWithPaidHours: z.array(activity),
        shareOfEffortGroupInWorkPlacement: z.array(activity)
      })
      .strict(),
    /** Exit reasons that take a participant out of the effort group (docs/domain.md rule 6 «The effort group»). Others stay in the count. */
    effortGroupExit: z.array(exitReason),
    /** Exit reasons counted as "ended in job or education" (seed 002: job, education, ledighedsydelse). */
    successfulExit: z.array(exitReason).min(1),
    targets: targetsSchema,
    /** Categories of passivity (a passive month names one). */
    passiveReasons: z.array(freeText.trim().min(1).max(100)).min(1).max(40),
    /** A CV counts as up to date when updated within this many months. */
    cvMaxAgeMonths: z.number().int().min(1).max(24),
    progression: z
      .object({
        /** True while the wording is the shipped example text, not STAR's (docs/domain.md rule 12 «Example wording»). */
        exampleWording: z.boolean(),
        scaleMin: z.number().int().min(0).max(10),
        scaleMax: z.number().int().min(1).max(10),
        scaleMinLabel: freeText.trim().max(100),
        scaleMaxLabel: freeText.trim().max(100),
        /** A follow-up answer is due this many months after the last answer (seed 003: within a year). */
        followUpMonths: z.number().int().min(1).max(24),
        themes: z.array(progressionThemeSchema).min(1).max(20)
      })
      .strict()
      .refine((p) => p.scaleMax > p.scaleMin, { message: S.scaleOrder, path: ['scaleMax'] }),
    pareto: z
      .object({
        weights: paretoWeightsSchema,
        /** Share of the ranked effort group marked as focus (seed 000: the best 20 %). */
        focusShare: fraction,
        /** How many recent months the activity parts of the score look at. */
        lookbackMonths: z.number().int().min(1).max(12)
      })
      .strict()
  })
  .strict()
export type ResultsRules = z.infer<typeof resultsRulesSchema>

// ---- the shipped rules ------------------------------------------------------------------------

/**
 * Neutral example wording for the 11 questions in 6 themes of seed 003 (the BIP framework), keyed
 * here and worded in shared/texts/da/participants.ts. STAR's own wording was not found: the UI marks
 * these as example text a user should replace.
 */
const exampleQuestionKeys = {
  selfEfficacy: ['selfEfficacy1', 'selfEfficacy2'],
  healthManagement: ['health1', 'health2'],
  labourMarketIdentity: ['identity1', 'identity2', 'identity3', 'identity4'],
  workplaceCooperation: ['cooperation1'],
  professionalRelations: ['professionals1'],
  privateNetwork: ['network1']
} as const satisfies Record<string, readonly (keyof typeof S.questions)[]>
const exampleProgressionThemes: ResultsRules['progression']['themes'] = (Object.keys(exampleQuestionKeys) as (keyof typeof exampleQuestionKeys)[]).map(
  (key) => ({
    key,
    label: S.themes[key],
    questions: exampleQuestionKeys[key].map((q) => ({ key: q, text: S.questions[q] }))
  })
)

const defaultPassiveReasons = [...S.passiveReasons]

const fsm2PaidHoursOrEducation: ActivityKey[] = ['paidHours', 'educationPaid', 'educationSu']
const fsm1FirmBased: ActivityKey[] = ['workPlacement', 'wageSubsidy', 'paidHours', 'flexJob', 'educationSu', 'educationPaid']
const successfulExit: ExitReason[] = ['job', 'education', 'flexJob', 'ledighedsydelse']

function base(): ResultsRules {
  return {
    kpiActivities: {
      shareOfEffortGroupWithPaidHoursOrEducationInOneMonth: fsm2PaidHoursOrEducation,
      shareOfEffortGroupInFirmBasedActivity: fsm1FirmBased,
      shareOfEffortGroupWithPaidHours: ['paidHours'],
      shareOfEffortGroupInWorkPlacement: ['workPlacement']
    },
    effortGroupExit: ['movedAway'],
    successfulExit,
    // seed 002: 15 % paid hours, 40 % work placement, at most 10 % passive, 60 % ending in job,
    // education or ledighedsydelse, at most 30–35 cases per coordinating caseworker.
    targets: {
      paidHoursShare: 0.15,
      workPlacementShare: 0.4,
      firmBasedShare: null,
      paidHoursOrEducationShare: null,
      passiveShareMax: 0.1,
      endedInJobOrEducationShare: 0.6,
      caseloadMax: 35
    },
    passiveReasons: defaultPassiveReasons,
    cvMaxAgeMonths: 2,
    progression: {
      exampleWording: true,
      scaleMin: 1,
      scaleMax: 5,
      scaleMinLabel: S.scaleMinLabel,
      scaleMaxLabel: S.scaleMaxLabel,
      followUpMonths: 12,
      themes: exampleProgressionThemes
    },
    pareto: {
      weights: { paidHours: 30, firmBased: 25, notPassive: 10, progression: 15, cvUpToDate: 10, jobPlan: 5, jobGoal: 5 },
      focusShare: 0.2,
      lookbackMonths: 3
    }
  }
}

/** The rules shipped for a pool key: FSM2, FSM1, HRF, or a user's own pool (the default). */
export function shippedResultsRules(poolKey: string): ResultsRules {
  const rules = base()
  if (poolKey === 'FSM2') {
    // STAR's FSM2 FAQ: paid hours, paid education and SU-eligible education count; wage subsidy
    // and flexjob do not. A citizen leaves the effort group only on moving away, death or state
    // pension, even when the case is closed.
    rules.effortGroupExit = ['movedAway', 'death', 'statePension']
    rules.targets = { ...rules.targets, paidHoursOrEducationShare: 0.2 }
  } else if (poolKey === 'FSM1') {
    // Seed 003: 3rd instalment (30 %) when at least 40 % of the effort group were in work
    // placement, wage subsidy, ordinary hours, flexjob or ordinary education, as monthly counts
    // three months in a row. Those who move away leave the effort group.
    rules.effortGroupExit = ['movedAway']
    rules.targets = { ...rules.targets, firmBasedShare: 0.4 }
  } else if (poolKey === 'HRF') {
    // Seed 002 and the fixtures: at most 35 cases per coordinating caseworker; paid half-yearly
    // on interim accounts, with no result condition on the payment.
    rules.targets = { ...rules.targets, caseloadMax: 35 }
  }
  return rules
}
