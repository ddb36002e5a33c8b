import { describe, expect, it } from 'vitest'
import { minutes } from '@shared/domain/duration'
import { countsInEffortGroup, groupOn } from '@shared/domain/participants/effortGroup'
import {
  caseloadByBroker,
  caseloadMembers,
  evaluateRule,
  kpisForMonth,
  indexStatuses,
  monthlyKpis,
  seriesOf,
  type KpiParticipant,
  type MonthlyStatus
} from '@shared/domain/participants/kpis'
import { shippedResultsRules } from '@shared/domain/participants/poolRules'
import type { ActivityKey, ExitReason, IntakeGroup } from '@shared/domain/participants/types'

const fsm2 = shippedResultsRules('FSM2')
const fsm1 = shippedResultsRules('FSM1')

function person(id: number, over: Partial<KpiParticipant> = {}): KpiParticipant {
  return { id, intakeDate: '2020-01-10', intakeGroup: 1, exitDate: null, exitReason: null, jobBrokerId: 1, ...over }
}
function status(participantId: number, month: string, activities: ActivityKey[], over: Partial<MonthlyStatus> = {}): MonthlyStatus {
  return {
    participantId,
    month,
    activities,
    paidHoursMinutes: minutes(activities.includes('paidHours') ? 600 : 0),
    passive: activities.length === 0,
    passiveReason: activities.length === 0 ? 'Sygdom eller helbred' : null,
    cvUpdatedOn: null,
    jobPlan: false,
    jobGoal: '',
    ...over
  }
}
function exited(id: number, exitDate: string, exitReason: ExitReason, intakeGroup: IntakeGroup = 1) {
  return person(id, { exitDate, exitReason, intakeGroup })
}

describe('docs/domain.md rule 6 «The effort group»: who counts', () => {
  it('placed in group 1 at intake and later moved to group 3 still counts', () => {
    const p = person(1)
    // The group change is kept, but the count looks at the group at intake only.
    expect(groupOn(1, [{ changeDate: '2020-03-01', toGroup: 3 }], '2020-06-01')).toBe(3)
    expect(countsInEffortGroup(p, '2020-06', fsm1.effortGroupExit)).toBe(true)
    expect(countsInEffortGroup(p, '2020-06', fsm2.effortGroupExit)).toBe(true)
  })

  it('placed in group 2 or 3 at intake never counts', () => {
    expect(countsInEffortGroup(person(1, { intakeGroup: 2 }), '2020-06', fsm2.effortGroupExit)).toBe(false)
    expect(countsInEffortGroup(person(1, { intakeGroup: 3 }), '2020-06', fsm1.effortGroupExit)).toBe(false)
  })

  it('counts from the month of intake', () => {
    expect(countsInEffortGroup(person(1, { intakeDate: '2020-03-31' }), '2020-02', fsm2.effortGroupExit)).toBe(false)
    expect(countsInEffortGroup(person(1, { intakeDate: '2020-03-31' }), '2020-03', fsm2.effortGroupExit)).toBe(true)
  })

  it('moving away leaves the effort group from the month after', () => {
    const p = exited(1, '2020-05-20', 'movedAway')
    expect(countsInEffortGroup(p, '2020-05', fsm1.effortGroupExit)).toBe(true)
    expect(countsInEffortGroup(p, '2020-06', fsm1.effortGroupExit)).toBe(false)
    expect(countsInEffortGroup(p, '2020-06', fsm2.effortGroupExit)).toBe(false)
  })

  it('FSM2: a closed case still counts unless moved away, dead or on state pension', () => {
    expect(countsInEffortGroup(exited(1, '2020-05-20', 'job'), '2021-01', fsm2.effortGroupExit)).toBe(true)
    expect(countsInEffortGroup(exited(1, '2020-05-20', 'other'), '2021-01', fsm2.effortGroupExit)).toBe(true)
    expect(countsInEffortGroup(exited(1, '2020-05-20', 'disabilityPension'), '2021-01', fsm2.effortGroupExit)).toBe(true)
    expect(countsInEffortGroup(exited(1, '2020-05-20', 'death'), '2021-01', fsm2.effortGroupExit)).toBe(false)
    expect(countsInEffortGroup(exited(1, '2020-05-20', 'statePension'), '2021-01', fsm2.effortGroupExit)).toBe(false)
    // FSM1 keeps death in the count: only moving away is named there.
    expect(countsInEffortGroup(exited(1, '2020-05-20', 'death'), '2021-01', fsm1.effortGroupExit)).toBe(true)
  })
})

