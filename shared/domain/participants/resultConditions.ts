// The pool's result conditions are the result tiers of its instalments, kept in one place: the
// budget section of the pool's rules (shared/domain/budget/poolRules.ts). The KPI screen, the
// front-page card and the budget's instalments all read them from there, so they cannot disagree.
import type { BudgetPoolRules } from '../budget/poolRules'
import { shareOfBasisPoints } from '../percent'

export interface ResultCondition {
  kpi: string
  /** Threshold as a share of the effort group (0.15 = 15 %). */
  atLeast: number
  consecutiveMonths?: number
  /** What the condition pays, e.g. "2. rate: Mindst 20 % af indsatsgruppen … hele tilsagnet udbetales". */
  label: string
}

export function resultConditionsOfInstalments(rules: Pick<BudgetPoolRules, 'instalments'>): ResultCondition[] {
  return rules.instalments.flatMap((instalment) =>
    instalment.resultTiers.map((tier) => ({
      kpi: tier.kpi,
      atLeast: shareOfBasisPoints(tier.atLeastBp),
      ...(tier.consecutiveMonths !== undefined ? { consecutiveMonths: tier.consecutiveMonths } : {}),
      label: tier.label ? `${instalment.label}: ${tier.label}` : instalment.label
    }))
  )
}
