import fs from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import iconv from 'iconv-lite'
import type { Page } from '@playwright/test'
import { testOnDemo, expect, openDemo, fillDate, choose } from './fixtures'

/** Unlocks a staff member's approved month on «Måneder og godkendelse», with a reason. */
async function unlockMonth(page: Page, staffName: string, month: string, reason: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Timer' }).click()
  await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
  await page.getByRole('button', { name: `Lås op: ${staffName} ${month}` }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Begrundelse').fill(reason)
  await dialog.getByLabel('Dit navn').fill('Mette Kjær')
  await dialog.getByRole('button', { name: 'Lås op' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: staffName }).filter({ hasText: month })
  await expect(row.getByTestId('month-status')).not.toHaveText('Godkendt')
}

// A job broker's week in the demo project (Herning, "Flere skal med 2"): every month is approved, so
// a correction starts by unlocking the month; its salary is reversed and posted again on approval.
testOnDemo(
  'a user unlocks a month to correct a week, the employee signs and a manager approves it, the ledger shows the reversal and the new salary, and the export holds it',
  async ({ page, app }) => {
    await openDemo(page)
    await unlockMonth(page, 'Jonas Holm', 'december 2021', 'Jonas Holm var syg fredag 17.12.2021; ugen rettes.')
    await page.getByRole('tab', { name: 'Ugeseddel' }).click()
    await choose(page, 'Medarbejder', 'Jonas Holm')
    await fillDate(page, 'Gå til dato', '13.12.2021')
    await expect(page.getByTestId('week-title')).toHaveText('Uge 50 2021 (13.12.2021–19.12.2021)')
    await expect(page.getByTestId('week-norm')).toHaveText('26,40')
    await expect(page.getByTestId('week-total')).not.toHaveText('0,00')

    const cell = (activity: string, day: string, date: string) => page.getByRole('textbox', { name: `${activity} ${day} ${date}` })
    const week: [string, string][] = [
      ['man', '13.12.2021'],
      ['tir', '14.12.2021'],
      ['ons', '15.12.2021'],
      ['tor', '16.12.2021'],
      ['fre', '17.12.2021']
    ]
    const typed: Record<string, string> = {
      'Borgerrettet indsats man': '7,4',
      'Borgerrettet indsats tir': '3',
      'Virksomhedskontakt tir': '2:00',
      'Borgerrettet indsats ons': '5,3',
      'Administration og dokumentation tor': '4,7'
    }
    for (const activity of ['Borgerrettet indsats', 'Virksomhedskontakt', 'Administration og dokumentation']) {
      for (const [day, date] of week) await cell(activity, day, date).fill(typed[`${activity} ${day}`] ?? '')
    }
    await expect(page.getByTestId('day-total-2021-12-13')).toHaveText('7,40')
    await expect(page.getByTestId('day-total-2021-12-14')).toHaveText('5,00')
    await expect(page.getByTestId('day-total-2021-12-17')).toHaveText('0,00')
    await expect(page.getByTestId('week-total')).toHaveText('22,40')
    await expect(page.getByTestId('week-difference')).toHaveText('Forskel: -4,00')
    // A typing error is shown on the cell and stops the save
    await cell('Borgerrettet indsats', 'fre', '17.12.2021').fill('syv')
    await expect(page.getByRole('button', { name: 'Gem ugen' })).toBeDisabled()
    await cell('Borgerrettet indsats', 'fre', '17.12.2021').fill('')
    await page.getByRole('button', { name: 'Gem ugen' }).click()
    await expect(page.getByText('Ugen er gemt.')).toBeVisible()
    await expect(page.getByTestId('week-total')).toHaveText('22,40')

    // The employee signs December, a manager approves it
    await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
    await page.getByRole('button', { name: 'Underskriv: Jonas Holm december 2021' }).click()
    await expect(page.getByRole('dialog')).toContainText('Jonas Holm underskriver december 2021')
    await page.getByRole('dialog').getByRole('button', { name: 'Underskriv' }).click()
    await page.getByRole('button', { name: 'Godkend: Jonas Holm december 2021' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByTestId('approve-preview-total')).toContainText('Lønudgift i alt:')
    await dialog.getByLabel('Godkendt af (navn)').fill('Bente Hjorth')
    await dialog.getByLabel('Stilling').fill('Chef i Social og Jobindsats')
    await dialog.getByRole('button', { name: 'Godkend' }).click()
    await expect(dialog).toBeHidden()
    const row = page.getByRole('row').filter({ hasText: 'Jonas Holm' }).filter({ hasText: 'december 2021' })
    await expect(row.getByTestId('month-status')).toHaveText('Godkendt')
    await expect(row).toContainText('Bente Hjorth, Chef i Social og Jobindsats')
    const posted = (await row.getByTestId('month-posted').textContent())!
    expect(posted).toMatch(/^[1-9][\d.]*,\d\d kr\.$/)

    // The ledger keeps the history: the first salary, its reversal and the new salary
    await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
    const postings = page.getByRole('row').filter({ hasText: 'Timeseddel 2021-12 Jonas Holm' })
    await expect(postings).toHaveCount(3)
    await expect(postings.filter({ hasText: posted })).toHaveCount(1)
    await expect(postings.filter({ hasText: 'Jonas Holm var syg fredag 17.12.2021' })).toHaveCount(1)

    // The revisor export downloads as one zip whose ledger holds the posting
    await page.getByRole('tab', { name: 'Revisoreksport' }).click()
    // Personal records only when asked for: the checkbox starts unticked
    await expect(page.getByRole('checkbox', { name: /Medtag personoplysninger/ })).not.toBeChecked()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent revisoreksport (zip)' }).click()])
    expect(download.suggestedFilename()).toMatch(/^Revisoreksport_15\.00\.00-A00-1-20_\d{4}-\d{2}-\d{2}\.zip$/)
    const file = path.join(app.dir, download.suggestedFilename())
    await download.saveAs(file)
    const zip = await JSZip.loadAsync(fs.readFileSync(file))
    const names = Object.keys(zip.files).map((n) => path.basename(n))
    expect(names).toEqual(expect.arrayContaining(['01_posteringer.csv', 'revisoreksport.xlsx', 'resume.pdf', 'manifest.csv']))
    expect(names).not.toContain('12_deltagere.csv')
    const ledgerCsv = await zip.file(Object.keys(zip.files).find((n) => n.endsWith('01_posteringer.csv'))!)!.async('string')
    expect(ledgerCsv).toContain('Timeseddel 2021-12 Jonas Holm')
    expect(ledgerCsv).toContain('Jonas Holm var syg fredag 17.12.2021')
    await expect(page.getByRole('table', { name: 'Filer i den seneste eksport' })).toContainText('manifest.csv')
  }
)

testOnDemo('an hours file with a bad row is refused, and every bad row is listed with its line and column', async ({ page, app }) => {
  await openDemo(page)
  // Every month of the demo is approved: the health coordinator's December is opened for the import
  // of two Tuesdays (she works Mondays, Wednesdays and Thursdays in the project)
  await unlockMonth(page, 'Lise Brandt', 'december 2021', 'Ekstra timer fra Excel-ark skal importeres.')
  await page.getByRole('tab', { name: 'Import af timer' }).click()
  const file = path.join(app.dir, 'timer.csv')
  fs.writeFileSync(
    file,
    iconv.encode(
      'Medarbejder;Dato;Aktivitet;Timer\r\nLise Brandt;07.12.2021;Borgerrettet indsats;3,7\r\nLise Brandt;14.12.2021;Borgerrettet indsats;syv\r\nSøren Ærø;15.12.2021;Virksomhedskontakt;2\r\n',
      'win1252'
    )
  )
  await page.locator('input[type=file]').setInputFiles(file)
  await expect(page.getByRole('alert')).toContainText('Filen «timer.csv» er ikke importeret: 2 rækker har fejl, og intet er ændret.')
  const problems = page.getByRole('table', { name: 'Fejl' })
  await expect(problems.getByRole('row')).toHaveCount(3)
  await expect(problems.getByRole('row').nth(1)).toContainText('3Timer«syv» er ikke et antal timer')
  await expect(problems.getByRole('row').nth(2)).toContainText('4MedarbejderMedarbejderen «Søren Ærø» findes ikke i projektet.')
})

testOnDemo('the final account shows the whole ledger and can be signed; a month opened again stops the signature', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
  await page.getByRole('tab', { name: 'Delregnskab og slutregnskab' }).click()
  await expect(page.getByText('Delregnskab 01.12.2019–31.12.2020')).toBeVisible()
  // By default an interim account starts the day after the last one signed
  await expect(page.getByRole('group', { name: 'Periode fra' }).locator('xpath=..').locator('input')).toHaveValue('01.01.2021')
  // The final account covers the whole period: every month approved, nothing stops the signature
  await choose(page, 'Art', 'Slutregnskab')
  await expect(page.getByRole('group', { name: 'Periode fra' }).locator('xpath=..').locator('input')).toHaveValue('01.12.2019')
  await page.getByRole('button', { name: 'Vis tallene' }).click()
  await expect(page.getByTestId('account-total')).toContainText('2.223.730,82 kr.')
  await expect(page.getByTestId('account-blockers')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Underskriv regnskabet' })).toBeEnabled()
  // A month opened again must be approved before the final account can be signed
  await unlockMonth(page, 'Jonas Holm', 'november 2021', 'Fordelingen på aktiviteter kontrolleres.')
  await page.getByRole('navigation').getByRole('link', { name: 'Regnskab' }).click()
  await page.getByRole('tab', { name: 'Delregnskab og slutregnskab' }).click()
  await choose(page, 'Art', 'Slutregnskab')
  await page.getByRole('button', { name: 'Vis tallene' }).click()
  await expect(page.getByTestId('account-blockers')).toContainText('Jonas Holm: november 2021 har')
  await expect(page.getByRole('button', { name: 'Underskriv regnskabet' })).toBeDisabled()
})

// Week 22 2021 crosses from May into June: a manager approves the week, its days lock, the salary of
// each month's part is in the ledger; unlocking it with a reason reverses both postings.
testOnDemo(
  'a user types a week across a month boundary, a manager approves the week, the ledger shows its salary, and unlocking reverses it',
  async ({ page }) => {
    await openDemo(page)
    const openWeek = async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Timer' }).click()
      await page.getByRole('tab', { name: 'Ugeseddel' }).click()
      await choose(page, 'Medarbejder', 'Jonas Holm')
      await fillDate(page, 'Gå til dato', '31.05.2021')
      await expect(page.getByTestId('week-title')).toHaveText('Uge 22 2021 (31.05.2021–06.06.2021)')
    }
    // Every month of the demo is approved: the months around week 22 are opened first, and the
    // week's demo hours cleared, so the test types the whole week.
    await unlockMonth(page, 'Jonas Holm', 'maj 2021', 'Uge 22 godkendes for sig.')
    await unlockMonth(page, 'Jonas Holm', 'juni 2021', 'Uge 22 godkendes for sig.')
    await openWeek()
    const cell = (activity: string, day: string, date: string) => page.getByRole('textbox', { name: `${activity} ${day} ${date}` })
    const weekCells = page.getByRole('textbox', { name: / \d\d\.\d\d\.2021$/ })
    for (const c of await weekCells.all()) if (await c.isEnabled()) await c.fill('')
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
    await expect(page.getByTestId('week-locked')).toContainText(
      'Jonas Holms timer i uge 22 2021 er godkendt og dermed låst. Lås ugen op med en begrundelse for at rette dem.'
    )
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
    await choose(page, 'Medarbejder', 'Jonas Holm')
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
    await choose(page, 'Medarbejder', 'Jonas Holm')
    await expect(weekPostings).toHaveCount(4)
    const reversals = weekPostings.filter({ hasText: 'Tilbageførsel af postering nr.' })
    await expect(reversals).toHaveCount(2)
    await expect(reversals.first()).toContainText('Timerne 02.06 hører til en anden aktivitet')
    await expect(reversals.filter({ hasText: '31.05.2021' })).toContainText(`-${mayPosted}`)
    await expect(reversals.filter({ hasText: '06.06.2021' })).toContainText(`-${junePosted}`)
  }
)
