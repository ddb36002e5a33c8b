import { test, testOnDemo, expect, openDemo } from './fixtures'

// The quarterly page on the common municipal laptop: the quarter, the text and the buttons that make
// the pack are reachable without scrolling sideways, and the preview fits the page's width.
test.use({ viewport: { width: 1366, height: 768 } })

testOnDemo('at 1366×768 the quarterly page shows its controls and a preview that fits the width', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('link', { name: 'Kvartalsrapport' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kvartalsrapport', exact: true })).toBeVisible()
  const preview = page.getByRole('region', { name: 'Forhåndsvisning' })
  await expect(preview.getByTestId('quarterly-grant')).toHaveText('2.235.074,00 kr.')
  await page.screenshot({ path: 'test-results/quarterly-1366.png' })
  for (const name of ['Lav kvartalsrapport (PDF)', 'Gem bemærkninger']) {
    const button = page.getByRole('button', { name })
    await button.scrollIntoViewIfNeeded()
    const box = (await button.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width, `«${name}» inside the window`).toBeLessThanOrEqual(1366)
  }
  const combo = (await page.getByRole('combobox', { name: 'Kvartal' }).boundingBox())!
  expect(combo.x + combo.width).toBeLessThanOrEqual(1366)
  // Nothing scrolls sideways: the document is no wider than the window.
  const width = await page.evaluate(
    () => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth
  )
  expect(width).toBeLessThanOrEqual(1366)
})
