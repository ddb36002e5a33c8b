// The 'results' section of a grant pool's rules (services/core/poolRules.ts): what counts for each
// KPI, who leaves the effort group, the targets, the progression questions and scale, and the
// weights of the Pareto score. Settings, not code (DOMAIN.md rules 5, 6, 8, 9, 10, 12).
import { z } from 'zod'
import { activityKeys, exitReasons, type ActivityKey, type ExitReason } from './types'

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

const progressionQuestionSchema = z.object({ key: z.string().trim().min(1).max(40), text: z.string().trim().min(1).max(500) }).strict()
const progressionThemeSchema = z
  .object({ key: z.string().trim().min(1).max(40), label: z.string().trim().min(1).max(200), questions: z.array(progressionQuestionSchema).min(1).max(20) })
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
    /** Exit reasons that take a participant out of the effort group (rule 6). Others stay in the count. */
    effortGroupExit: z.array(exitReason),
    /** Exit reasons counted as "ended in job or education" (seed 002: job, education, ledighedsydelse). */
    successfulExit: z.array(exitReason).min(1),
    targets: targetsSchema,
    /** Categories of passivity (a passive month names one). */
    passiveReasons: z.array(z.string().trim().min(1).max(100)).min(1).max(40),
    /** A CV counts as up to date when updated within this many months. */
    cvMaxAgeMonths: z.number().int().min(1).max(24),
    progression: z
      .object({
        /** True while the wording is the shipped example text, not STAR's (DOMAIN rule 12). */
        exampleWording: z.boolean(),
        scaleMin: z.number().int().min(0).max(10),
        scaleMax: z.number().int().min(1).max(10),
        scaleMinLabel: z.string().trim().max(100),
        scaleMaxLabel: z.string().trim().max(100),
        /** A follow-up answer is due this many months after the last answer (seed 003: within a year). */
        followUpMonths: z.number().int().min(1).max(24),
        themes: z.array(progressionThemeSchema).min(1).max(20)
      })
      .strict()
      .refine((p) => p.scaleMax > p.scaleMin, { message: 'Skalaens højeste værdi skal være større end den laveste.', path: ['scaleMax'] }),
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
 * Neutral example wording for the 11 questions in 6 themes of seed 003 (the BIP framework). STAR's
 * own wording was not found: the UI marks these as example text a user should replace.
 */
const exampleProgressionThemes: ResultsRules['progression']['themes'] = [
  {
    key: 'selfEfficacy',
    label: 'Tro på egne evner',
    questions: [
      { key: 'selfEfficacy1', text: 'Eksempel: Jeg tror på, at jeg kan klare de opgaver, et arbejde eller en uddannelse vil give mig.' },
      { key: 'selfEfficacy2', text: 'Eksempel: Når noget er svært, kan jeg som regel finde en måde at løse det på.' }
    ]
  },
  {
    key: 'healthManagement',
    label: 'Helbredsmestring',
    questions: [
      { key: 'health1', text: 'Eksempel: Jeg kan håndtere mit helbred, så det ikke står i vejen for arbejde eller uddannelse.' },
      { key: 'health2', text: 'Eksempel: Jeg ved, hvad jeg selv kan gøre, når mit helbred svinger.' }
    ]
  },
  {
    key: 'labourMarketIdentity',
    label: 'Arbejdsmarkedsidentitet, mening og retning',
    questions: [
      { key: 'identity1', text: 'Eksempel: Jeg kan se mig selv i et arbejde eller en uddannelse.' },
      { key: 'identity2', text: 'Eksempel: Jeg har et konkret mål for, hvilket arbejde eller hvilken uddannelse jeg vil have.' },
      { key: 'identity3', text: 'Eksempel: Det giver mening for mig at arbejde eller tage en uddannelse.' },
      { key: 'identity4', text: 'Eksempel: Jeg ved, hvad næste skridt mod arbejde eller uddannelse er.' }
    ]
  },
  {
    key: 'workplaceCooperation',
    label: 'Samarbejde på arbejdspladsen eller uddannelsen',
    questions: [{ key: 'cooperation1', text: 'Eksempel: Jeg kan samarbejde med kolleger eller medstuderende.' }]
  },
  {
    key: 'professionalRelations',
    label: 'Relationer til fagprofessionelle',
    questions: [{ key: 'professionals1', text: 'Eksempel: Jeg oplever, at de fagfolk, jeg møder, tror på mig og hjælper mig videre.' }]
  },
  {
    key: 'privateNetwork',
    label: 'Privat netværk',
    questions: [{ key: 'network1', text: 'Eksempel: Jeg har mennesker omkring mig, der støtter mig i at komme i arbejde eller uddannelse.' }]
  }
]

const defaultPassiveReasons = [
  'Sygdom eller helbred',
  'Psykiske udfordringer',
  'Misbrug',
  'Sociale forhold (bolig, økonomi, familie)',
  'Afventer lægelige oplysninger',
  'Afventer tilbud eller opstart',
  'Udeblevet eller ikke i kontakt',
  'Barsel',
  'Andet'
]

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
      scaleMinLabel: 'Passer slet ikke',
      scaleMaxLabel: 'Passer helt',
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
