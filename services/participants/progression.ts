// Progression answers (docs/domain.md rules 9 «Progression» and 12 «Example wording»): the pool's
// questions answered at intake, within a year and at exit; the change per theme for the effort
// group; reminders when an answer is due.
import { changePerTheme, checkAnswers, meansOfPairs, progressionPairs, themeScores } from '@shared/domain/participants/progression'
import type { ProgressionOccasion } from '@shared/domain/participants/types'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'
import type { ProgressionAnswerOut } from '@shared/api/participants'
import { nowIso, type ServiceContext } from '../context'
import { deleteAudited, insertAudited, updateAudited } from '../audit/audit'
import { loadAnswers, loadParticipants } from './load'
import { loadProjectRules } from './rules'
import { describeParticipants, requireParticipant } from './participants'

const t = da.participants

export async function listAnswers(ctx: ServiceContext, projectId: number, participantId?: number): Promise<ProgressionAnswerOut[]> {
  const pr = await loadProjectRules(ctx.db, projectId)
  const answers = await loadAnswers(ctx.db, projectId)
  return answers
    .filter((a) => participantId === undefined || a.participantId === participantId)
    .map((a) => ({ ...a, themeScores: themeScores(a.answers, pr.rules.progression) }))
}

export async function saveAnswer(
  ctx: ServiceContext,
  input: {
    projectId: number
    participantId: number
    answerId?: number | undefined
    occasion: ProgressionOccasion
    answeredOn: string
    answers: Record<string, number>
    note: string
  }
): Promise<ProgressionAnswerOut> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const p = await requireParticipant(trx, input.projectId, input.participantId)
    const pr = await loadProjectRules(trx, input.projectId)
    const rules = pr.rules.progression
    const check = checkAnswers(input.answers, rules)
    if (check.unknown.length) throw new DomainError('validation', t.errors.unknownQuestions(check.unknown.join(', ')), { field: 'answers' })
    if (check.outOfScale.length) throw new DomainError('validation', t.errors.answerOutOfScale(rules.scaleMin, rules.scaleMax), { field: 'answers' })
    if (Object.keys(input.answers).length === 0) throw new DomainError('validation', t.errors.noAnswers, { field: 'answers' })
    if (input.answeredOn < p.intake_date) throw new DomainError('validation', t.errors.answerBeforeIntake, { field: 'answeredOn' })
    const values = {
      occasion: input.occasion,
      answered_on: input.answeredOn,
      answers_json: JSON.stringify(input.answers),
      note: input.note,
      updated_at: nowIso(ctx)
    }
    const meta = { projectId: input.projectId }
    if (input.answerId !== undefined) {
      const existing = await trx
        .selectFrom('participant_progression')
        .select('id')
        .where('id', '=', input.answerId)
        .where('participant_id', '=', input.participantId)
        .executeTakeFirst()
      if (!existing) throw new DomainError('not_found', t.errors.answerNotFound(input.answerId), { field: 'answerId' })
      await updateAudited(trx, ctx, 'participant_progression', existing.id, values, meta)
      return existing.id
    }
    const row = await insertAudited(trx, ctx, 'participant_progression', { participant_id: input.participantId, ...values, created_at: nowIso(ctx) }, meta)
    return row.id
  })
  const all = await listAnswers(ctx, input.projectId, input.participantId)
  return all.find((a) => a.id === id)!
}

export async function deleteAnswer(ctx: ServiceContext, projectId: number, answerId: number, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('participant_progression')
      .innerJoin('participant', 'participant.id', 'participant_progression.participant_id')
      .select('participant_progression.id')
      .where('participant_progression.id', '=', answerId)
      .where('participant.project_id', '=', projectId)
      .executeTakeFirst()
    if (!row) throw new DomainError('not_found', t.errors.answerNotFound(answerId), { field: 'answerId' })
    await deleteAudited(trx, ctx, 'participant_progression', answerId, { projectId, reason })
  })
  return { deleted: true }
}

/**
 * The change per theme for the effort group, from its answers: the summary's table, and all the
 * quarterly pack reads of progression (without the summary's reminders, which describe every participant).
 */
export async function progressionThemes(ctx: ServiceContext, projectId: number) {
  const pr = await loadProjectRules(ctx.db, projectId)
  const rules = pr.rules.progression
  const participants = await loadParticipants(ctx.db, projectId)
  const effortGroup = new Set(participants.filter((p) => p.intake_group === 1).map((p) => p.id))
  const answers = (await loadAnswers(ctx.db, projectId)).filter((a) => effortGroup.has(a.participantId))
  const changes = changePerTheme(answers, rules)
  const themes = rules.themes.map((theme, i) => {
    const c = changes[i]!
    return { key: theme.key, label: theme.label, participants: c.participants, intakeMean: c.intakeMean, latestMean: c.latestMean, change: c.change }
  })
  return { rules, answers, themes }
}

export async function progressionSummary(ctx: ServiceContext, projectId: number) {
  const { rules, answers, themes } = await progressionThemes(ctx, projectId)
  const described = await describeParticipants(ctx, projectId)
  const order = { followUpDue: 0, intakeMissing: 1, exitMissing: 2, followUpSoon: 3 }
  return {
    themes,
    reminders: described
      .filter((p) => p.reminder && p.inEffortGroup)
      .map((p) => ({ participantId: p.id, pseudonym: p.pseudonym, jobBrokerName: p.jobBrokerName, kind: p.reminder!.kind, dueOn: p.reminder!.dueOn }))
      .sort((a, b) => order[a.kind] - order[b.kind] || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)),
    answered: {
      intake: answers.filter((a) => a.occasion === 'intake').length,
      followUp: answers.filter((a) => a.occasion === 'followUp').length,
      exit: answers.filter((a) => a.occasion === 'exit').length
    },
    scaleMin: rules.scaleMin,
    scaleMax: rules.scaleMax,
    exampleWording: rules.exampleWording
  }
}

/**
 * Who a theme's change is made of (the trace of the quarterly pack's progression table): each
 * participant of the effort group with an intake answer and a later one, with both scores, and the
 * means they give — computed by the same rule as `progressionSummary`.
 */
export async function progressionMembers(ctx: ServiceContext, projectId: number, themeKey: string) {
  const pr = await loadProjectRules(ctx.db, projectId)
  const theme = pr.rules.progression.themes.find((th) => th.key === themeKey)
  if (!theme) throw new DomainError('not_found', t.errors.themeNotFound(themeKey), { field: 'themeKey' })
  const participants = await loadParticipants(ctx.db, projectId)
  const effortGroup = new Set(participants.filter((p) => p.intake_group === 1).map((p) => p.id))
  const pseudonyms = new Map(participants.map((p) => [p.id, p.pseudonym]))
  const answers = (await loadAnswers(ctx.db, projectId)).filter((a) => effortGroup.has(a.participantId))
  const pairs = progressionPairs(answers, theme)
  const means = meansOfPairs(theme.key, pairs)
  return {
    themeKey: theme.key,
    label: theme.label,
    participants: means.participants,
    intakeMean: means.intakeMean,
    latestMean: means.latestMean,
    members: pairs.map((p) => ({ ...p, pseudonym: pseudonyms.get(p.participantId) ?? '' })).sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, 'da'))
  }
}
