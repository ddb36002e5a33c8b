import type { PlainRoute } from '../types'
import { SettingsPage } from './SettingsPage'

export const settingsGlobalRoutes: PlainRoute[] = [{ path: 'indstillinger', element: <SettingsPage /> }]
