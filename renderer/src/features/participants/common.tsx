// Shared bits of the participants screens: the tab bar, staff lookup, percent and month helpers.
import { Link as RouterLink, useLocation } from 'react-router'
import { Chip, MenuItem, Tab, Tabs, TextField } from '@mui/material'
import { da } from '@shared/texts/da'
import type { Participant } from '@shared/api/participants'
import { formatDate } from '@shared/domain/dates'
import { useApiQuery } from '../../api/hooks'
import { formatMonth, monthsFromTo } from '@shared/domain/months'
import { targetsSchema } from '@shared/domain/participants/poolRules'
import type { z } from 'zod'
import { fieldRuleMessage } from '@shared/api/validation'
import { formatSetShare, parsePercentInput, percentOfBasisPoints, percentOfShare, shareOfPercent } from '@shared/domain/percent'

export const t = da.participants
export const ui = da.participants.ui

/** The targets a pool sets (the KPI targets and the caseload), in the pool rules' own order. */
export const targetKeys = targetsSchema.keyof().options
export type TargetKey = (typeof targetKeys)[number]
/** The targets that are shares (all but the caseload, a number of participants). */
export const shareTargetKeys = targetKeys.filter((key): key is Exclude<TargetKey, 'caseloadMax'> => key !== 'caseloadMax')

/** A measured share (a KPI), one decimal: «10,8 %». */
export const pct = (share: number) => t.pct(share)
/** A share someone set (a target), as set: «15 %», «22,5 %». */
export const setPct = (share: number) => t.setPct(share)

const tabs = [
  { key: 'list', path: '' },
  { key: 'month', path: 'maaned' },
  { key: 'kpi', path: 'kpi' },
  { key: 'progression', path: 'progression' }
] as const

export function ParticipantsTabs({ projectId }: { projectId: number }) {
  const location = useLocation()
  const base = `/projekt/${projectId}/deltagere`
  const rest = location.pathname.slice(base.length).replace(/^\//, '').split('/')[0] ?? ''
  const current = tabs.find((tab) => tab.path === rest)?.key ?? 'list'
  return (
    <Tabs value={current} sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }} aria-label={da.core.nav.participants}>
      {tabs.map((tab) => (
        <Tab key={tab.key} value={tab.key} label={ui.tabs[tab.key]} component={RouterLink} to={tab.path ? `${base}/${tab.path}` : base} />
      ))}
    </Tabs>
  )
}

export function useStaff(projectId: number) {
  return useApiQuery('staff.list', { projectId })
}

/** The month of today, as `YYYY-MM`. */
export function thisMonth(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

export function ReminderChip({ reminder }: { reminder: Participant['reminder'] }) {
  if (!reminder) return null
  const r = ui.reminders
  const label =
    reminder.kind === 'intakeMissing'
      ? r.intakeMissing
      : reminder.kind === 'exitMissing'
        ? r.exitMissing
        : reminder.kind === 'followUpDue'
          ? r.followUpDue(formatDate(reminder.dueOn))
          : r.followUpSoon(formatDate(reminder.dueOn))
  return <Chip size="small" color={reminder.kind === 'followUpSoon' ? 'default' : 'warning'} label={label} />
}

/** `0.15` → `15` for a percent input; null → ''. */
export function toPercentText(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(percentOfShare(v)).replace('.', ',')
}

/**
 * A percent typed in a field that sets a share (a target, the focus share): «12,5» → 0.125, an
 * empty field → null. Read as every percent field reads it (parsePercentInput) and checked by the
 * contract's `rule` for the share, so a value out of range is refused, never clamped: the message
 * names the field by `label` and the rule, as the other percent fields say it (formFields.percentBy).
 */
export function parseSharePercent(text: string, rule: z.ZodType, label: string): { share: number | null } | { message: string } {
  let share: number | null = null
  if (text.trim() !== '') {
    const bp = parsePercentInput(text)
    if (bp === null) return { message: `${da.validationMessages.fieldPrefix(label)} ${da.validationMessages.notNumber}.` }
    share = shareOfPercent(percentOfBasisPoints(bp))
  }
  const message = fieldRuleMessage(rule, share, label, (n) => formatSetShare(Number(n)))
  return message ? { message } : { share }
}

/** A month of the project's period, chosen from a list in Danish (newest first). */
export function MonthSelect({ projectId, value, onChange, label }: { projectId: number; value: string; onChange: (month: string) => void; label: string }) {
  const project = useApiQuery('projects.get', { projectId })
  const months = project.data ? monthsFromTo(project.data.periodStart.slice(0, 7), project.data.periodEnd.slice(0, 7)).reverse() : value ? [value] : []
  return (
    <TextField select size="small" label={label} value={months.includes(value) ? value : ''} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 190 }}>
      {months.map((m) => (
        <MenuItem key={m} value={m}>
          {formatMonth(m)}
        </MenuItem>
      ))}
    </TextField>
  )
}
