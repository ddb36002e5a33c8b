// Issue 12, «Trust»: what a new user on a 1366×768 municipal laptop must not be able to do by mistake.
import type { Page } from '@playwright/test'
import { test, expect, fillDate, createProject, choose } from './fixtures'

test.use({ viewport: { width: 1366, height: 768 } })

async function addAuditLine(page: Page, year: string, title: string, amount: string): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj budgetpost' }).click()
  const form = page.getByRole('form', { name: 'Tilføj budgetpost' })
  await choose(page, 'År', year)
  await choose(page, 'Kategori', 'Revision')
  await form.getByLabel('Funktion / titel').fill(title)
  await form.getByLabel('Beløb', { exact: true }).fill(amount)
  await form.getByLabel('Note', { exact: true }).fill('Revisorerklæring')
  await form.getByRole('button', { name: 'Gem' }).click()
}

test('a budget above the grant cannot be sent to STAR: the button says why, and an absurd line is refused at entry', async ({ page }) => {
  test.setTimeout(150_000)
  await createProject(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Budget' }).click()
  await page.getByRole('button', { name: 'Opret oprindeligt budget' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Oprindeligt budget (version 1)' })).toBeVisible()

  // A line of 1.000.000.000.000 kr. is refused with the rule; what was typed stays.
  await addAuditLine(page, '2024', 'Revision', '1.000.000.000.000,00')
  const form = page.getByRole('form', { name: 'Tilføj budgetpost' })
  await expect(
    form.getByText('Feltet «Beløb»: 1.000.000.000.000,00 kr. er mere end hele tilsagnet (600.000,00 kr.). En budgetpost kan ikke være større end tilsagnet.')
  ).toBeVisible()
  await expect(form.getByLabel('Beløb', { exact: true })).toHaveValue('1.000.000.000.000,00')
  await form.getByLabel('Beløb', { exact: true }).fill('400.000,00')
  await form.getByRole('button', { name: 'Gem' }).click()
  await expect(form).toBeHidden()
  await addAuditLine(page, '2025', 'Revision af slutregnskab', '250.000,00')
  await expect(page.getByRole('form', { name: 'Tilføj budgetpost' })).toBeHidden()

  // 650.000 kr. against a grant of 600.000 kr.: sending and approval are disabled, with the reason beside them.
  const reason = page.getByTestId('version-blocked-reasons')
  await expect(reason).toContainText('Budgettets samlede beløb 650.000,00 kr. overstiger tilsagnet 600.000,00 kr. med 50.000,00 kr.')
  await expect(reason).toBeInViewport()
  const send = page.getByRole('button', { name: 'Send til STAR' })
  await expect(send).toBeDisabled()
  await expect(send).toHaveAccessibleDescription(/overstiger tilsagnet 600.000,00 kr. med 50.000,00 kr./)
  await expect(page.getByRole('button', { name: 'Registrér godkendelse' })).toBeDisabled()
  await expect(page.getByTestId('version-status')).toHaveText('Kladde')
})

/** A project with one part-time staff member (a timesheet), made through the API to keep the test short. */
async function projectWithTimesheetStaff(page: Page): Promise<{ projectId: number; staffId: number }> {
  return page.evaluate(async () => {
    const call = async (m: string, i: unknown) => {
      const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) })
      const body = (await r.json()) as { ok: boolean; data: unknown }
      if (!body.ok) throw new Error(JSON.stringify(body))
      return body.data as { id: number; key: string }[] & { id: number }
    }
    const pools = await call('pools.list', {})
    const project = await call('projects.create', {
      poolId: pools.find((p) => p.key === 'FSM2')!.id,
      municipality: 'Viborg Kommune',
      title: 'Flere i job',
      periodStart: '2024-01-01',
      periodEnd: '2025-12-31',
      amountAppliedOre: 60000000,
      grantAmountOre: 60000000,
      grantByYear: []
    })
    const staff = await call('staff.create', {
      projectId: project.id,
      name: 'Jonas Holm',
      functionKey: 'jobBroker',
      weeklyMinutes: 2220,
      projectShareBp: 5000,
      employedFrom: '2024-01-01'
    })
    return { projectId: project.id, staffId: staff.id }
  })
}

