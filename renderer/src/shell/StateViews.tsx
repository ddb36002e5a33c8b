// The one loading and error pattern of every screen.
import type { ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Typography from '@mui/material/Typography'
import type { UseQueryResult } from '@tanstack/react-query'
import { da } from '@shared/texts/da/shell'
import { errorMessage, type ApiClientError } from '../api/client'

export function Loading({ label = da.common.loading }: { label?: string }) {
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
      <CircularProgress size={24} />
      <Typography>{label}</Typography>
    </Box>
  )
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {da.common.retry}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{da.common.errorTitle}</AlertTitle>
      {errorMessage(error)}
    </Alert>
  )
}

/** Renders a query's data, or its loading state, or its error with a retry button. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T, ApiClientError>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
  return <>{children(query.data)}</>
}

export function NotFound() {
  return (
    <Alert severity="warning" role="alert">
      {da.common.notFound}
    </Alert>
  )
}
