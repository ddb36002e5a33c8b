import fs from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import iconv from 'iconv-lite'
import { test, expect, openDemo, fillDate } from './fixtures'

// A job broker's week in the demo project (Herning, "Flere skal med 2"): April 2021 is still open.
test('a user fills a week with "7,4", signs and approves the month, sees the salary in the ledger and downloads the revisor export', async ({ page, app }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Timer' }).click()
  await page.getByRole('tab', { name: 'Ugeseddel' }).click()
  await page.getByRole('combobox', { name: 'Medarbejder' }).click()
  await page.getByRole('option', { name: 'Jonas Holm' }).click()
  await fillDate(page, 'Gå til dato', '19.04.2021')
  await expect(page.getByTestId('week-title')).toHaveText('Uge 16 2021 (19.04.2021–25.04.2021)')
  await expect(page.getByTestId('week-norm')).toHaveText('26,40')

  const cell = (activity: string, day: string, date: string) => page.getByRole('textbox', { name: `${activity} ${day} ${date}` })
  await cell('Borgerrettet indsats', 'man', '19.04.2021').fill('7,4')
  await cell('Borgerrettet indsats', 'tir', '20.04.2021').fill('3')
  await cell('Virksomhedskontakt', 'tir', '20.04.2021').fill('2:00')
  await cell('Borgerrettet indsats', 'ons', '21.04.2021').fill('5,3')
  await cell('Administration og dokumentation', 'tor', '22.04.2021').fill('4,7')
  await cell('Virksomhedskontakt', 'fre', '23.04.2021').fill('4')
  await expect(page.getByTestId('day-total-2021-04-19')).toHaveText('7,40')
  await expect(page.getByTestId('day-total-2021-04-20')).toHaveText('5,00')
  await expect(page.getByTestId('week-total')).toHaveText('26,40')
  await expect(page.getByTestId('week-difference')).toHaveText('Forskel: 0,00')
  // A typing error is shown on the cell and stops the save
  await cell('Borgerrettet indsats', 'fre', '23.04.2021').fill('syv')
  await expect(page.getByRole('button', { name: 'Gem ugen' })).toBeDisabled()
  await cell('Borgerrettet indsats', 'fre', '23.04.2021').fill('')
  await page.getByRole('button', { name: 'Gem ugen' }).click()
  await expect(page.getByText('Ugen er gemt.')).toBeVisible()
  await expect(page.getByTestId('week-total')).toHaveText('26,40')

  // The employee signs April, a manager approves it
  await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
  await page.getByRole('button', { name: 'Underskriv: Jonas Holm april 2021' }).click()
  await expect(page.getByRole('dialog')).toContainText('Jonas Holm underskriver april 2021')
  await page.getByRole('dialog').getByRole('button', { name: 'Underskriv' }).click()
  await page.getByRole('button', { name: 'Godkend: Jonas Holm april 2021' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('approve-preview-total')).toContainText('Lønudgift i alt:')
  await dialog.getByLabel('Godkendt af (navn)').fill('Bente Hjorth')
  await dialog.getByLabel('Stilling').fill('Chef i Social og Jobindsats')
  await dialog.getByRole('button', { name: 'Godkend' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: 'Jonas Holm' }).filter({ hasText: 'april 2021' })
  await expect(row.getByTestId('month-status')).toHaveText('Godkendt')
  await expect(row).toContainText('Bente Hjorth, Chef i Social og Jobindsats')
  const posted = (await row.getByTestId('month-posted').textContent())!
  expect(posted).toMatch(/^[1-9][\d.]*,\d\d kr\.$/)

  // The salary posting is in the ledger
  await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
  const posting = page.getByRole('row').filter({ hasText: 'Timeseddel 2021-04 Jonas Holm' })
  await expect(posting).toHaveCount(1)
  await expect(posting).toContainText(posted)

  // The revisor export downloads as one zip whose ledger holds the posting
  await page.getByRole('tab', { name: 'Revisoreksport' }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent revisoreksport (zip)' }).click()])
  expect(download.suggestedFilename()).toMatch(/^Revisoreksport_15\.00\.00-A00-1-20_\d{4}-\d{2}-\d{2}\.zip$/)
  const file = path.join(app.dir, download.suggestedFilename())
  await download.saveAs(file)
  const zip = await JSZip.loadAsync(fs.readFileSync(file))
  const names = Object.keys(zip.files).map((n) => path.basename(n))
  expect(names).toEqual(expect.arrayContaining(['01_posteringer.csv', 'revisoreksport.xlsx', 'resume.pdf', 'manifest.csv']))
  const ledgerCsv = await zip.file(Object.keys(zip.files).find((n) => n.endsWith('01_posteringer.csv'))!)!.async('string')
  expect(ledgerCsv).toContain('Timeseddel 2021-04 Jonas Holm')
  await expect(page.getByRole('table', { name: 'Filer i den seneste eksport' })).toContainText('manifest.csv')
})

test('an hours file with a bad row is refused, and every bad row is listed with its line and column', async ({ page, app }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Timer' }).click()
  await page.getByRole('tab', { name: 'Import af timer' }).click()
  const file = path.join(app.dir, 'timer.csv')
  fs.writeFileSync(file, iconv.encode('Medarbejder;Dato;Aktivitet;Timer\r\nSara Lund;26.04.2021;Borgerrettet indsats;7,4\r\nSara Lund;27.04.2021;Borgerrettet indsats;syv\r\nSøren Ærø;28.04.2021;Virksomhedskontakt;2\r\n', 'win1252'))
  await page.locator('input[type=file]').setInputFiles(file)
  await expect(page.getByRole('alert')).toContainText('Filen «timer.csv» er ikke importeret: 2 rækker har fejl, og intet er ændret.')
  const problems = page.getByRole('table', { name: 'Fejl' })
  await expect(problems.getByRole('row')).toHaveCount(3)
  await expect(problems.getByRole('row').nth(1)).toContainText('3Timer«syv» er ikke et antal timer')
  await expect(problems.getByRole('row').nth(2)).toContainText('4MedarbejderMedarbejderen «Søren Ærø» findes ikke i projektet.')
})

test('an interim account shows its figures; hours not yet approved stop the signature', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
  await page.getByRole('tab', { name: 'Delregnskab og slutregnskab' }).click()
  await expect(page.getByText('Delregnskab 01.12.2019–31.12.2020')).toBeVisible()
  // By default an interim account starts the day after the last one signed
  await expect(page.getByRole('group', { name: 'Periode fra' }).locator('xpath=..').locator('input')).toHaveValue('01.01.2021')
  await fillDate(page, 'Periode til', '31.03.2021')
  await page.getByRole('button', { name: 'Vis tallene' }).click()
  await expect(page.getByTestId('account-total')).toContainText('kr.')
  await expect(page.getByTestId('account-blockers')).toContainText('Jonas Holm: marts 2021 har')
  await expect(page.getByRole('button', { name: 'Underskriv regnskabet' })).toBeDisabled()
})

// Week 22 2021 crosses from May into June: a manager approves the week, its days lock, the salary of
// each month's part is in the ledger; unlocking it with a reason reverses both postings.
test('a user types a week across a month boundary, a manager approves the week, the ledger shows its salary, and unlocking reverses it', async ({ page }) => {
  await openDemo(page)
  const openWeek = async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Timer' }).click()
    await page.getByRole('tab', { name: 'Ugeseddel' }).click()
    await page.getByRole('combobox', { name: 'Medarbejder' }).click()
    await page.getByRole('option', { name: 'Jonas Holm' }).click()
    await fillDate(page, 'Gå til dato', '31.05.2021')
    await expect(page.getByTestId('week-title')).toHaveText('Uge 22 2021 (31.05.2021–06.06.2021)')
  }
  await openWeek()
  const cell = (activity: string, day: string, date: string) => page.getByRole('textbox', { name: `${activity} ${day} ${date}` })
  await cell('Borgerrettet indsats', 'man', '31.05.2021').fill('7,4')
  await cell('Borgerrettet indsats', 'tir', '01.06.2021').fill('5')
  await cell('Virksomhedskontakt', 'ons', '02.06.2021').fill('4,5')
  await page.getByRole('button', { name: 'Gem ugen' }).click()
  await expect(page.getByText('Ugen er gemt.')).toBeVisible()
  await expect(page.getByTestId('week-total')).toHaveText('16,90')

  // The manager approves the week: the dialog shows what each month's part will post
  await page.getByRole('button', { name: 'Godkend ugen' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Godkend uge 22 2021 for Jonas Holm')
  await expect(dialog.getByTestId('week-part-2021-05')).toContainText('31.05.2021–31.05.2021 (maj 2021): 7,40 timer')
  await expect(dialog.getByTestId('week-part-2021-06')).toContainText('01.06.2021–06.06.2021 (juni 2021): 9,50 timer')
  await expect(dialog.getByTestId('week-preview-total')).toContainText('Bogføres med ugen:')
  const total = (await dialog.getByTestId('week-preview-total').textContent())!.replace('Bogføres med ugen: ', '')
  expect(total).toMatch(/^[1-9][\d.]*,\d\d kr\.$/)
  await dialog.getByLabel('Godkendt af (navn)').fill('Bente Hjorth')
  await dialog.getByLabel('Stilling').fill('Chef i Social og Jobindsats')
  await dialog.getByRole('button', { name: 'Godkend ugen' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Ugen er godkendt.')).toBeVisible()
  await expect(page.getByTestId('week-approval')).toContainText('Ugen er godkendt af Bente Hjorth, Chef i Social og Jobindsats')
  // The days are locked, and the grid says why
  await expect(page.getByTestId('week-locked')).toContainText('Jonas Holms timer i uge 22 2021 er godkendt og dermed låst. Lås ugen op med en begrundelse for at rette dem.')
  await expect(cell('Borgerrettet indsats', 'man', '31.05.2021')).toBeDisabled()
  await expect(cell('Borgerrettet indsats', 'fre', '04.06.2021')).toBeDisabled()

  // The months table shows the approved week in both months
  await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
  const may = page.getByRole('row').filter({ hasText: 'Jonas Holm' }).filter({ hasText: 'maj 2021' })
  const june = page.getByRole('row').filter({ hasText: 'Jonas Holm' }).filter({ hasText: 'juni 2021' })
  await expect(may.getByTestId('month-weeks')).toHaveText('Godkendte uger: 22 (7,40 timer)')
  await expect(june.getByTestId('month-weeks')).toHaveText('Godkendte uger: 22 (9,50 timer)')
  const mayPosted = (await may.getByTestId('month-posted').textContent())!
  const junePosted = (await june.getByTestId('month-posted').textContent())!
  expect(mayPosted).toMatch(/^[1-9][\d.]*,\d\d kr\.$/)
  expect(junePosted).toMatch(/^[1-9][\d.]*,\d\d kr\.$/)

  // The ledger has the salary of each part, under the week's timesheet
  await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
  await page.getByRole('tab', { name: 'Posteringer', exact: true }).click()
  await page.getByRole('combobox', { name: 'Medarbejder' }).click()
  await page.getByRole('option', { name: 'Jonas Holm' }).click()
  const weekPostings = page.getByRole('row').filter({ hasText: 'Timeseddel uge 22 2021 Jonas Holm' })
  await expect(weekPostings).toHaveCount(2)
  await expect(weekPostings.filter({ hasText: '31.05.2021' })).toContainText(mayPosted)
  await expect(weekPostings.filter({ hasText: '06.06.2021' })).toContainText(junePosted)

  // Unlocking the week needs a reason; its two postings are reversed
  await openWeek()
  await page.getByRole('button', { name: 'Lås ugen op' }).click()
  const unlock = page.getByRole('dialog')
  await unlock.getByRole('button', { name: 'Lås ugen op' }).click()
  await expect(unlock.getByText('Feltet «Begrundelse» skal udfyldes.')).toBeVisible()
  await unlock.getByLabel('Begrundelse').fill('Timerne 02.06 hører til en anden aktivitet')
  await unlock.getByLabel('Dit navn').fill('Bente Hjorth')
  await unlock.getByRole('button', { name: 'Lås ugen op' }).click()
  await expect(unlock).toBeHidden()
  await expect(page.getByText('Ugen er låst op.')).toBeVisible()
  await expect(page.getByTestId('week-approval')).toContainText('Ugen blev låst op af Bente Hjorth')
  await expect(page.getByTestId('week-approval')).toContainText('Timerne 02.06 hører til en anden aktivitet')
  await expect(page.getByTestId('week-locked')).toHaveCount(0)
  await expect(cell('Borgerrettet indsats', 'man', '31.05.2021')).toBeEnabled()

  await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
  await page.getByRole('tab', { name: 'Posteringer', exact: true }).click()
  await page.getByRole('combobox', { name: 'Medarbejder' }).click()
  await page.getByRole('option', { name: 'Jonas Holm' }).click()
  await expect(weekPostings).toHaveCount(4)
  const reversals = weekPostings.filter({ hasText: 'Tilbageførsel af postering nr.' })
  await expect(reversals).toHaveCount(2)
  await expect(reversals.first()).toContainText('Timerne 02.06 hører til en anden aktivitet')
  await expect(reversals.filter({ hasText: '31.05.2021' })).toContainText(`-${mayPosted}`)
  await expect(reversals.filter({ hasText: '06.06.2021' })).toContainText(`-${junePosted}`)
})
