// Shows whether the grant's split by year adds up to the grant; never hides a difference.
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { CheckNotice } from '../../components/CheckNotice'

const t = da.core.project

export function GrantSplitNotice({ check }: { check: { differenceOre: number; missingYears: number[]; yearsOutsidePeriod: number[] } }) {
  const problems: string[] = []
  if (check.differenceOre > 0) problems.push(t.splitShort(formatKr(check.differenceOre)))
  if (check.differenceOre < 0) problems.push(t.splitOver(formatKr(-check.differenceOre)))
  if (check.missingYears.length) problems.push(t.splitMissingYears(check.missingYears.join(', ')))
  if (check.yearsOutsidePeriod.length) problems.push(t.splitYearsOutside(check.yearsOutsidePeriod.join(', ')))
  return <CheckNotice problems={problems} balanced={t.splitBalanced} testId="grant-split-notice" />
}
