// The shares a pool's results rules set (the KPI targets and the focus list's share), typed as
// percent and held as typed until saved. A value the contract refuses (over 100 %, not a number,
// the focus share left empty) is shown under its field, the field keeps what was typed and is
// focused, and nothing is saved (parseSharePercent, as the KPI page's targets).
import { useRef, useState } from 'react'
import type { z } from 'zod'
import { Grid, type GridSize, TextField } from '@mui/material'
import { resultsRulesSchema, targetsSchema, type ResultsRules } from '@shared/domain/participants/poolRules'
import { parseSharePercent, shareTargetKeys, toPercentText, ui } from './common'

const r = ui.rules

export type RulePercentKey = (typeof shareTargetKeys)[number] | 'focusShare'
type CellSize = Partial<Record<'xs' | 'sm' | 'md', GridSize>>

const percentFields: { key: RulePercentKey; label: string; rule: z.ZodType }[] = [
  ...shareTargetKeys.map((key) => ({ key, label: `${ui.targetLabels[key]} (${r.percent})`, rule: targetsSchema.shape[key] })),
  { key: 'focusShare', label: r.focusShare, rule: resultsRulesSchema.shape.pareto.shape.focusShare }
]

function percentTextsOf(rules: ResultsRules): Record<RulePercentKey, string> {
  return {
    ...(Object.fromEntries(shareTargetKeys.map((key) => [key, toPercentText(rules.targets[key])])) as Record<RulePercentKey, string>),
    focusShare: toPercentText(rules.pareto.focusShare)
  }
}

/**
 * The rules' percent fields: `cell` draws one in the rules' grid; `withPercents` gives the rules with
 * what was typed, or null when a field is refused (its message then shows under it, and it has the
 * focus); `reset` shows other rules' percents (after a reset to the shipped rules).
 */
export function useRulePercentFields(initial: ResultsRules) {
  const [texts, setTexts] = useState(() => percentTextsOf(initial))
  // Checked once a save was tried, then as they are typed (as the forms do).
  const [checked, setChecked] = useState(false)
  const inputs = useRef<Partial<Record<RulePercentKey, HTMLInputElement | null>>>({})
  const parsed = Object.fromEntries(percentFields.map((f) => [f.key, parseSharePercent(texts[f.key], f.rule, f.label)])) as Record<
    RulePercentKey,
    ReturnType<typeof parseSharePercent>
  >
  const share = (key: RulePercentKey) => {
    const p = parsed[key]
    return 'share' in p ? p.share : null
  }

  const cell = (key: RulePercentKey, size: CellSize) => {
    const p = parsed[key]
    const error = checked && 'message' in p ? p.message : undefined
    return (
      <Grid key={key} size={size}>
        <TextField
          fullWidth
          size="small"
          label={percentFields.find((f) => f.key === key)!.label}
          value={texts[key]}
          onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
          error={Boolean(error)}
          helperText={error}
          inputRef={(input: HTMLInputElement | null) => {
            inputs.current[key] = input
          }}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </Grid>
    )
  }

  const withPercents = (rules: ResultsRules): ResultsRules | null => {
    setChecked(true)
    const refused = percentFields.find((f) => 'message' in parsed[f.key])
    if (refused) {
      inputs.current[refused.key]?.focus()
      return null
    }
    return {
      ...rules,
      targets: { ...rules.targets, ...Object.fromEntries(shareTargetKeys.map((key) => [key, share(key)])) },
      pareto: { ...rules.pareto, focusShare: share('focusShare') ?? rules.pareto.focusShare }
    }
  }

  const reset = (rules: ResultsRules) => {
    setTexts(percentTextsOf(rules))
    setChecked(false)
  }

  return { cell, withPercents, reset }
}
