// The drawer's sections and the print routes, one entry per feature folder, in drawer order.
import type { PlainRoute, ProjectSection } from './types'
import { budgetSection, budgetPrintRoutes, budgetGlobalRoutes } from './budget'
import { timeSection, timePrintRoutes } from './time'
import { accountsSection, accountsPrintRoutes } from './accounts'
import { meetingsSection, meetingsPrintRoutes } from './meetings'
import { participantsSection, participantsPrintRoutes } from './participants'
import { prioritisationSection, prioritisationPrintRoutes } from './prioritisation'
import { quarterlySection, quarterlyPrintRoutes } from './quarterly'
import { settingsGlobalRoutes } from './settings'

export const projectSections: ProjectSection[] = [
  budgetSection,
  timeSection,
  accountsSection,
  meetingsSection,
  participantsSection,
  prioritisationSection,
  quarterlySection
]

export const printRoutes: PlainRoute[] = [
  ...budgetPrintRoutes,
  ...timePrintRoutes,
  ...accountsPrintRoutes,
  ...meetingsPrintRoutes,
  ...participantsPrintRoutes,
  ...prioritisationPrintRoutes,
  ...quarterlyPrintRoutes
]

/** Routes outside a project, e.g. the grant pools' settings. */
export const globalRoutes: PlainRoute[] = [...budgetGlobalRoutes, ...settingsGlobalRoutes]
