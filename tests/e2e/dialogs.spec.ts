// The form dialogs that save, then close (FormDialog, LabelledFormDialog) and the addenda form: a
// refusal stays in the form with what was typed and its message where the field is; a save closes
// the form and shows what was saved. The budget version's «date outside the period?» question keeps
// the dialog open, as typed, when the user chooses to correct the date.
import type { Locator, Page } from '@playwright/test'
import { test, testOnDemo, expect, openDemo, fillDate, choose, api, fsm2ProjectByApi } from './fixtures'

/**
 * An FSM2 project running 01.03.2020–31.12.2021 (so that 2020 has days both outside and inside the
 * period) with a draft original budget of one line: the auditor's fee in 2020, 25.000,00 kr.
 */
async function projectWithDraftBudget(page: Page): Promise<{ projectId: number; versionId: number }> {
  const project = await fsm2ProjectByApi(page, '2020-03-01')
  const version = await api<{ id: number }>(page, 'budget.createDraft', { projectId: project.id, title: '', reason: '' })
  await api(page, 'budget.addLine', {
    versionId: version.id,
    year: 2020,
    categoryKey: 'audit',
    title: 'Revision',
    amountOre: 2500000,
    note: 'Revisors erklæring'
  })
  return { projectId: project.id, versionId: version.id }
}

/** A date field (its group of sections, by its exact label) and, beside it, its input and the message under it. */
function dateField(scope: Page | Locator, label: string) {
  const group = scope.getByRole('group', { name: label, exact: true })
  const control = group.locator('xpath=..')
  return { group, input: control.locator('input'), message: control.locator('.MuiFormHelperText-root') }
}

/** Types a date into a date field found by its exact label (fillDate's way, where one label is the start of another). */
async function typeDate(scope: Page | Locator, label: string, ddmmyyyy: string): Promise<void> {
  const field = dateField(scope, label)
  await field.group.getByRole('spinbutton').first().click()
  await field.group.page().keyboard.type(ddmmyyyy.replace(/\D/g, ''))
  await expect(field.input).toHaveValue(ddmmyyyy)
}