test('hours typed while the week is fetched again in the background are kept, and saved', async ({ page, app }) => {
  const { projectId, staffId } = await projectWithTimesheetStaff(page)
  await page.goto(`${app.baseUrl}/#/projekt/${projectId}/timer/uge?medarbejder=${staffId}&uge=2024-03-04`)
  await expect(page.getByTestId('week-title')).toHaveText('Uge 10 2024 (04.03.2024–10.03.2024)')
  await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
  await expect(page).toHaveURL(/\/timer\/maaneder/)
  // Back after a while (the week fetched before is older than the 5 s it is kept fresh): the week
  // is shown at once from what was fetched, and fetched again behind it, slowly as on a busy machine.
  await page.waitForTimeout(5_500)
  await page.route('**/api/time.week', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await route.continue()
  })
  const fetchedAgain = page.waitForResponse((r) => r.url().endsWith('/api/time.week'))
  await page.getByRole('tab', { name: 'Ugeseddel' }).click()
  const monday = page.getByRole('textbox', { name: 'Borgerrettet indsats man 04.03.2024' })
  await monday.fill('3')
  await fetchedAgain
  // The answer (the same week) has been rendered: what was typed is still there and can be saved.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const frame = (globalThis as unknown as { requestAnimationFrame(next: () => void): number }).requestAnimationFrame
        frame(() => frame(() => resolve()))
      })
  )
  await expect(monday).toHaveValue('3')
  await page.unroute('**/api/time.week')
  await page.getByRole('button', { name: 'Gem ugen' }).click({ timeout: 10_000 })
  await expect(page.getByText('Ugen er gemt.')).toBeVisible()
  // The week as saved: 3 hours on Monday, nothing left to save.
  await expect(page.getByTestId('week-save-blocked')).toHaveText('Intet at gemme: ugen er ikke ændret.')
  await expect(monday).toHaveValue('3')
})

test('typed hours are kept by a confirm: «Næste uge» and another tab ask first, and the sheet keeps its week across tabs', async ({ page, app }) => {
  const { projectId, staffId } = await projectWithTimesheetStaff(page)
  await page.goto(`${app.baseUrl}/#/projekt/${projectId}/timer/uge?medarbejder=${staffId}&uge=2024-03-04`)
  await expect(page.getByTestId('week-title')).toHaveText('Uge 10 2024 (04.03.2024–10.03.2024)')
  const monday = page.getByRole('textbox', { name: 'Borgerrettet indsats man 04.03.2024' })
  await monday.fill('7,4')

  // «Næste uge»: the question; staying keeps the hours, on the same week.
  await page.getByRole('button', { name: 'Næste uge' }).click()
  const ask = page.getByRole('dialog', { name: 'Du har ændringer, der ikke er gemt' })
  await expect(ask).toContainText('Det, du har skrevet, er ikke gemt.')
  await ask.getByRole('button', { name: 'Bliv og gem først' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByTestId('week-title')).toHaveText('Uge 10 2024 (04.03.2024–10.03.2024)')
  await expect(monday).toHaveValue('7,4')

  // Another tab asks too; staying keeps the hours.
  await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Bliv og gem først' }).click()
  await expect(monday).toHaveValue('7,4')

  // Leaving on purpose throws the hours away, and coming back shows the same week (not today's).
  await page.getByRole('tab', { name: 'Måneder og godkendelse' }).click()
  await ask.getByRole('button', { name: 'Forlad uden at gemme' }).click()
  await expect(page).toHaveURL(/\/timer\/maaneder/)
  await page.getByRole('tab', { name: 'Ugeseddel' }).click()
  await expect(page.getByTestId('week-title')).toHaveText('Uge 10 2024 (04.03.2024–10.03.2024)')
  await expect(monday).toHaveValue('')

  // Closing the tab or window with typed hours asks the browser to confirm.
  await monday.fill('3')
  // (Polled: the guard is armed by an effect after the render that shows the typed value.)
  await expect
    .poll(() =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true })
        ;(globalThis as unknown as EventTarget).dispatchEvent(e)
        return e.defaultPrevented
      })
    )
    .toBe(true)
  // Saved hours ask nothing: the next week opens at once.
  await page.getByRole('button', { name: 'Gem ugen' }).click()
  await expect(page.getByText('Ugen er gemt.')).toBeVisible()
  await page.getByRole('button', { name: 'Næste uge' }).click()
  await expect(page.getByTestId('week-title')).toHaveText('Uge 11 2024 (11.03.2024–17.03.2024)')
  await expect(ask).toBeHidden()
})

