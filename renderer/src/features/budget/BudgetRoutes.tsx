// The budget section's routes (loaded when the section is first opened: index.tsx).
import { Route, Routes } from 'react-router'
import { BudgetHome } from './BudgetHome'
import { VersionPage } from './VersionPage'
import { SpendingPage } from './SpendingPage'
import { StaffPage } from './StaffPage'
import { InstalmentsPage } from './InstalmentsPage'
import { NotFound } from '../../shell/StateViews'

export function BudgetRoutes() {
  return (
    <Routes>
      <Route index element={<BudgetHome />} />
      <Route path="version/:versionId" element={<VersionPage />} />
      <Route path="forbrug" element={<SpendingPage />} />
      <Route path="medarbejdere" element={<StaffPage />} />
      <Route path="rater" element={<InstalmentsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
