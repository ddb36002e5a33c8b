// Settings › Sikkerhedskopier (issue #13): browser mode makes today's backup on start; the user
// restores it from the list after a confirmation, and what was saved since is gone from the app,
// while the replaced file is kept aside.
import fs from 'node:fs'
import { test, expect, createProject } from './fixtures'

test('a daily backup is listed with date and size and restores after a confirmation', async ({ page, app }) => {
  await createProject(page)
  await page.getByRole('link', { name: 'Indstillinger' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible()
  const section = page.getByRole('region', { name: 'Sikkerhedskopier' })
  await expect(section.getByText('De seneste 14 gemmes.', { exact: false })).toBeVisible()
  const today = new Intl.DateTimeFormat('da-DK', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date()).replace(/\//g, '.')
  const table = section.getByRole('table', { name: 'Sikkerhedskopier' })
  const row = table.getByRole('row').filter({ hasText: today })
  await expect(row).toHaveCount(1)
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d+(,\d)? (B|kB|MB)$/)

  // Cancelling changes nothing.
  await row.getByRole('button', { name: `Gendan sikkerhedskopien fra ${today}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Gendan databasen?' })
  await expect(dialog).toContainText(`sikkerhedskopien fra ${today}`)
  await dialog.getByRole('button', { name: 'Annuller' }).click()
  await expect(dialog).toBeHidden()

  await row.getByRole('button', { name: `Gendan sikkerhedskopien fra ${today}` }).click()
  await dialog.getByRole('button', { name: 'Gendan databasen' }).click()
  const done = section.getByRole('status')
  await expect(done).toContainText(`Databasen er gendannet fra sikkerhedskopien fra ${today}.`)
  await expect(done).toContainText('Den tidligere fil er gemt som')
  const aside = /gemt som (.+\.db)\./.exec((await done.textContent()) ?? '')![1]!
  expect(fs.existsSync(aside)).toBe(true)

  // The backup was made when the app started, before the project existed.
  await page.getByRole('link', { name: 'Puljestyr' }).click()
  await expect(page.getByText('Der er ingen projekter endnu.')).toBeVisible()
  expect(app.dbFile).toBeTruthy()
})

test('the number of backups kept is a setting with a Danish message for a wrong value', async ({ page }) => {
  await page.getByRole('link', { name: 'Indstillinger' }).click()
  const section = page.getByRole('region', { name: 'Sikkerhedskopier' })
  const keep = section.getByRole('textbox', { name: 'Antal dage, der gemmes' })
  await keep.fill('0')
  await section.getByRole('button', { name: 'Gem antal' }).click()
  await expect(section.getByText('Feltet «Antal dage, der gemmes» skal være et helt tal fra 1 til 365.')).toBeVisible()
  await keep.fill('30')
  await section.getByRole('button', { name: 'Gem antal' }).click()
  await expect(section.getByText('De seneste 30 sikkerhedskopier gemmes.')).toBeVisible()
  await expect(section.getByText('De seneste 30 gemmes.', { exact: false })).toBeVisible()
})
