import { test, testOnDemo, expect, openDemo } from './fixtures'

// The common municipal laptop: the front page must answer «are we on track?» without scrolling.
test.use({ viewport: { width: 1366, height: 768 } })

testOnDemo('the first screen shows the lights worst first, the overspent line in red and the lines over 90 % as one line', async ({ page }) => {
  await openDemo(page)
  const overspent = page.getByTestId('overview-alert-overBudget')
  await expect(overspent).toContainText('«Projektleder (også personlig jobformidler) 2021» er overskredet med 6.191,50 kr.')
  await expect(overspent).toHaveClass(/MuiAlert-colorError/)
  // On the first screen: inside the window without scrolling.
  expect(await page.evaluate('window.scrollY')).toBe(0)
  const box = (await overspent.boundingBox())!
  expect(box.y + box.height).toBeLessThanOrEqual(768)
  expect(box.x + box.width).toBeLessThanOrEqual(1366)

  // Ten lines over 90 % are one line that opens the list.
  const over90 = page.getByTestId('overview-alert-passedThreshold:9000')
  await expect(over90).toContainText('10 budgetposter over 90 %')
  await expect(over90.getByRole('listitem')).toHaveCount(0)
  await over90.getByRole('button', { name: 'Vis listen' }).click()
  await expect(over90.getByRole('listitem')).toHaveCount(10)
  // The 1,00 kr. between budget and grant is said once: with the grant, not among the alerts.
  await expect(page.getByText(/1,00 kr\. mindre end tilsagnet/)).toHaveCount(1)
  await expect(page.getByTestId('overview-master-data')).toContainText('1,00 kr. mindre end tilsagnet')

  // The lights: worst first, each with its rule; every KPI against a target says met or not.
  const lights = page.getByRole('list', { name: 'Er vi på sporet?' }).getByRole('listitem')
  await expect(lights.first()).toHaveAttribute('data-colour', 'red')
  await expect(lights.first()).toContainText('10,8 % mod mål ≤ 10 % i december 2021')
  await expect(page.getByTestId('light-instalments')).toContainText('2. rate var ventet 30.06.2022 og er ikke modtaget')
  const kpiRows = page.getByTestId('overview-kpis').getByRole('row')
  const n = await kpiRows.count()
  expect(n).toBeGreaterThan(3)
  for (let i = 1; i < n; i++) await expect(kpiRows.nth(i)).toContainText(/Opfyldt|Ikke opfyldt/)
  await expect(kpiRows.filter({ hasText: 'Virksomhedspraktik' })).toContainText('Ikke opfyldt')
  // Passive cases have their light; the table does not say it again.
  await expect(kpiRows.filter({ hasText: 'Passive' })).toHaveCount(0)

  // Master data is folded away, one click opens it.
  await expect(page.getByTestId('project-municipality')).toBeHidden()
  await page.getByRole('button', { name: /Stamdata og tilsagn/ }).click()
  await expect(page.getByTestId('project-municipality')).toBeVisible()

  // A light links to its screen.
  await page.getByTestId('light-spending').getByRole('link', { name: 'Forbrug mod tid' }).click()
  await expect(page).toHaveURL(/\/budget\/forbrug$/)
})

testOnDemo('the README’s screenshot of the overview', async ({ page }) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to retake docs/overview.png')
  await openDemo(page)
  await expect(page.getByTestId('overview-alert-overBudget')).toBeVisible()
  await page.screenshot({ path: 'docs/overview.png' })
})
