// Issue 12, «Screens that fit»: on the common municipal laptop (1366×768) every screen of the demo
// project shows every button and link it has without scrolling sideways. A wide table may scroll,
// but its actions stay in view (pinned to the right); the page itself never scrolls sideways.
import type { Page } from '@playwright/test'
import { test, testOnDemo, expect, openDemo } from './fixtures'

test.use({ viewport: { width: 1366, height: 768 } })

/**
 * Runs in the page: every visible button and link of the app bar and the page, checked against the
 * window and against each ancestor that clips sideways (a scrolling table, a hidden overflow), at
 * the scroll position the user first sees. Returns one line per clipped control, plus one if the
 * page itself is wider than the window.
 */
const FIND_CLIPPED = `(() => {
  const problems = []
  const doc = document.documentElement
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px wide in a ' + doc.clientWidth + ' px window')
  const controls = document.querySelectorAll('header button, header a[href], main button, main a[href], main [role="button"]')
  for (const el of controls) {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    if (el.closest('[aria-hidden="true"], .MuiTabs-scroller')) continue
    if (getComputedStyle(el).visibility === 'hidden') continue
    const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 60)
    if (r.left < -1 || r.right > doc.clientWidth + 1) {
      problems.push('«' + name + '» is outside the window (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px)')
      continue
    }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (s.overflowX === 'visible' || a.scrollWidth <= a.clientWidth + 1) continue
      const box = a.getBoundingClientRect()
      const left = box.left + a.clientLeft
      const right = left + a.clientWidth
      if (r.left < left - 1 || r.right > right + 1) {
        problems.push('«' + name + '» is cut off by a sideways-scrolling ' + a.tagName.toLowerCase() + '.' + String(a.className).split(' ')[0] + ' (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px, visible ' + Math.round(left) + '–' + Math.round(right) + ' px)')
        break
      }
    }
  }
  return problems
})()`

async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(FIND_CLIPPED)
}

