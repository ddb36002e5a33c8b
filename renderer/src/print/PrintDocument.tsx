// The frame of every printout: sets data-print-ready for the print path (services/print), gives it
// the page-foot line (project, document, when made) that the print path prints beside «Side N af M»
// on every page, and shows a small toolbar on screen (print, back) that never reaches the paper.
import { useMemo, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@mui/material'
import type { UseQueryResult } from '@tanstack/react-query'
import { formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { errorMessage, type ApiClientError } from '../api/client'

interface PrintDocumentProps {
  /** The document's name, e.g. «Referat»: in the page foot and as the article's accessible name. */
  title: string
  /** The project's name, printed at the foot of every page. */
  project: string
  children: ReactNode
  ready?: boolean
}

export function PrintDocument({ title, project, children, ready = true }: PrintDocumentProps) {
  const navigate = useNavigate()
  const footer = useMemo(() => da.common.printFooter(project, title, formatDateTime(new Date().toISOString())), [project, title])
  return (
    <>
      <div className="print-toolbar">
        <Button variant="contained" onClick={() => window.print()}>
          {da.common.print}
        </Button>
        <Button onClick={() => navigate(-1)}>{da.common.back}</Button>
      </div>
      <article className="print-document" lang="da" data-print-ready={ready ? 'true' : 'false'} data-print-footer={footer} aria-label={title}>
        {children}
      </article>
    </>
  )
}

/** A printout that needs one query's data: waits for it, or tells the print path it failed. */
export function PrintQuery<T>({
  query,
  title,
  project,
  children
}: {
  query: UseQueryResult<T, ApiClientError>
  /** The document's name, or how to read it from the data (e.g. «Timeseddel: Anna, januar 2021»). */
  title: string | ((data: T) => string)
  /** The project's name, or how to read it from the data. */
  project: string | ((data: T) => string)
  children: (data: T) => ReactNode
}) {
  if (query.isPending) return <article className="print-document" data-print-ready="false" />
  if (query.isError) {
    return (
      <article className="print-document" data-print-ready="error" role="alert">
        {errorMessage(query.error)}
      </article>
    )
  }
  return (
    <PrintDocument title={typeof title === 'string' ? title : title(query.data)} project={typeof project === 'string' ? project : project(query.data)}>
      {children(query.data)}
    </PrintDocument>
  )
}

/** Two queries as one for the print path: ready when both are, failed when either fails. */
export function bothQueries<A, B>(a: UseQueryResult<A, ApiClientError>, b: UseQueryResult<B, ApiClientError>): UseQueryResult<[A, B], ApiClientError> {
  const data: [A, B] | undefined = a.data !== undefined && b.data !== undefined ? [a.data, b.data] : undefined
  return {
    ...a,
    isPending: !a.isError && !b.isError && data === undefined,
    isError: a.isError || b.isError,
    error: a.error ?? b.error,
    data
  } as UseQueryResult<[A, B], ApiClientError>
}
