import { describe, expect, it } from 'vitest'
import { changePerTheme, checkAnswers, progressionReminder, themeScores, type ProgressionAnswer } from '@shared/domain/participants/progression'
import { shippedResultsRules } from '@shared/domain/participants/poolRules'
import { checkStatus, type StatusInput } from '@shared/domain/participants/status'

const rules = shippedResultsRules('FSM2').progression

describe('progression: 11 questions in 6 themes held by the pool', () => {
  it('ships 11 example questions in the 6 themes of seed 003, marked as example wording', () => {
    expect(rules.themes.map((t) => [t.label, t.questions.length])).toEqual([
      ['Tro på egne evner', 2],
      ['Helbredsmestring', 2],
      ['Arbejdsmarkedsidentitet, mening og retning', 4],
      ['Samarbejde på arbejdspladsen eller uddannelsen', 1],
      ['Relationer til fagprofessionelle', 1],
      ['Privat netværk', 1]
    ])
    expect(rules.exampleWording).toBe(true)
    expect(rules.themes.every((t) => t.questions.every((q) => q.text.startsWith('Eksempel:')))).toBe(true)
  })

  it('theme score is the mean of its questions', () => {
    expect(themeScores({ identity1: 2, identity2: 3, identity3: 4, identity4: 5, network1: 1 }, rules)).toEqual({
      labourMarketIdentity: 3.5,
      privateNetwork: 1
    })
  })

  it('refuses answers off the scale and unknown questions', () => {
    const c = checkAnswers({ selfEfficacy1: 6, nope: 3, health1: 2.5 }, rules)
    expect(c.outOfScale).toEqual(['selfEfficacy1', 'health1'])
    expect(c.unknown).toEqual(['nope'])
  })

  it('reminds: intake answer missing, follow-up due a year after the last answer, soon within 30 days, exit answer missing', () => {
    const p = { id: 1, intakeDate: '2020-02-01', exitDate: null }
    expect(progressionReminder(p, [], rules, '2020-03-01')).toEqual({ participantId: 1, kind: 'intakeMissing', dueOn: '2020-02-01' })
    const intake = { participantId: 1, occasion: 'intake' as const, answeredOn: '2020-02-03', answers: {} }
    expect(progressionReminder(p, [intake], rules, '2020-12-01')).toBeNull()
    expect(progressionReminder(p, [intake], rules, '2021-01-10')).toEqual({ participantId: 1, kind: 'followUpSoon', dueOn: '2021-02-03' })
    expect(progressionReminder(p, [intake], rules, '2021-02-03')).toEqual({ participantId: 1, kind: 'followUpDue', dueOn: '2021-02-03' })
    const follow = { participantId: 1, occasion: 'followUp' as const, answeredOn: '2021-01-20', answers: {} }
    expect(progressionReminder(p, [intake, follow], rules, '2021-02-03')).toBeNull()
    const ended = { ...p, exitDate: '2021-03-31' }
    expect(progressionReminder(ended, [intake, follow], rules, '2021-04-02')).toEqual({ participantId: 1, kind: 'exitMissing', dueOn: '2021-03-31' })
  })

  it('the change per theme compares intake with the latest answer of each participant', () => {
    const answers: ProgressionAnswer[] = [
      { participantId: 1, occasion: 'intake' as const, answeredOn: '2020-01-10', answers: { selfEfficacy1: 2, selfEfficacy2: 2, network1: 3 } },
      { participantId: 1, occasion: 'followUp' as const, answeredOn: '2020-12-10', answers: { selfEfficacy1: 3, selfEfficacy2: 4, network1: 3 } },
      { participantId: 2, occasion: 'intake' as const, answeredOn: '2020-02-10', answers: { selfEfficacy1: 1, selfEfficacy2: 1 } },
      { participantId: 2, occasion: 'followUp' as const, answeredOn: '2021-01-10', answers: { selfEfficacy1: 2, selfEfficacy2: 2 } },
      { participantId: 2, occasion: 'exit' as const, answeredOn: '2021-06-10', answers: { selfEfficacy1: 4, selfEfficacy2: 4 } },
      // Only an intake answer: not in the change.
      { participantId: 3, occasion: 'intake' as const, answeredOn: '2020-02-10', answers: { selfEfficacy1: 5, selfEfficacy2: 5 } }
    ]
    const change = changePerTheme(answers, rules)
    const self = change.find((c) => c.themeKey === 'selfEfficacy')!
    // Participant 1: 2 → 3,5; participant 2: 1 → 4.
    expect(self).toEqual({ themeKey: 'selfEfficacy', participants: 2, intakeMean: 1.5, latestMean: 3.75, change: 2.25 })
    expect(change.find((c) => c.themeKey === 'privateNetwork')).toEqual({
      themeKey: 'privateNetwork',
      participants: 1,
      intakeMean: 3,
      latestMean: 3,
      change: 0
    })
    expect(change.find((c) => c.themeKey === 'healthManagement')!.participants).toBe(0)
  })
})

describe('a monthly status', () => {
  const reasons = shippedResultsRules('FSM2').passiveReasons
  const ok: StatusInput = {
    activities: ['paidHours'],
    paidHoursMinutes: 600,
    passive: false,
    passiveReason: null,
    cvUpdatedOn: '2020-03-02',
    jobPlan: true,
    jobGoal: 'Køkkenmedhjælper',
    note: ''
  }

  it('accepts activities with hours, or passive with a reason from the pool’s list', () => {
    expect(checkStatus(ok, '2020-03', '2020-01-10', reasons)).toEqual([])
    expect(checkStatus({ ...ok, activities: [], paidHoursMinutes: null, passive: true, passiveReason: 'misbrug' }, '2020-03', '2020-01-10', reasons)).toEqual(
      []
    )
  })

  it('names what is wrong', () => {
    const rulesOf = (s: Partial<StatusInput>, month = '2020-03') =>
      checkStatus({ ...ok, ...s }, month, '2020-01-10', reasons).map((p) => `${p.field}:${p.rule}`)
    expect(rulesOf({ activities: [], paidHoursMinutes: null })).toEqual(['activities:noActivity'])
    expect(rulesOf({ passive: true })).toEqual(['passive:passiveWithActivity', 'passiveReason:passiveReasonRequired'])
    expect(rulesOf({ paidHoursMinutes: 0 })).toEqual(['paidHoursMinutes:paidHoursRequired'])
    expect(rulesOf({ activities: ['workPlacement'] })).toEqual(['paidHoursMinutes:hoursWithoutPaidHours'])
    expect(rulesOf({ cvUpdatedOn: '2020-04-01' })).toEqual(['cvUpdatedOn:cvAfterMonth'])
    expect(rulesOf({ cvUpdatedOn: null }, '2019-12')).toEqual(['month:beforeIntake'])
    expect(rulesOf({ activities: [], paidHoursMinutes: null, passive: true, passiveReason: 'Ferie' })).toEqual(['passiveReason:unknownPassiveReason'])
    expect(rulesOf({ note: 'cpr 0101901234' })).toEqual(['note:cpr'])
  })
})