test('a cell of 25 hours, and a day over 24 hours across rows, say why beside the cell at once, in the server’s words', async ({ page, app }) => {
  const { projectId, staffId } = await projectWithTimesheetStaff(page)
  await page.goto(`${app.baseUrl}/#/projekt/${projectId}/timer/uge?medarbejder=${staffId}&uge=2024-03-04`)
  await expect(page.getByTestId('week-title')).toHaveText('Uge 10 2024 (04.03.2024–10.03.2024)')
  const save = page.getByRole('button', { name: 'Gem ugen' })
  // Nothing typed: the disabled save says why.
  await expect(save).toBeDisabled()
  await expect(page.getByTestId('week-save-blocked')).toHaveText('Intet at gemme: ugen er ikke ændret.')

  const monday = page.getByRole('textbox', { name: 'Borgerrettet indsats man 04.03.2024' })
  await monday.fill('25')
  const reason = 'Der kan højst registreres 24 timer på en dag (her 25,00 timer).'
  await expect(monday).toHaveAccessibleDescription(reason)
  await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible()
  await expect(save).toBeDisabled()
  await expect(page.getByTestId('week-save-blocked')).toHaveText('Ugen kan ikke gemmes, før de røde felter er rettet (se teksten under feltet).')

  // 14 + 11 hours on Tuesday in two rows: the day's total says why, as the server does.
  await monday.fill('7,4')
  await expect(monday).not.toHaveAccessibleDescription(reason)
  await page.getByRole('textbox', { name: 'Borgerrettet indsats tir 05.03.2024' }).fill('14')
  await page.getByRole('textbox', { name: 'Virksomhedskontakt tir 05.03.2024' }).fill('11')
  const dayProblem = page.getByTestId('day-problem-2024-03-05')
  await expect(dayProblem).toHaveText('05.03.2024: Der kan højst registreres 24 timer på en dag (her 25,00 timer).')
  await expect(save).toBeDisabled()
  const serverMessage = await page.evaluate(
    async ({ projectId, staffId }) => {
      const call = async (m: string, i: unknown) => {
        const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) })
        return (await r.json()) as {
          ok: boolean
          data: { activities: { id: number; name: string }[] }
          error: { message: string; details?: { message: string }[] }
        }
      }
      const week = await call('time.week', { projectId, staffId, weekStart: '2024-03-04' })
      const id = (name: string) => week.data.activities.find((a) => a.name === name)!.id
      const refused = await call('time.week.save', {
        projectId,
        staffId,
        weekStart: '2024-03-04',
        cells: [
          { date: '2024-03-05', activityId: id('Borgerrettet indsats'), minutes: 14 * 60 },
          { date: '2024-03-05', activityId: id('Virksomhedskontakt'), minutes: 11 * 60 }
        ]
      })
      return [refused.error.message, ...(refused.error.details ?? []).map((d) => d.message)].join(' | ')
    },
    { projectId, staffId }
  )
  expect(serverMessage).toContain((await dayProblem.textContent())!)
})

