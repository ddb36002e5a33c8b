// The sections of a grant pool's settings page (Puljer → a pool). Each domain that keeps rules
// for a pool (budget, meetings, results) adds one panel here; the pool page renders them in order.
import type { ComponentType } from 'react'
import { da } from '@shared/texts/da'
import { BudgetRulesPanel } from './budget/BudgetRulesPanel'
import { TimeRulesPanel } from './time/TimeRulesPanel'
import { MeetingsPoolRulesPanel } from './meetings/PoolRulesPanel'
import { ResultsRulesPanel } from './participants/ResultsRulesPanel'

interface PoolRulesPanel {
  /** The pool-rules section the panel edits: 'budget' | 'time' | 'meetings' | 'results'. */
  key: string
  label: string
  Component: ComponentType<{ poolId: number }>
}

export const poolRulesPanels: PoolRulesPanel[] = [
  { key: 'budget', label: da.budget.rules.panelTitle, Component: BudgetRulesPanel },
  { key: 'time', label: da.time.poolRules.panelTitle, Component: TimeRulesPanel },
  { key: 'meetings', label: da.meetings.poolRules.label, Component: MeetingsPoolRulesPanel },
  { key: 'results', label: da.participants.ui.rules.label, Component: ResultsRulesPanel }
]
