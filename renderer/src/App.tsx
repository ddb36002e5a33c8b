import { Route, Routes } from 'react-router'
import { AppShell } from './shell/AppShell'
import { StartPage } from './features/start/StartPage'
import { projectSections, printRoutes, globalRoutes } from './features'
import { NotFound } from './shell/StateViews'
import { UnsavedChangesProvider } from './shell/unsavedChanges'
import { lazyComponent } from './shell/lazyPage'

const NewProjectPage = lazyComponent(() => import('./features/project/NewProjectPage'), 'NewProjectPage')
const EditProjectPage = lazyComponent(() => import('./features/project/EditProjectPage'), 'EditProjectPage')
const ProjectOverview = lazyComponent(() => import('./features/project/ProjectOverview'), 'ProjectOverview')
const AuditPage = lazyComponent(() => import('./features/project/AuditPage'), 'AuditPage')
const ProjectSheetPrint = lazyComponent(() => import('./features/project/ProjectSheetPrint'), 'ProjectSheetPrint')

export function App() {
  return (
    <UnsavedChangesProvider>
      <Routes>
        {/* Print routes render the document only: no app bar, no drawer. */}
        <Route path="print/projekt/:projectId" element={<ProjectSheetPrint />} />
        {printRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        <Route element={<AppShell />}>
          <Route index element={<StartPage />} />
          <Route path="projekt/ny" element={<NewProjectPage />} />
          {globalRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="projekt/:projectId">
            <Route index element={<ProjectOverview />} />
            <Route path="stamdata" element={<EditProjectPage />} />
            <Route path="revisionsspor" element={<AuditPage />} />
            {projectSections.map((s) => (
              <Route key={s.path} path={`${s.path}/*`} element={s.element} />
            ))}
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </UnsavedChangesProvider>
  )
}
