import type { Page } from '@playwright/test'
import { testOnDemo, expect, openDemo, choose } from './fixtures'

async function participantsOf(page: Page, projectId: number): Promise<{ id: number; pseudonym: string }[]> {
  return page.evaluate(async (id) => {
    const r = await fetch('/api/participants.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ projectId: id })
    })
    return ((await r.json()) as { data: { id: number; pseudonym: string }[] }).data
  }, projectId)
}

testOnDemo('the participant list puts only the rows in view in the DOM, scrolls to the last one and opens it', async ({ page }) => {
  await openDemo(page)
  const projectId = Number(/\/projekt\/(\d+)/.exec(page.url())![1])
  const all = await participantsOf(page, projectId)
  expect(all.length).toBeGreaterThanOrEqual(150)
  await page.getByRole('navigation').getByRole('link', { name: 'Deltagere' }).click()
  await choose(page, 'Vis', 'Alle')
  await expect(page.getByTestId('participant-count')).toContainText(String(all.length))
  const table = page.getByTestId('participant-table')
  const rows = table.locator('tbody tr:not([aria-hidden])')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeLessThan(60)
  await expect(table.getByRole('link', { name: all[all.length - 1]!.pseudonym, exact: true })).toHaveCount(0)
  await table.evaluate((el) => {
    const box = el as unknown as { scrollTop: number; scrollHeight: number }
    box.scrollTop = box.scrollHeight
  })
  const last = all[all.length - 1]!
  const lastRow = table.locator('tbody tr', { has: page.getByRole('link', { name: last.pseudonym, exact: true }) })
  await expect(lastRow).toBeVisible()
  expect(await rows.count()).toBeLessThan(60)
  // Printed, the list holds every row (#12: tables print whole).
  await page.emulateMedia({ media: 'print' })
  await expect(rows).toHaveCount(all.length)
  await page.emulateMedia({ media: 'screen' })
  await expect.poll(() => rows.count()).toBeLessThan(60)
  await lastRow.scrollIntoViewIfNeeded()
  await lastRow.locator('td').nth(2).click()
  await expect(page).toHaveURL(new RegExp(`/deltagere/${last.id}$`))
})
