// The frame of every printout: sets data-print-ready for the print path (services/print), shows a
// small toolbar on screen (print, back) that never reaches the paper.
import { type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@mui/material'
import type { UseQueryResult } from '@tanstack/react-query'
import { da } from '@shared/texts/da'
import { errorMessage, type ApiClientError } from '../api/client'

export function PrintDocument({ title, children, ready = true }: { title: string; children: ReactNode; ready?: boolean }) {
  const navigate = useNavigate()
  return (
    <>
      <div className="print-toolbar">
        <Button variant="contained" onClick={() => window.print()}>
          {da.common.print}
        </Button>
        <Button onClick={() => navigate(-1)}>{da.common.back}</Button>
      </div>
      <article className="print-document" data-print-ready={ready ? 'true' : 'false'} aria-label={title}>
        {children}
      </article>
    </>
  )
}

/** A printout that needs one query's data: waits for it, or tells the print path it failed. */
export function PrintQuery<T>({ query, title, children }: { query: UseQueryResult<T, ApiClientError>; title: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <article className="print-document" data-print-ready="false" />
  if (query.isError) {
    return (
      <article className="print-document" data-print-ready="error" role="alert">
        {errorMessage(query.error)}
      </article>
    )
  }
  return <PrintDocument title={title}>{children(query.data)}</PrintDocument>
}