test('«Nyt projekt» with Enter: every message is Danish and names the field, the year split included', async ({ page }) => {
  await page.getByRole('link', { name: 'Opret et projekt' }).click()
  await page.getByLabel('Kommune', { exact: true }).fill('Viborg Kommune')
  await page.getByLabel('Kommune', { exact: true }).press('Enter')
  await expect(page.getByText('Feltet «Projektets titel» skal udfyldes.')).toBeVisible()
  // Required fields are marked (from the same schema that refuses them empty); optional ones are not.
  const marked = async (label: string) =>
    page
      .locator('label')
      .filter({ hasText: new RegExp(`^${label}`) })
      .first()
      .locator('.MuiFormLabel-asterisk')
      .count()
  for (const label of ['Kommune', 'Projektets titel', 'Startdato', 'Slutdato', 'Tilsagnsbeløb']) expect(await marked(label), label).toBe(1)
  for (const label of ['Sagsnummer', 'Ansvarlig']) expect(await marked(label), label).toBe(0)
  await fillDate(page, 'Startdato', '01.12.2019')
  await fillDate(page, 'Slutdato', '31.12.2021')
  await expect(page.getByLabel('Tilsagn fordelt på år 2021')).toBeVisible()
  await page.getByLabel('Tilsagnsbeløb').fill('2.235.074,00')
  await page.getByLabel('Tilsagnsbeløb').press('Enter')
  await expect(page.getByText(/Feltet «[^»]+» skal udfyldes\./).first()).toBeVisible()
  await expect(page.getByText(/Invalid input|expected string|received undefined/)).toHaveCount(0)
  // The year split may be left empty: with the other fields filled, Enter creates the project.
  await choose(page, 'Pulje', 'Flere skal med 2')
  await page.getByLabel('Projektets titel').fill('Flere skal med 2')
  await page.getByLabel('Ansøgt beløb').fill('2.235.073,47')
  await page.getByLabel('Ansøgt beløb').press('Enter')
  await expect(page.getByText(/Invalid input|expected string|received undefined/)).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Flere skal med 2' })).toBeVisible()
})

test('a dialog with typed input asks before Annuller, Escape or a click beside it throws the input away', async ({ page }) => {
  await createProject(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Budget' }).click()
  await page.getByRole('button', { name: 'Opret oprindeligt budget' }).click()
  const form = page.getByRole('form', { name: 'Tilføj budgetpost' })
  const ask = page.getByRole('dialog', { name: 'Du har ændringer, der ikke er gemt' })

  // Nothing typed: Escape closes at once.
  await page.getByRole('button', { name: 'Tilføj budgetpost' }).click()
  await expect(form).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(ask).toBeHidden()

  await page.getByRole('button', { name: 'Tilføj budgetpost' }).click()
  const title = form.getByLabel('Funktion / titel')
  await title.fill('Projektleder')
  // Escape asks; staying keeps what was typed.
  await title.press('Escape')
  await expect(ask).toContainText('Det, du har skrevet i dialogen, er ikke gemt.')
  await ask.getByRole('button', { name: 'Bliv og gem først' }).click()
  await expect(ask).toBeHidden()
  await expect(title).toHaveValue('Projektleder')
  // A click beside the dialog (on the backdrop) asks too.
  await page.mouse.click(8, 400)
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Bliv og gem først' }).click()
  await expect(title).toHaveValue('Projektleder')
  // «Annuller» asks; leaving on purpose closes the dialog and throws the input away.
  await form.getByRole('button', { name: 'Annuller' }).click()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Luk uden at gemme' }).click()
  await expect(form).toBeHidden()
  await page.getByRole('button', { name: 'Tilføj budgetpost' }).click()
  await expect(form.getByLabel('Funktion / titel')).toHaveValue('')
})

test('an empty date field says «dd.mm.åååå», not «DD.MM.YYYY»', async ({ page }) => {
  await page.getByRole('link', { name: 'Opret et projekt' }).click()
  const group = page.getByRole('group', { name: 'Startdato' })
  await group.getByRole('spinbutton').first().click()
  await expect(group).toContainText('dd.mm.åååå')
  await expect(group).not.toContainText(/DD|MM|YYYY/)
})

test('the Revisionsspor screen names what changed in Danish, never by its SQL table name', async ({ page }) => {
  await createProject(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Revisionsspor' }).click()
  const entities = page.getByTestId('audit-entity')
  await expect(entities.first()).toBeVisible()
  await expect(entities.filter({ hasText: /^Projekt \d+$/ })).toHaveCount(1)
  await expect(entities.filter({ hasText: /^Tilsagn pr. år \d+$/ })).toHaveCount(2)
  for (const text of await entities.allTextContents()) expect(text).not.toMatch(/_|^[a-z]/)
})
