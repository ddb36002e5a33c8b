// The outcome of a check that never hides a difference: green with `balanced` when nothing is wrong,
// otherwise amber with every problem found, one sentence after the other.
import { Alert } from '@mui/material'

export function CheckNotice({ problems, balanced, testId }: { problems: readonly string[]; balanced: string; testId: string }) {
  if (problems.length === 0)
    return (
      <Alert severity="success" data-testid={testId}>
        {balanced}
      </Alert>
    )
  return (
    <Alert severity="warning" data-testid={testId}>
      {problems.join(' ')}
    </Alert>
  )
}