test('a budget version’s date outside the project period is asked about: «Ret datoen» keeps the dialog as typed and saves nothing; confirming or correcting saves', async ({
  page
}) => {
  const { projectId, versionId } = await projectWithDraftBudget(page)
  await page.goto(page.url().replace(/#.*$/, '') + `#/projekt/${projectId}/budget/version/${versionId}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Oprindeligt budget (version 1)' })).toBeVisible()
  await expect(page.getByTestId('version-status')).toHaveText('Kladde')

  // Sent before the project's start: asked; «Ret datoen» goes back to the dialog with everything typed.
  await page.getByRole('button', { name: 'Send til STAR' }).click()
  const send = page.getByRole('form', { name: 'Send til STAR' })
  await fillDate(page, 'Sendt til STAR den', '15.02.2020')
  await send.getByLabel('Begrundelse').fill('Det oprindelige budget efter tilsagnsbrevet.')
  await send.getByRole('button', { name: 'Send til STAR' }).click()
  const outside = page.getByRole('dialog', { name: 'Datoen ligger uden for projektperioden' })
  await expect(outside).toContainText('«Sendt til STAR den» 15.02.2020 ligger før projektperiodens start 01.03.2020. Er datoen rigtig?')
  await expect(outside.getByRole('button', { name: 'Ja, gem med denne dato' })).toBeVisible()
  await outside.getByRole('button', { name: 'Ret datoen' }).click()
  await expect(outside).toBeHidden()
  await expect(send).toBeVisible()
  await expect(dateField(send, 'Sendt til STAR den').input).toHaveValue('15.02.2020')
  await expect(send.getByLabel('Begrundelse')).toHaveValue('Det oprindelige budget efter tilsagnsbrevet.')
  // Nothing was saved: read again from the service, the version is still a draft, with no date sent.
  await send.getByRole('button', { name: 'Annuller' }).click()
  await page.getByRole('dialog', { name: 'Du har ændringer, der ikke er gemt' }).getByRole('button', { name: 'Luk uden at gemme' }).click()
  await expect(send).toBeHidden()
  await page.reload()
  await expect(page.getByTestId('version-status')).toHaveText('Kladde')
  await expect(page.getByText(/sendt til STAR/)).toHaveCount(0)

  // Asked again, the user says the date is right: it is saved as typed, and the dialog closes.
  await page.getByRole('button', { name: 'Send til STAR' }).click()
  await fillDate(page, 'Sendt til STAR den', '15.02.2020')
  await send.getByLabel('Begrundelse').fill('Det oprindelige budget efter tilsagnsbrevet.')
  await send.getByRole('button', { name: 'Send til STAR' }).click()
  await expect(outside).toContainText('«Sendt til STAR den» 15.02.2020 ligger før projektperiodens start 01.03.2020. Er datoen rigtig?')
  await outside.getByRole('button', { name: 'Ja, gem med denne dato' }).click()
  await expect(send).toBeHidden()
  await expect(page.getByTestId('version-status')).toHaveText('Sendt til STAR')
  await expect(page.getByText('sendt til STAR 15.02.2020')).toBeVisible()

  // STAR's rejection dated after the project's end: «Ret datoen», then a date inside the period saves without asking.
  await page.getByRole('button', { name: 'Registrér afslag' }).click()
  const reject = page.getByRole('form', { name: 'Registrér afslag' })
  await fillDate(page, 'Afvist af STAR den', '05.01.2022')
  await reject.getByLabel('STAR’s begrundelse for afslaget').fill('Revisionen skal ligge i 2021.')
  await reject.getByLabel('Registreret af (navn)').fill('Mette Kjær')
  await reject.getByLabel('Rolle').fill('Projektleder')
  await reject.getByRole('button', { name: 'Registrér afslag' }).click()
  await expect(outside).toContainText('«Afvist af STAR den» 05.01.2022 ligger efter projektperiodens slutning 31.12.2021. Er datoen rigtig?')
  await outside.getByRole('button', { name: 'Ret datoen' }).click()
  await expect(outside).toBeHidden()
  await expect(reject.getByLabel('STAR’s begrundelse for afslaget')).toHaveValue('Revisionen skal ligge i 2021.')
  await expect(reject.getByLabel('Registreret af (navn)')).toHaveValue('Mette Kjær')
  await expect(page.getByTestId('version-status')).toHaveText('Sendt til STAR')
  await fillDate(page, 'Afvist af STAR den', '05.01.2021')
  await reject.getByRole('button', { name: 'Registrér afslag' }).click()
  await expect(reject).toBeHidden()
  await expect(outside).toBeHidden()
  await expect(page.getByTestId('version-status')).toHaveText('Afvist')
  await expect(page.getByText('afvist 05.01.2021: Revisionen skal ligge i 2021.')).toBeVisible()
})

test('a manual posting refused under its field keeps what was typed; saved, it closes and shows in the ledger; a correction’s refused date is shown under it', async ({
  page
}) => {
  const { projectId, versionId } = await projectWithDraftBudget(page)
  await api(page, 'budget.approve', {
    versionId,
    decidedDate: '2020-03-15',
    starReference: 'Tilsagnsbrev',
    decisionNote: '',
    actorName: 'Mette Kjær',
    actorRole: 'Projektleder'
  })
  await page.goto(page.url().replace(/#.*$/, '') + `#/projekt/${projectId}/regnskab`)
  await expect(page.getByText('Der er ingen posteringer endnu.', { exact: false })).toBeVisible()

  // Dated before the project's start: refused under «Dato», everything typed kept, nothing booked.
  await page.getByRole('button', { name: 'Ny postering' }).click()
  const create = page.getByRole('dialog', { name: 'Ny postering' })
  await fillDate(page, 'Dato', '15.02.2020')
  await choose(create, 'Budgetpost', 'Revision 2020')
  await create.getByLabel('Beløb', { exact: true }).fill('1.234,50')
  await create.getByLabel('Bilag').fill('Faktura 2020-17')
  await create.getByLabel('Tekst').fill('Revisors gennemgang af delregnskabet')
  await create.getByRole('button', { name: 'Bogfør' }).click()
  await expect(dateField(create, 'Dato').message).toHaveText('15.02.2020 ligger uden for projektperioden 01.03.2020–31.12.2021.')
  await expect(create).toBeVisible()
  await expect(dateField(create, 'Dato').input).toHaveValue('15.02.2020')
  await expect(create.getByRole('combobox', { name: 'Budgetpost' })).toHaveText('Revision 2020')
  await expect(create.getByLabel('Beløb', { exact: true })).toHaveValue('1.234,50')
  await expect(create.getByLabel('Bilag')).toHaveValue('Faktura 2020-17')
  await expect(create.getByLabel('Tekst')).toHaveValue('Revisors gennemgang af delregnskabet')

  // An amount that is not kroner is refused under «Beløb», as typed.
  await create.getByLabel('Beløb', { exact: true }).fill('1.234,5,0')
  await fillDate(page, 'Dato', '15.04.2020')
  await create.getByRole('button', { name: 'Bogfør' }).click()
  await expect(create.getByLabel('Beløb', { exact: true })).toHaveAccessibleDescription('Feltet «Beløb» skal være et beløb i kroner, fx 2.235.074,00.')
  await expect(create.getByLabel('Beløb', { exact: true })).toHaveValue('1.234,5,0')

  // An amount of nothing is refused by the service under «Beløb» (not at the form's foot), as typed.
  await create.getByLabel('Beløb', { exact: true }).fill('0,00')
  await create.getByRole('button', { name: 'Bogfør' }).click()
  await expect(create.getByLabel('Beløb', { exact: true })).toHaveAccessibleDescription('Beløbet må ikke være 0,00 kr.')
  await expect(create.getByLabel('Beløb', { exact: true })).toHaveValue('0,00')
  await expect(create.getByRole('alert')).toHaveCount(0)

  // Corrected: booked, the dialog closes, and the posting is in the ledger in kroner the Danish way.
  await create.getByLabel('Beløb', { exact: true }).fill('1.234,50')
  await create.getByRole('button', { name: 'Bogfør' }).click()
  await expect(create).toBeHidden()
  const ledger = page.getByRole('table', { name: 'Posteringer' })
  // The ledger's rows, also while a dialog hides them from the accessibility tree.
  const postings = page.locator('[data-testid^="posting-"]')
  await expect(postings).toHaveCount(1)
  const posting = postings.first()
  await expect(posting).toContainText('15.04.2020')
  await expect(posting).toContainText('Revision 2020')
  await expect(posting).toContainText('1.234,50 kr.')
  await expect(posting).toContainText('Manuel')
  await expect(posting).toContainText('Faktura 2020-17')
  await expect(page.getByTestId('ledger-total')).toHaveText('1.234,50 kr.')

  // A correction whose reversal is dated outside the period: refused under «Dato for tilbageførslen»
  // (not under the replacement's «Dato»), everything typed kept, nothing booked.
  await posting.getByRole('button', { name: /^Ret: Nr\. \d+$/ }).click()
  const correct = page.getByRole('dialog', { name: /^Ret postering nr\. \d+$/ })
  await correct.getByLabel('Begrundelse').fill('Fakturaen var på 1.324,50 kr.')
  await typeDate(correct, 'Dato for tilbageførslen', '20.02.2020')
  await correct.getByLabel('Beløb', { exact: true }).fill('1.324,50')
  await correct.getByRole('button', { name: 'Tilbagefør' }).click()
  const outsidePeriod = '20.02.2020 ligger uden for projektperioden 01.03.2020–31.12.2021.'
  await expect(dateField(correct, 'Dato for tilbageførslen').message).toHaveText(outsidePeriod)
  await expect(dateField(correct, 'Dato').message).toHaveCount(0)
  await expect(dateField(correct, 'Dato for tilbageførslen').input).toHaveValue('20.02.2020')
  await expect(correct.getByLabel('Begrundelse')).toHaveValue('Fakturaen var på 1.324,50 kr.')
  await expect(correct.getByLabel('Beløb', { exact: true })).toHaveValue('1.324,50')
  await expect(postings).toHaveCount(1)

  // The reversal's date corrected, the replacement dated outside the period: refused under the replacement's «Dato».
  await typeDate(correct, 'Dato for tilbageførslen', '20.04.2020')
  await typeDate(correct, 'Dato', '20.02.2020')
  await correct.getByRole('button', { name: 'Tilbagefør' }).click()
  await expect(dateField(correct, 'Dato').message).toHaveText(outsidePeriod)
  await expect(dateField(correct, 'Dato for tilbageførslen').message).not.toHaveText(outsidePeriod)
  await expect(dateField(correct, 'Dato').input).toHaveValue('20.02.2020')
  await expect(postings).toHaveCount(1)
  await typeDate(correct, 'Dato', '20.04.2020')

  // Both dated inside the period: reversed and replaced, the dialog closes, the ledger shows all three.
  await correct.getByRole('button', { name: 'Tilbagefør' }).click()
  await expect(correct).toBeHidden()
  await expect(postings).toHaveCount(3)
  await expect(posting).toContainText(/Tilbageført af nr\. \d+/)
  await expect(ledger).toContainText('-1.234,50 kr.')
  await expect(ledger).toContainText('1.324,50 kr.')
  await expect(page.getByTestId('ledger-total')).toHaveText('1.324,50 kr.')
})

test('a new grant pool whose key is taken or malformed is refused under «Nøgle» and keeps what was typed; with a new key it is created and listed', async ({
  page
}) => {
  await page.getByRole('link', { name: 'Puljer og regler' }).click()
  await page.getByRole('button', { name: 'Opret pulje' }).click()
  const form = page.getByRole('form', { name: 'Ny pulje' })
  const key = form.getByLabel('Nøgle (kort navn, fx FSM2)')
  await key.fill('FSM2')
  await form.getByLabel('Puljens navn').fill('Flere skal med 3')
  await form.getByLabel('Finanslovskonto').fill('17.46.05.10')
  await form.getByRole('button', { name: 'Opret pulje' }).click()
  await expect(key).toHaveAccessibleDescription('Feltet «Nøgle»: der findes allerede en pulje med nøglen FSM2.')
  await expect(form).toBeVisible()
  await expect(key).toHaveValue('FSM2')
  await expect(form.getByLabel('Puljens navn')).toHaveValue('Flere skal med 3')
  await expect(form.getByLabel('Finanslovskonto')).toHaveValue('17.46.05.10')
  await expect(page.getByRole('table', { name: 'Puljer' }).getByRole('link', { name: 'Flere skal med 3' })).toHaveCount(0)

  // A key with a space is refused by the key's own rule, named under the field (not «er ikke gyldig»).
  await key.fill('FSM 3')
  await form.getByRole('button', { name: 'Opret pulje' }).click()
  await expect(key).toHaveAccessibleDescription('Feltet «Nøgle (kort navn, fx FSM2)» må kun indeholde bogstaver, tal, - og _.')
  await expect(form).toBeVisible()
  await expect(form.getByLabel('Puljens navn')).toHaveValue('Flere skal med 3')

  await key.fill('FSM3')
  await form.getByRole('button', { name: 'Opret pulje' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Flere skal med 3' })).toBeVisible()
  await page.getByRole('link', { name: 'Alle puljer' }).click()
  await expect(page.getByRole('table', { name: 'Puljer' }).getByRole('row').filter({ hasText: 'Flere skal med 3' })).toContainText(/FSM3.*17\.46\.05\.10/)
})

testOnDemo(
  'an addendum to approved minutes with a CPR number is refused under its field and kept; corrected, it is added and the form closes',
  async ({ page }) => {
    await openDemo(page)
    const projects = await api<{ id: number }[]>(page, 'projects.list', {})
    const projectId = projects[0]!.id
    const meetings = await api<{ id: number; status: string; title: string }[]>(page, 'meetings.list', { projectId })
    const approved = meetings.find((m) => m.status === 'approved')!
    await page.goto(page.url().replace(/#.*$/, '') + `#/projekt/${projectId}/moeder/moede/${approved.id}`)
    await expect(page.getByTestId('meeting-status')).toHaveText('Referat godkendt')
    const card = page.getByRole('region', { name: 'Tillæg til referatet' })
    const before = await card.getByText(/^Tillæg .* ved /).count()

    await card.getByRole('button', { name: 'Tilføj tillæg' }).click()
    const form = card.getByRole('form', { name: 'Tilføj tillæg' })
    const text = form.getByRole('textbox', { name: 'Tillæg' })
    await text.fill('Borger 010190-1234 var også omtalt under punktet.')
    await choose(form, 'Vedrører punkt', /^2\. /)
    await form.getByLabel('Dit navn').fill('Mette Kjær')
    await form.getByLabel('Rolle').fill('Projektleder')
    await form.getByRole('button', { name: 'Tilføj tillæg' }).click()
    await expect(text).toHaveAccessibleDescription(
      'Feltet «Tillæg» ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer.'
    )
    await expect(text).toHaveValue('Borger 010190-1234 var også omtalt under punktet.')
    await expect(form.getByLabel('Dit navn')).toHaveValue('Mette Kjær')
    await expect(form.getByLabel('Rolle')).toHaveValue('Projektleder')
    await expect(card.getByText(/^Tillæg .* ved /)).toHaveCount(before)

    await text.fill('Borger 077 var også omtalt under punktet.')
    await form.getByRole('button', { name: 'Tilføj tillæg' }).click()
    await expect(form).toBeHidden()
    await expect(card.getByText(/^Tillæg .* ved /)).toHaveCount(before + 1)
    await expect(card.getByText(/^Tillæg .* ved Mette Kjær \(Projektleder\)$/)).toBeVisible()
    await expect(card).toContainText('Vedrører punkt 2.')
    await expect(card).toContainText('Borger 077 var også omtalt under punktet.')
    // Opened again, the form is empty: the saved addendum is not offered a second time.
    await card.getByRole('button', { name: 'Tilføj tillæg' }).click()
    await expect(form.getByRole('textbox', { name: 'Tillæg' })).toHaveValue('')
  }
)
