// The print routes the renderer knows (react-router paths). The renderer's print router is checked
// against this list in a test, and the print service refuses any other route at once with 404
// instead of letting Chromium wait 30 s for a page that never becomes ready (issue #13).
export const PRINT_ROUTES = [
  'print/projekt/:projectId',
  'print/budget/:projectId/version/:versionId',
  'print/budget/:projectId/forbrug',
  'print/prioritering/:projectId/:month',
  'print/kvartal/:projectId/:quarter',
  'print/kvartal/:projectId/:quarter/offentlig',
  'print/moeder/:meetingId',
  'print/moeder/:meetingId/offentlig',
  'print/projekt/:projectId/kpi',
  'print/regnskab/:projectId/:accountId',
  'print/revisor/:projectId',
  'print/timeseddel/:projectId/:staffId/:month'
] as const

/** True when `route` (e.g. `/print/revisor/3?x=1`) matches one of the renderer's print routes. */
export function isKnownPrintRoute(route: string): boolean {
  const parts = route
    .replace(/[?#].*$/, '')
    .replace(/^\/+|\/+$/g, '')
    .split('/')
  return PRINT_ROUTES.some((pattern) => {
    const p = pattern.split('/')
    return p.length === parts.length && p.every((seg, i) => (seg.startsWith(':') ? parts[i] !== '' : seg === parts[i]))
  })
}