/** The first link on the page whose address matches, as a hash route. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = async () => {
    const links = page.locator('main a[href]')
    const n = await links.count()
    return Promise.all(Array.from({ length: n }, async (_, i) => (await links.nth(i).getAttribute('href')) ?? ''))
  }
  await expect.poll(async () => (await hrefs()).some((h) => pattern.test(h)), { message: `a link matching ${pattern}` }).toBe(true)
  return (await hrefs()).find((h) => pattern.test(h))!.replace(/^#/, '')
}

testOnDemo('at 1366×768 no screen of the demo scrolls sideways or cuts off a button or link', async ({ page, app }) => {
  test.setTimeout(300_000)
  await openDemo(page)
  const projectId = /\/projekt\/(\d+)/.exec(page.url())![1]!
  const p = `/projekt/${projectId}`
  const go = async (route: string) => {
    await page.goto(`${app.baseUrl}/#${route}`)
    await expect(page.locator('main h1').first()).toBeVisible()
    // Wait for the screen's data: no loading indicator left.
    await expect(page.locator('main .MuiCircularProgress-indeterminate, main .MuiLinearProgress-indeterminate')).toHaveCount(0)
  }

  await go(`${p}/budget`)
  const version = await firstLink(page, /\/budget\/version\/\d+$/)
  await go(`${p}/moeder`)
  const meeting = await firstLink(page, /\/moeder\/moede\/\d+$/)
  await go(`${p}/deltagere`)
  const participant = await firstLink(page, /\/deltagere\/\d+$/)
  await go('/puljer')
  const pool = await firstLink(page, /\/puljer\/\d+$/)

  const routes = [
    p,
    `${p}/stamdata`,
    `${p}/revisionsspor`,
    `${p}/budget`,
    version,
    `${p}/budget/forbrug`,
    `${p}/budget/medarbejdere`,
    `${p}/budget/rater`,
    `${p}/timer/uge`,
    `${p}/timer/maaneder`,
    `${p}/timer/import`,
    `${p}/timer/indstillinger`,
    `${p}/regnskab/posteringer`,
    `${p}/regnskab/regnskaber`,
    `${p}/regnskab/eksport`,
    `${p}/regnskab/import`,
    `${p}/moeder`,
    `${p}/moeder/grupper`,
    `${p}/moeder/frekvens`,
    `${p}/moeder/opfoelgning`,
    `${p}/moeder/forslag`,
    `${p}/moeder/soeg`,
    meeting,
    `${p}/deltagere`,
    `${p}/deltagere/maaned`,
    `${p}/deltagere/kpi`,
    `${p}/deltagere/progression`,
    participant,
    `${p}/prioritering`,
    `${p}/prioritering/analyse`,
    `${p}/kvartalsrapport`,
    '/puljer',
    pool
  ]
  // The tables the issue names: their primary actions must be there, inside the window, for the
  // check to mean anything (the KPI table's is its month link, which opens the month's statuses).
  const actions: Record<string, { role: 'button' | 'link'; name: RegExp }> = {
    [`${p}/timer/maaneder`]: { role: 'button', name: /^(Underskriv|Godkend|Lås op)/ },
    [`${p}/regnskab/posteringer`]: { role: 'button', name: /^Ret/ },
    [`${p}/prioritering`]: { role: 'button', name: /^Fasthold i fokus/ },
    [`${p}/prioritering/analyse`]: { role: 'button', name: /^Vis: / },
    [`${p}/deltagere/kpi`]: { role: 'link', name: /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}$/ }
  }
  const found: string[] = []
  for (const route of routes) {
    await go(route)
    const action = actions[route]
    if (action) {
      const first = page.locator('main table').getByRole(action.role, { name: action.name }).first()
      await expect(first).toBeVisible()
      const box = (await first.boundingBox())!
      expect(box.x + box.width, `${route}: the table's primary action inside the window`).toBeLessThanOrEqual(1366)
    }
    // One line per kind of control and screen (a table's 36 «Lås op» buttons are one finding).
    const problems = await clippedControls(page)
    const kinds = new Map<string, number>()
    for (const problem of problems) {
      const kind = problem.replace(/«([^:»]*)[^»]*»/, '«$1»').replace(/ \(.*$/, '')
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
    for (const [kind, n] of kinds) found.push(`${route.replace(p, '…')}: ${kind}${n > 1 ? ` (${n} times)` : ''}`)
  }
  expect(found, 'controls cut off or a page wider than the window').toEqual([])
})

testOnDemo('a meeting row opens on a click anywhere and on Enter, focus is visible, and a printed screen has no app bar or drawer', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click()
  const table = page.getByRole('table', { name: 'Møder' })
  const row = table.getByRole('row').nth(1)
  const title = (await row.getByRole('cell').nth(2).textContent())!
  // A click on the title (not the date link) opens the meeting.
  await row.getByRole('cell').nth(2).click()
  await expect(page).toHaveURL(/\/moeder\/moede\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.goBack()

  // The keyboard: the row takes the focus, shows a ring, and Enter opens it.
  const second = table.getByRole('row').nth(2)
  const secondTitle = (await second.getByRole('cell').nth(2).textContent())!
  await second.getByRole('link').focus()
  await page.keyboard.press('Shift+Tab')
  await expect(second).toBeFocused()
  const ring = await second.evaluate((el) => {
    const s = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(el)
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }
  })
  expect(ring.style).toBe('solid')
  expect(ring.width).toBeGreaterThanOrEqual(2)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible()

  // A button reached with Tab has a ring too.
  await page.getByRole('button').first().focus()
  await page.keyboard.press('Tab')
  const focusedRing = await page.evaluate(
    `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + parseFloat(s.outlineWidth) })()`
  )
  expect(focusedRing).toBe('solid 3')

  // Printing the screen from the browser: the page only.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation')).toBeHidden()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible()
  const main = (await page.locator('main').boundingBox())!
  expect(main.x).toBeLessThan(10)
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('navigation')).toBeVisible()
})
