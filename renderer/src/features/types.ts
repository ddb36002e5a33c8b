import type { ComponentType, ReactElement } from 'react'

/** A section of a project in the navigation drawer, e.g. Budget. Each feature folder exports one. */
export interface ProjectSection {
  /** URL segment under /projekt/:projectId/ */
  path: string
  label: string
  icon: ReactElement
  element: ReactElement
  /** A card on the project's front page (Overblik), e.g. budget status or a missed quarter. */
  overviewCard?: ComponentType<{ projectId: number }>
}

export interface PlainRoute {
  path: string
  element: ReactElement
}
