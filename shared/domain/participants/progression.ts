// Progression (docs/domain.md rules 9 «Progression» and 12 «Example wording»): the pool's questions
// in themes, answered at intake, again within a year (followUpMonths) and at exit; reminders when
// an answer is due; change per theme.
import type { ResultsRules } from './poolRules'
import type { ProgressionOccasion } from './types'
import { addMonths, monthOf } from '../months'

type ProgressionRules = ResultsRules['progression']

export interface ProgressionAnswer {
  participantId: number
  occasion: ProgressionOccasion
  answeredOn: string
  /** Score per question key, on the pool's scale. */
  answers: Record<string, number>
}

/** Mean score per theme of one answer (themes with no answered question are left out). */
export function themeScores(answers: Record<string, number>, rules: Pick<ProgressionRules, 'themes'>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const theme of rules.themes) {
    const values = theme.questions.map((q) => answers[q.key]).filter((v): v is number => typeof v === 'number')
    if (values.length > 0) out[theme.key] = values.reduce((a, b) => a + b, 0) / values.length
  }
  return out
}

/** The mean of all answered questions, normalised to 0..1 on the pool's scale (null: none answered). */
export function normalisedScore(answers: Record<string, number>, rules: Pick<ProgressionRules, 'scaleMin' | 'scaleMax' | 'themes'>): number | null {
  const keys = new Set(rules.themes.flatMap((t) => t.questions.map((q) => q.key)))
  const values = Object.entries(answers)
    .filter(([k, v]) => keys.has(k) && typeof v === 'number')
    .map(([, v]) => v)
  if (values.length === 0) return null
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  return (mean - rules.scaleMin) / (rules.scaleMax - rules.scaleMin)
}

/** Which questions are unanswered or off the scale: field errors for a save. */
export function checkAnswers(answers: Record<string, number>, rules: ProgressionRules): { unknown: string[]; outOfScale: string[]; missing: string[] } {
  const keys = rules.themes.flatMap((t) => t.questions.map((q) => q.key))
  return {
    unknown: Object.keys(answers).filter((k) => !keys.includes(k)),
    outOfScale: Object.entries(answers)
      .filter(([, v]) => !Number.isInteger(v) || v < rules.scaleMin || v > rules.scaleMax)
      .map(([k]) => k),
    missing: keys.filter((k) => answers[k] === undefined)
  }
}

type ReminderKind = 'intakeMissing' | 'followUpDue' | 'followUpSoon' | 'exitMissing'

interface ProgressionReminder {
  participantId: number
  kind: ReminderKind
  /** The date the answer is (was) due. */
  dueOn: string
}

function addMonthsToDate(isoDate: string, n: number): string {
  const month = addMonths(monthOf(isoDate), n)
  const day = Number(isoDate.slice(8, 10))
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`
}

/**
 * The reminder of one effort-group participant on `today`, or null when nothing is due: an intake
 * answer is missing; a follow-up is due `followUpMonths` after the last answer (soon = within 30
 * days); an exit answer is missing for an ended course (seed 003: "så vidt muligt").
 */
export function progressionReminder(
  p: { id: number; intakeDate: string; exitDate: string | null },
  answers: readonly ProgressionAnswer[],
  rules: Pick<ProgressionRules, 'followUpMonths'>,
  today: string
): ProgressionReminder | null {
  const own = answers.filter((a) => a.participantId === p.id).sort((a, b) => (a.answeredOn < b.answeredOn ? -1 : 1))
  if (p.exitDate) {
    if (p.exitDate > today) {
      // An exit in the future: still open; fall through to the follow-up rule.
    } else {
      return own.some((a) => a.occasion === 'exit') ? null : { participantId: p.id, kind: 'exitMissing', dueOn: p.exitDate }
    }
  }
  if (!own.some((a) => a.occasion === 'intake')) return { participantId: p.id, kind: 'intakeMissing', dueOn: p.intakeDate }
  const last = own[own.length - 1]!
  const dueOn = addMonthsToDate(last.answeredOn, rules.followUpMonths)
  if (dueOn <= today) return { participantId: p.id, kind: 'followUpDue', dueOn }
  if (dueOn <= addDays(today, 30)) return { participantId: p.id, kind: 'followUpSoon', dueOn }
  return null
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

interface ThemeChange {
  themeKey: string
  /** Participants with both an intake answer and a later one touching the theme. */
  participants: number
  intakeMean: number | null
  latestMean: number | null
  change: number | null
}

/** One participant's pair of answers for a theme: the intake answer and the latest later one. */
interface ProgressionPair {
  participantId: number
  intakeOn: string
  intakeScore: number
  latestOn: string
  latestScore: number
}

/**
 * The pairs a theme's change is made of: for each participant with an intake answer and a later one
 * (follow-up or exit) touching the theme, the theme score at intake and in the latest later answer.
 */
export function progressionPairs(
  answers: readonly ProgressionAnswer[],
  theme: ProgressionRules['themes'][number],
  participantIds?: ReadonlySet<number>
): ProgressionPair[] {
  const byParticipant = new Map<number, ProgressionAnswer[]>()
  for (const a of answers) {
    if (participantIds && !participantIds.has(a.participantId)) continue
    const list = byParticipant.get(a.participantId) ?? []
    list.push(a)
    byParticipant.set(a.participantId, list)
  }
  const pairs: ProgressionPair[] = []
  for (const [participantId, list] of byParticipant) {
    const sorted = [...list].sort((a, b) => (a.answeredOn < b.answeredOn ? -1 : 1))
    const intake = sorted.find((a) => a.occasion === 'intake')
    const later = sorted.filter((a) => a.occasion !== 'intake' && a.answeredOn >= (intake?.answeredOn ?? '')).pop()
    if (!intake || !later) continue
    const before = themeScores(intake.answers, { themes: [theme] })[theme.key]
    const after = themeScores(later.answers, { themes: [theme] })[theme.key]
    if (before === undefined || after === undefined) continue
    pairs.push({ participantId, intakeOn: intake.answeredOn, intakeScore: before, latestOn: later.answeredOn, latestScore: after })
  }
  return pairs
}

/** A theme's means over its pairs: what the progression table and the quarterly pack show. */
export function meansOfPairs(themeKey: string, pairs: readonly ProgressionPair[]): ThemeChange {
  const n = pairs.length
  const intakeSum = pairs.reduce((sum, p) => sum + p.intakeScore, 0)
  const latestSum = pairs.reduce((sum, p) => sum + p.latestScore, 0)
  return {
    themeKey,
    participants: n,
    intakeMean: n ? intakeSum / n : null,
    latestMean: n ? latestSum / n : null,
    change: n ? (latestSum - intakeSum) / n : null
  }
}

/** The change per theme for the group: the latest answer's theme score minus that at intake, averaged. */
export function changePerTheme(
  answers: readonly ProgressionAnswer[],
  rules: Pick<ProgressionRules, 'themes'>,
  participantIds?: ReadonlySet<number>
): ThemeChange[] {
  return rules.themes.map((theme) => meansOfPairs(theme.key, progressionPairs(answers, theme, participantIds)))
}

/** A theme score or mean as shown everywhere: one decimal, Danish comma (e.g. «3,4»). */
export function formatScore(value: number): string {
  return value.toFixed(1).replace('.', ',')
}

/** A change of a mean, as shown everywhere: one decimal, signed when up (e.g. «+0,4», «-0,2»). */
export function formatScoreChange(value: number): string {
  return `${value > 0 ? '+' : ''}${formatScore(value)}`
}
