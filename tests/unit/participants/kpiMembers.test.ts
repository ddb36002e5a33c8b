import { describe, expect, it } from 'vitest'
import { ZERO_MINUTES } from '@shared/domain/duration'
import { indexStatuses, kpisForMonth, type KpiParticipant, type MonthlyStatus } from '@shared/domain/participants/kpis'
import { kpiMembers, traceableKpis } from '@shared/domain/participants/kpiMembers'
import { shippedResultsRules } from '@shared/domain/participants/poolRules'
import { activityKeys, exitReasons, type ActivityKey, type IntakeGroup } from '@shared/domain/participants/types'

const fsm2 = shippedResultsRules('FSM2')

// A fixed pseudo-random population: intakes, exits of every kind, group 2 and 3, missing statuses.
function population(seed: number) {
  let x = seed
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31)
  const participants: KpiParticipant[] = []
  const statuses: MonthlyStatus[] = []
  const months = ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']
  for (let id = 1; id <= 300; id++) {
    const intake = months[Math.floor(next() * 5)]!
    const exits = next() < 0.3
    const exitMonth = months[Math.min(5, months.indexOf(intake) + Math.floor(next() * 3))]!
    participants.push({
      id,
      intakeDate: `${intake}-1${Math.floor(next() * 9)}`,
      intakeGroup: (next() < 0.8 ? 1 : next() < 0.5 ? 2 : 3) as IntakeGroup,
      exitDate: exits ? `${exitMonth}-15` : null,
      exitReason: exits ? exitReasons[Math.floor(next() * exitReasons.length)]! : null,
      jobBrokerId: 1 + Math.floor(next() * 4)
    })
    for (const month of months) {
      if (month < intake || next() < 0.15) continue
      const activities = activityKeys.filter(() => next() < 0.15) as ActivityKey[]
      statuses.push({
        participantId: id,
        month,
        activities,
        paidHoursMinutes: ZERO_MINUTES,
        passive: activities.length === 0 && next() < 0.7,
        passiveReason: null,
        cvUpdatedOn: null,
        jobPlan: false,
        jobGoal: ''
      })
    }
  }
  return { participants, statuses, months }
}

describe('the members behind a KPI figure', () => {
  it('count exactly what the month’s KPI counts, for every traceable KPI, month and population', () => {
    for (const seed of [1, 7, 42]) {
      const { participants, statuses, months } = population(seed)
      const index = indexStatuses(statuses)
      for (const month of months) {
        const k = kpisForMonth(participants, index, fsm2, month)
        for (const kpi of traceableKpis) {
          const m = kpiMembers(participants, index, fsm2, month, kpi)
          const expected =
            kpi === 'shareOfOpenCasesPassive'
              ? { count: k.passive, total: k.openCases, share: k.passiveShare }
              : kpi === 'shareOfEndedInJobOrEducation'
                ? { count: k.endedSuccessful, total: k.ended, share: k.endedSuccessfulShare }
                : { count: k.counts[kpi], total: k.effortGroup, share: k.shares[kpi] }
          expect({ count: m.count, total: m.total, share: m.share }, `${kpi} ${month}`).toEqual(expected)
          expect(m.total).toBeGreaterThan(0)
        }
      }
    }
  })

  it('lists a group-2 participant in no share, and a passive one without status as not counted', () => {
    const participants: KpiParticipant[] = [
      { id: 1, intakeDate: '2020-01-05', intakeGroup: 2, exitDate: null, exitReason: null, jobBrokerId: 1 },
      { id: 2, intakeDate: '2020-01-05', intakeGroup: 1, exitDate: null, exitReason: null, jobBrokerId: 1 }
    ]
    const m = kpiMembers(participants, indexStatuses([]), fsm2, '2020-01', 'shareOfOpenCasesPassive')
    expect(m.members).toEqual([{ participantId: 2, counted: false, status: null }])
  })
})
