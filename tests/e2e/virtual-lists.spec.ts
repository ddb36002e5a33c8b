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

testOnDemo('the audit trail is paged in the database: 100 entries in the DOM, and its last page ends with the project’s creation', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Revisionsspor' }).click()
  const rows = page.locator('main tbody tr')
  // The trail's own rows (the screen before it has tables too), then their number, asked until it holds.
  await expect(rows.first().getByTestId('audit-entity')).toBeVisible()
  await expect(rows).toHaveCount(100)
  await page.getByRole('button', { name: 'Gå til den sidste side' }).click()
  await expect(rows.last().getByTestId('audit-entity')).toHaveText('Projekt 1')
  expect(await rows.count()).toBeLessThanOrEqual(100)
})

testOnDemo(
  'the month status grid of a whole caseload keeps only the rows in view in the DOM; the last participant is reached by scrolling',
  async ({ page }) => {
    await openDemo(page)
    const projectId = Number(/\/projekt\/(\d+)/.exec(page.url())![1])
    await page.getByRole('navigation').getByRole('link', { name: 'Deltagere' }).click()
    await page.getByRole('tab', { name: 'Månedsstatus' }).click()
    await choose(page, 'Måned', 'juni 2021')
    await page.getByLabel('Vis også afsluttede forløb, der tæller med i indsatsgruppen').check()
    const all = await page.evaluate(async (id) => {
      const r = await fetch('/api/participants.month.get', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ projectId: id, month: '2021-06', includeClosed: true })
      })
      return ((await r.json()) as { data: { rows: { pseudonym: string }[] } }).data.rows.map((row) => row.pseudonym)
    }, projectId)
    expect(all.length).toBeGreaterThan(100)
    const grid = page.getByTestId('month-grid')
    const rows = grid.locator('tbody tr:not([aria-hidden])')
    await expect(grid.getByTestId(`month-row-${all[0]}`)).toBeVisible()
    expect(await rows.count()).toBeLessThan(60)
    await expect(grid.getByTestId(`month-row-${all.at(-1)}`)).toHaveCount(0)
    await grid.evaluate((el) => {
      const box = el as unknown as { scrollTop: number; scrollHeight: number }
      box.scrollTop = box.scrollHeight
    })
    await expect(grid.getByTestId(`month-row-${all.at(-1)}`)).toBeVisible()
    expect(await rows.count()).toBeLessThan(60)
  }
)

testOnDemo(
  'a year of many staff members’ months keeps only the rows in view in the DOM; the last staff member’s December is reached by scrolling',
  async ({ page }) => {
    await openDemo(page)
    const projectId = Number(/\/projekt\/(\d+)/.exec(page.url())![1])
    // Nine more job brokers: 13 staff × 12 months of 2021 is more than the 100 rows shown whole.
    await page.evaluate(async (id) => {
      for (let i = 1; i <= 9; i++) {
        const r = await fetch('/api/staff.create', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            projectId: id,
            name: `Vikar ${i}`,
            functionKey: 'jobBroker',
            title: 'Jobformidler',
            weeklyMinutes: 2220,
            projectShareBp: 5000
          })
        })
        if (!r.ok) throw new Error(await r.text())
      }
    }, projectId)
    await page.getByRole('navigation').getByRole('link', { name: 'Timer' }).click()
    await page.getByRole('tab', { name: 'Måneder' }).click()
    await choose(page, 'År', '2021')
    const table = page.getByTestId('months-table')
    const rows = table.locator('tbody tr:not([aria-hidden])')
    await expect(rows.first()).toBeVisible()
    expect(await rows.count()).toBeLessThan(60)
    await table.evaluate((el) => {
      const box = el as unknown as { scrollTop: number; scrollHeight: number }
      box.scrollTop = box.scrollHeight
    })
    const last = table.locator('tbody tr[data-testid$="-2021-12"]').filter({ hasText: 'Vikar 9' })
    await expect(last).toBeVisible()
    expect(await rows.count()).toBeLessThan(60)
  }
)