describe('KPIs as monthly counts of the effort group', () => {
  // Ten in the effort group in March 2020, one in group 2 at intake, one moved away in February.
  const people: KpiParticipant[] = [
    ...Array.from({ length: 10 }, (_, i) => person(i + 1, { jobBrokerId: i < 6 ? 1 : 2 })),
    person(11, { intakeGroup: 2 }),
    exited(12, '2020-02-15', 'movedAway')
  ]
  const statuses: MonthlyStatus[] = [
    status(1, '2020-03', ['paidHours']),
    status(2, '2020-03', ['educationSu']),
    status(3, '2020-03', ['wageSubsidy']),
    status(4, '2020-03', ['flexJob']),
    status(5, '2020-03', ['workPlacement']),
    status(6, '2020-03', ['educationPaid']),
    status(7, '2020-03', []),
    status(8, '2020-03', [], { passiveReason: 'Misbrug' }),
    status(9, '2020-03', ['otherActivity'], { cvUpdatedOn: '2020-02-20', jobPlan: true }),
    // Not in the effort group: group 2 at intake, and moved away before March.
    status(11, '2020-03', ['paidHours']),
    status(12, '2020-03', ['paidHours'])
  ]
  const index = indexStatuses(statuses)

  it('FSM2: paid hours, paid education and SU education count; wage subsidy and flexjob do not', () => {
    const k = kpisForMonth(people, index, fsm2, '2020-03')
    expect(k.effortGroup).toBe(10)
    expect(k.counts.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth).toBe(3) // 1, 2, 6
    expect(k.shares.shareOfEffortGroupWithPaidHoursOrEducationInOneMonth).toBeCloseTo(0.3)
  })

  it('FSM1: work placement, wage subsidy, ordinary hours, flexjob and ordinary education count', () => {
    const k = kpisForMonth(people, index, fsm1, '2020-03')
    expect(k.counts.shareOfEffortGroupInFirmBasedActivity).toBe(6) // 1–6
    expect(k.shares.shareOfEffortGroupInFirmBasedActivity).toBeCloseTo(0.6)
  })

  it('paid hours, work placement and passive shares; CV and plan among the open courses', () => {
    const k = kpisForMonth(people, index, fsm2, '2020-03')
    expect(k.counts.shareOfEffortGroupWithPaidHours).toBe(1)
    expect(k.counts.shareOfEffortGroupInWorkPlacement).toBe(1)
    expect(k.passive).toBe(2)
    expect(k.openCases).toBe(10)
    expect(k.passiveShare).toBeCloseTo(0.2)
    expect(k.withStatus).toBe(9)
    expect(k.missingStatus).toBe(1)
    expect(k.cvUpToDate).toBe(1)
    expect(k.jobPlan).toBe(1)
    expect(k.paidHoursMinutes).toBe(600)
  })

  it('the ended-in-job-or-education share counts the ended courses of group 1 by the end of the month', () => {
    const ended = [
      person(1),
      exited(2, '2020-02-01', 'job'),
      exited(3, '2020-03-05', 'education'),
      exited(4, '2020-03-09', 'movedAway'),
      exited(5, '2020-04-01', 'job'),
      exited(6, '2020-01-01', 'job', 3)
    ]
    const k = kpisForMonth(ended, new Map(), fsm2, '2020-03')
    expect(k.ended).toBe(3)
    expect(k.endedSuccessful).toBe(2)
    expect(k.endedSuccessfulShare).toBeCloseTo(2 / 3)
  })

  it('caseload per job broker counts the open courses', () => {
    const load = caseloadByBroker(people, '2020-03')
    expect(load.get(1)).toBe(7) // six in the effort group + the group-2 participant
    expect(load.get(2)).toBe(4)
    // Who the caseload is: the same test, so the pack's count opens exactly its participants.
    for (const [broker, n] of load) expect(caseloadMembers(people, '2020-03', broker)).toHaveLength(n)
  })
})

describe('result conditions', () => {
  it('FSM2: 15 % in one month is met in the best month', () => {
    const series = [
      { month: '2021-01', count: 14, total: 100 },
      { month: '2021-02', count: 16, total: 100 },
      { month: '2021-03', count: 12, total: 100 }
    ]
    const r = evaluateRule(series, { atLeast: 0.15 })
    expect(r.met).toBe(true)
    expect(r.bestShare).toBeCloseTo(0.16)
    expect(r.bestMonth).toBe('2021-02')
    expect(r.metMonths).toEqual(['2021-02'])
    expect(evaluateRule(series, { atLeast: 0.2 }).met).toBe(false)
  })

  it('three months in a row: a broken run does not count', () => {
    const series = [
      { month: '2020-01', count: 40, total: 100 },
      { month: '2020-02', count: 41, total: 100 },
      { month: '2020-03', count: 35, total: 100 },
      { month: '2020-04', count: 45, total: 100 },
      { month: '2020-05', count: 42, total: 100 },
      { month: '2020-06', count: 39, total: 100 }
    ]
    const r = evaluateRule(series, { atLeast: 0.4, consecutiveMonths: 3 })
    expect(r.met).toBe(false)
    expect(r.longestRun).toEqual(['2020-01', '2020-02'])
    // The best three-month window is Apr–Jun, its lowest month 39 %.
    expect(r.bestShare).toBeCloseTo(0.39)
    expect(r.bestMonth).toBe('2020-06')
  })

  it('three months in a row: met by different people each month, across a new year', () => {
    const people = Array.from({ length: 5 }, (_, i) => person(i + 1, { intakeDate: '2020-10-01' }))
    // Two of five (40 %) each month, never the same two.
    const statuses = [
      status(1, '2020-11', ['workPlacement']),
      status(2, '2020-11', ['wageSubsidy']),
      status(3, '2020-12', ['flexJob']),
      status(4, '2020-12', ['paidHours']),
      status(5, '2021-01', ['educationSu']),
      status(1, '2021-01', ['educationPaid'])
    ]
    const kpis = monthlyKpis(people, statuses, fsm1, ['2020-10', '2020-11', '2020-12', '2021-01'])
    const r = evaluateRule(seriesOf(kpis, 'shareOfEffortGroupInFirmBasedActivity'), { atLeast: 0.4, consecutiveMonths: 3 })
    expect(r.met).toBe(true)
    expect(r.metMonths).toEqual(['2020-11', '2020-12', '2021-01'])
    expect(r.bestShare).toBeCloseTo(0.4)
  })

  it('three months in a row: a month missing from the series breaks the run', () => {
    const series = [
      { month: '2020-01', count: 5, total: 10 },
      { month: '2020-02', count: 5, total: 10 },
      { month: '2020-04', count: 5, total: 10 }
    ]
    expect(evaluateRule(series, { atLeast: 0.4, consecutiveMonths: 3 }).met).toBe(false)
  })
})
