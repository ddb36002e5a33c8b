import type { Page } from '@playwright/test'
import { test, testOnDemo, expect, openDemo, choose, api, fsm2ProjectByApi } from './fixtures'

/** A small FSM2 project with five participants taken in on 15 January 2020. */
async function smallProject(page: Page): Promise<number> {
  const project = await fsm2ProjectByApi(page, '2020-01-01')
  for (let i = 1; i <= 5; i++) {
    await api(page, 'participants.create', { projectId: project.id, pseudonym: `Borger 00${i}`, intakeDate: '2020-01-15', intakeGroup: 1 })
  }
  return project.id
}

async function chooseMonth(page: Page, label: string, month: string) {
  await choose(page, label, month)
}

test('a user enters a month for a caseload in the grid; the KPIs and the Pareto list change on screen', async ({ page }) => {
  const projectId = await smallProject(page)
  await page.goto(page.url().replace(/#.*$/, '') + `#/projekt/${projectId}/prioritering`)
  await chooseMonth(page, 'Måned', 'marts 2020')
  await expect(page.getByTestId('focus-count')).toHaveText('0 af 5 i fokus (top 20 %, lige scorer tæller med)')

  await page.getByRole('navigation').getByRole('link', { name: 'Deltagere' }).click()
  await page.getByRole('tab', { name: 'KPI’er' }).click()
  await expect(page.getByTestId('result-condition').first()).toContainText('Ikke målt')

  await page.getByRole('tab', { name: 'Månedsstatus' }).click()
  await chooseMonth(page, 'Måned', 'marts 2020')
  const cell = (field: string, who: string) => page.getByLabel(`${field} for ${who}`, { exact: true })
  await expect(page.getByTestId('month-row-Borger 005')).toBeVisible()
  // Keyboard-friendly: typing hours ticks "Løntimer" by itself.
  await cell('Timer', 'Borger 001').fill('12')
  await expect(cell('Løntimer', 'Borger 001')).toBeChecked()
  await cell('CV opdateret', 'Borger 001').fill('02.03.2020')
  await cell('Plan', 'Borger 001').check()
  await cell('Jobmål', 'Borger 001').fill('Lagermedarbejder')
  await cell('Virksomhedspraktik', 'Borger 002').check()
  await cell('Plan', 'Borger 002').check()
  await cell('Passiv', 'Borger 003').check()
  await cell('Ordinær uddannelse (SU)', 'Borger 004').check()
  await page.getByRole('button', { name: 'Gem måneden' }).click()

  // Refused: the passive month has no reason. Nothing is saved, the typed rows stay, the row says why.
  await expect(page.getByTestId('month-message')).toHaveText('Månedens status blev ikke gemt: én række har fejl. Ret dem og gem igen.')
  await expect(page.getByRole('alert').filter({ hasText: 'Borger 003: Feltet «Årsag til passiv» skal udfyldes, når måneden er passiv.' })).toBeVisible()
  await expect(cell('Timer', 'Borger 001')).toHaveValue('12')
  await expect(cell('Jobmål', 'Borger 001')).toHaveValue('Lagermedarbejder')
  await cell('Årsag', 'Borger 003').selectOption('Misbrug')
  await page.getByRole('button', { name: 'Gem måneden' }).click()
  await expect(page.getByTestId('month-message')).toHaveText('Gemt: 4 nye, 0 ændrede, 0 fjernede.')
  await expect(cell('Timer', 'Borger 001')).toHaveValue('12')
  await expect(cell('CV opdateret', 'Borger 001')).toHaveValue('02.03.2020')

  // KPIs: 2 of 5 in paid hours or education (40 %), 1 of 5 in paid hours and in work placement, 1 passive.
  await page.getByRole('tab', { name: 'KPI’er' }).click()
  const march = page.getByTestId('kpi-row-2020-03')
  await expect(march.getByRole('cell')).toHaveText(['marts 2020', '5', '5', '1', '40,0 %', '60,0 %', '20,0 %', '20,0 %', '20,0 %', '25,0 %', '50,0 %', '–'])
  await expect(page.getByTestId('result-condition').nth(0)).toContainText('Opfyldt: 40,0 % (2 af 5) i marts 2020; kravet er mindst 15 % i én måned.')
  await expect(page.getByTestId('result-condition').nth(1)).toContainText('Opfyldt')
  await expect(page.getByTestId('kpi-chart')).toBeVisible()

  // The Pareto list for March: Borger 001 (paid hours, CV, plan, job goal) leads and is the focus.
  await page.getByRole('navigation').getByRole('link', { name: 'Prioritering' }).click()
  await chooseMonth(page, 'Måned', 'marts 2020')
  await expect(page.getByTestId('focus-count')).toHaveText('1 af 5 i fokus (top 20 %, lige scorer tæller med)')
  const first = page.getByTestId('focus-list').getByRole('row').nth(1)
  await expect(first).toContainText('Borger 001')
  await expect(first.getByTestId('score')).toHaveText('41,7')
  await expect(first).toContainText('Top 20 %')
  await expect(page.getByTestId('focus-row-Borger 002').getByTestId('score')).toHaveText('16,7')

  // Passivity causes: one passive month, caused by misuse; the row lists who is behind it.
  await page.getByRole('tab', { name: '80/20-analyse' }).click()
  await page.getByRole('button', { name: 'Vis: Misbrug' }).click()
  await expect(page.getByTestId('pareto-behind')).toContainText('Borger 003, marts 2020')
})

test('a CPR number typed as a pseudonym is refused with a message and the form keeps the input', async ({ page }) => {
  const projectId = await smallProject(page)
  await page.goto(page.url().replace(/#.*$/, '') + `#/projekt/${projectId}/deltagere`)
  await page.getByRole('link', { name: 'Ny deltager' }).click()
  await page.getByLabel('Pseudonym', { exact: true }).fill('010190-1234')
  await page.getByLabel('Sagsnummer').fill('SAG-77')
  await page.getByRole('group', { name: 'Dato for startafklaring' }).getByRole('spinbutton').first().click()
  await page.keyboard.type('03022020')
  await page.getByRole('button', { name: 'Ny deltager' }).click()
  await expect(
    page.getByText('Feltet «Pseudonym» ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer.')
  ).toBeVisible()
  await expect(page.getByLabel('Pseudonym', { exact: true })).toHaveValue('010190-1234')
  await expect(page.getByLabel('Sagsnummer')).toHaveValue('SAG-77')

  await page.getByLabel('Pseudonym', { exact: true }).fill('Borger 077')
  await page.getByRole('button', { name: 'Ny deltager' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Borger 077' })).toBeVisible()
  await expect(page.getByText('Mangler startbesvarelse')).toBeVisible()
})

testOnDemo('the demo shows the effort group, instalment 2 met, the front-page card and the 80/20 view of passivity', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('button', { name: /Flere nøgletal pr\. område/ }).click()
  const card = page.getByTestId('participants-card')
  await expect(card).toContainText('Deltagere i alt')
  await expect(card).toContainText('168')
  // Both result conditions met; every KPI shown against its target says met or not met.
  await expect(card.getByText('Opfyldt', { exact: true })).toHaveCount(3)
  await expect(card.getByText('Ikke opfyldt', { exact: true })).toHaveCount(3)
  await card.getByRole('link', { name: 'Se KPI’er' }).click()
  await expect(page.getByTestId('result-condition').nth(1)).toContainText(
    '2. rate: Mindst 20 % af indsatsgruppen i løntimer eller uddannelse i en måned: hele tilsagnet udbetales'
  )
  await expect(page.getByTestId('result-condition').nth(1)).toContainText(/Opfyldt: \d+,\d % \(\d+ af \d+\) i \w+ 2021/)
  // A row of the KPI table opens its month's statuses (the table's primary action, its first column).
  await page.getByTestId('kpi-row-2021-06').getByRole('link', { name: 'juni 2021' }).click()
  await expect(page).toHaveURL(/\/deltagere\/maaned\?maaned=2021-06$/)
  await expect(page.getByRole('table', { name: /juni 2021$/ })).toBeVisible()
  await page.goBack()
  await page.getByRole('tab', { name: 'Progression' }).click()
  await expect(page.getByTestId('example-wording')).toContainText('eksempeltekst, ikke STAR’s formulering')
  await page.getByRole('navigation').getByRole('link', { name: 'Prioritering' }).click()
  await expect(page.getByTestId('focus-row-Borger 014')).toContainText('Fastholdt')
  await expect(page.getByRole('table', { name: 'Taget af listen' })).toContainText('Borger 041')
  await page.getByRole('tab', { name: '80/20-analyse' }).click()
  await expect(page.getByTestId('pareto-chart')).toBeVisible()
  const rows = page.getByTestId('pareto-table').getByRole('row')
  await expect(rows.last()).toContainText('I alt')
  await expect(page.getByTestId('pareto-table')).toContainText('Øvrige')
  await expect(rows.nth(1)).toContainText('%')
})

testOnDemo("a user replaces the example wording of the progression questions in the pool's settings", async ({ page }) => {
  await openDemo(page)
  const pools = await api<{ id: number; key: string }[]>(page, 'pools.list', {})
  const fsm2 = pools.find((p) => p.key === 'FSM2')!.id
  await page.goto(page.url().replace(/#.*$/, '') + `#/puljer/${fsm2}`)
  const panel = page.getByRole('region', { name: 'Resultater og deltagere' })
  await expect(panel).toContainText('Puljen bruger de regler, Puljestyr leveres med.')
  await panel.getByLabel('Tro på egne evner: Spørgsmål 1').fill('Jeg tror på, at jeg kan passe et arbejde.')
  await panel.getByLabel('Teksterne er eksempeltekst (vises som sådan)').uncheck()
  await panel.getByLabel('Begrundelse for ændringen').fill('Kommunens egen formulering fra spørgeskemaet')
  await panel.getByRole('button', { name: 'Gem reglerne' }).click()
  await expect(panel.getByText('Reglerne er gemt.')).toBeVisible()

  const projects = await api<{ id: number }[]>(page, 'projects.list', {})
  await page.goto(page.url().replace(/#.*$/, '') + `#/projekt/${projects[0]!.id}/deltagere/progression`)
  await expect(page.getByRole('heading', { name: 'Udvikling pr. tema for indsatsgruppen' })).toBeVisible()
  await expect(page.getByTestId('example-wording')).toHaveCount(0)
  await page.getByRole('tab', { name: 'Deltagere' }).click()
  await page.getByRole('link', { name: 'Borger 002' }).click()
  await page.getByRole('button', { name: 'Registrér besvarelse' }).click()
  await expect(page.getByText('Jeg tror på, at jeg kan passe et arbejde.')).toBeVisible()
})

test('a pool’s target over 100 % is refused under its field, keeps what was typed and saves nothing; corrected, it is saved', async ({ page }) => {
  await page.getByRole('link', { name: 'Puljer og regler' }).click()
  await page.getByRole('link', { name: 'Flere skal med 2' }).click()
  const panel = page.getByRole('region', { name: 'Resultater og deltagere' })
  const target = panel.getByLabel('Løntimer (andel) (%)', { exact: true })
  await expect(target).toHaveValue('15')

  // 150 % was saved as 100 % without a word; now the field says why, and keeps the 150.
  await target.fill('150')
  await panel.getByLabel('Begrundelse for ændringen').fill('Tilsagnsbrevets mål')
  await panel.getByRole('button', { name: 'Gem reglerne' }).click()
  await expect(panel.getByText('Feltet «Løntimer (andel) (%)» må højst være 100 %.')).toBeVisible()
  await expect(target).toHaveValue('150')
  await expect(target).toBeFocused()
  await expect(panel.getByText('Reglerne er gemt.')).toBeHidden()
  // Text that is no percent at all is refused the same way, naming the field.
  await target.fill('ca. 20')
  await expect(panel.getByText('Feltet «Løntimer (andel) (%)» skal være et tal.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Resultater og deltagere' }).getByLabel('Løntimer (andel) (%)', { exact: true })).toHaveValue('15')

  // A percent written the Danish way is saved as typed.
  const again = page.getByRole('region', { name: 'Resultater og deltagere' })
  await again.getByLabel('Løntimer (andel) (%)', { exact: true }).fill('22,5')
  await again.getByLabel('Begrundelse for ændringen').fill('Tilsagnsbrevets mål')
  await again.getByRole('button', { name: 'Gem reglerne' }).click()
  await expect(again.getByText('Reglerne er gemt.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Resultater og deltagere' }).getByLabel('Løntimer (andel) (%)', { exact: true })).toHaveValue('22,5')
})
