import type { PlainRoute } from '../types'
import { lazyComponent } from '../../shell/lazyPage'

const SettingsPage = lazyComponent(() => import('./SettingsPage'), 'SettingsPage')

export const settingsGlobalRoutes: PlainRoute[] = [{ path: 'indstillinger', element: <SettingsPage /> }]
