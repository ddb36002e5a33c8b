import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { test, testOnDemo, expect, openDemo, fillDate, choose } from './fixtures'
import { pdfText } from '../support/pdf'

async function addItem(page: Page, item: { title: string; summary: string; recommendation: string; closed?: boolean }) {
  await page.getByRole('button', { name: 'Tilføj punkt' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Overskrift').fill(item.title)
  await dialog.getByLabel('Sagsfremstilling').fill(item.summary)
  await dialog.getByLabel('Indstilling').fill(item.recommendation)
  if (item.closed) await dialog.getByLabel('Lukket punkt').check()
  await dialog.getByRole('button', { name: 'Gem' }).click()
  await expect(dialog).toBeHidden()
}

async function decide(page: Page, itemLabel: string, choice: string) {
  const group = page.getByRole('group', { name: `Beslutning: ${itemLabel}` })
  await group.getByRole('button', { name: choice }).click()
  await expect(group.getByRole('button', { name: choice })).toHaveAttribute('aria-pressed', 'true')
}

async function downloadPdfText(page: Page, buttonName: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()])
  const file = await download.path()
  return pdfText(new Uint8Array(fs.readFileSync(file)))
}

testOnDemo('the front page flags the quarter without an implementation-group meeting', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('button', { name: /Flere nøgletal pr\. område/ }).click()
  const card = page.getByTestId('meetings-overview')
  await expect(card.getByTestId('missed-implementation')).toHaveText('Uden møde: 3. kvt. 2021')
  await expect(card).toContainText('Styregruppe')
  await card.getByRole('link', { name: 'Gå til møder' }).click()
  await page.getByRole('tab', { name: 'Mødefrekvens' }).click()
  const steering = page.getByTestId('cadence-steering')
  await expect(steering.getByRole('row', { name: /4\. kvt\. 2019/ })).toContainText('Ikke krævet')
  await expect(steering.getByRole('row', { name: /1\. kvt\. 2020/ })).toContainText('05.03.2020')
  await expect(page.getByTestId('partial-rule').first()).toContainText('mindst 50 % af dets dage')
})

testOnDemo('a user holds a meeting, writes the minutes, approves them and prints them, with a publication copy without the closed item', async ({ page }) => {
  // A long walk through the UI with two PDFs from headless Chromium: give it room on a busy machine.
  test.slow()
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click()
  await page.getByRole('button', { name: 'Nyt møde' }).click()
  const create = page.getByRole('dialog')
  await expect(create.getByLabel('Mødets titel')).toHaveValue('Møde i styregruppe')
  await create.getByLabel('Mødets titel').fill('Ekstraordinært styregruppemøde')
  await fillDate(page, 'Mødedato', '16.12.2021')
  await create.getByLabel('Starttidspunkt').fill('10:00')
  await create.getByLabel('Sluttidspunkt').fill('11:30')
  await create.getByLabel('Mødested').fill('Rådhuset, mødelokale A1.158')
  await create.getByRole('button', { name: 'Opret møde' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dagsorden: Ekstraordinært styregruppemøde 16.12.2021')
  // A new agenda starts with "Godkendelse af dagsorden" and "Opfølgning", and ends with "Eventuelt".
  await expect(page.getByTestId('item-1').getByRole('heading', { level: 3 })).toHaveText('1. Godkendelse af dagsorden')
  await expect(page.getByTestId('item-3').getByRole('heading', { level: 3 })).toHaveText('3. Eventuelt')

  await addItem(page, {
    title: 'Slutregnskab for projektperioden',
    summary: 'Slutregnskabet for 01.12.2019–31.12.2021 revideres af kommunens revisor.',
    recommendation: 'Projektlederen indstiller, at tidsplanen godkendes.'
  })
  await addItem(page, {
    title: 'Personaleforhold ved projektets afslutning',
    summary: 'Orientering om jobformidlernes videre ansættelse.',
    recommendation: 'Chefen indstiller, at orienteringen tages til efterretning.',
    closed: true
  })
  await addItem(page, {
    title: 'Forankring af Pareto-fokuslisten i drift',
    summary: 'Fokuslisten fortsætter på teammøderne efter projektets afslutning.',
    recommendation: 'Afsnitslederen indstiller, at forankringen tiltrædes.'
  })
  await expect(page.getByTestId('item-6').getByRole('heading', { level: 3 })).toHaveText('6. Eventuelt')

  await page.getByRole('button', { name: 'Markér som indkaldt' }).click()
  await expect(page.getByTestId('meeting-status')).toHaveText('Indkaldt')
  await page.getByRole('button', { name: 'Markér som afholdt' }).click()
  await expect(page.getByTestId('meeting-status')).toHaveText('Afholdt')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referat: Ekstraordinært styregruppemøde 16.12.2021')
  await expect(page.getByTestId('approval-problems')).toContainText('Fremmødet mangler')

  // Attendance: everyone present, one absent with a deputy.
  await page.getByRole('button', { name: 'Alle til stede' }).click()
  await page.getByLabel('Fremmøde: Jens Riis').selectOption('absent')
  await page.getByLabel('Stedfortræder: Jens Riis').fill('Pia Kjeldsen')
  await page.getByRole('button', { name: 'Gem fremmøde' }).click()
  await expect(page.getByText('Fremmødet er gemt.')).toBeVisible()

  await decide(page, '1. Godkendelse af dagsorden', 'Godkendt')
  await decide(page, '2. Opfølgning', 'Taget til efterretning')
  await decide(page, '3. Slutregnskab for projektperioden', 'Godkendt')
  await decide(page, '4. Personaleforhold ved projektets afslutning', 'Taget til efterretning')
  await decide(page, '5. Forankring af Pareto-fokuslisten i drift', 'Tiltrådt')
  await decide(page, '6. Eventuelt', 'Taget til efterretning')

  await page.getByTestId('item-3').getByRole('button', { name: 'Tilføj opfølgningspunkt' }).click()
  const action = page.getByRole('dialog')
  await action.getByRole('textbox', { name: 'Opfølgningspunkt' }).fill('Sende slutregnskabet til revisor')
  await action.getByLabel('Ansvarlig').fill('Mette Kjær')
  await fillDate(page, 'Frist', '31.01.2022')
  await action.getByRole('button', { name: 'Gem opfølgningspunkt' }).click()
  await expect(action).toBeHidden()
  await expect(page.getByTestId('item-3')).toContainText('Sende slutregnskabet til revisor')

  // An attachment is stored in the database with its hash, and downloads with the same bytes.
  const bilag = Buffer.from('Tidsplan for slutregnskab: revisor modtager regnskabet 31.01.2022.\n', 'utf8')
  await page.getByTestId('item-3').locator('input[type=file]').setInputFiles({ name: 'Tidsplan slutregnskab.txt', mimeType: 'text/plain', buffer: bilag })
  const attachment = page.getByRole('button', { name: 'Hent: Tidsplan slutregnskab.txt' })
  await expect(attachment).toBeVisible()
  await expect(page.getByTestId('item-3')).toContainText(`SHA-256 ${createHash('sha256').update(bilag).digest('hex').slice(0, 12)}`)
  const [file] = await Promise.all([page.waitForEvent('download'), attachment.click()])
  expect(file.suggestedFilename()).toBe('Tidsplan slutregnskab.txt')
  expect(fs.readFileSync(await file.path()).equals(bilag)).toBe(true)

  await page.getByRole('button', { name: 'Godkend referat' }).click()
  const approve = page.getByRole('dialog')
  await expect(approve.getByLabel('Godkendt af (navn)')).toHaveValue('Bente Hjorth')
  await approve.getByLabel('Rolle').fill('Formand for styregruppen')
  await approve.getByRole('button', { name: 'Godkend og lås' }).click()
  await expect(page.getByTestId('meeting-status')).toHaveText('Referat godkendt')
  await expect(page.getByTestId('locked-notice')).toContainText('af Bente Hjorth (Formand for styregruppen)')
  // Approved minutes are read-only in the UI.
  await expect(page.getByRole('button', { name: 'Tilføj punkt' })).toHaveCount(0)
  await expect(page.getByLabel('Fremmøde: Jens Riis')).toBeDisabled()

  const minutes = await downloadPdfText(page, 'Referat som PDF')
  expect(minutes).toContain('Referat')
  expect(minutes).toMatch(/Stedfortrædere\s+Pia Kjeldsen for Jens Riis/)
  const order = [
    '1 (Åben) Godkendelse af dagsorden',
    '3 (Åben) Slutregnskab for projektperioden',
    '4 (Lukket) Personaleforhold ved projektets afslutning',
    '5 (Åben) Forankring af Pareto-fokuslisten i drift',
    '6 (Åben) Eventuelt'
  ]
  let at = minutes.indexOf('Indholdsfortegnelse')
  for (const heading of order) {
    const next = minutes.indexOf(heading, at + 1)
    expect(next, `${heading} after position ${at}`).toBeGreaterThan(at)
    at = next
  }
  const item3 = minutes.slice(minutes.lastIndexOf('3 (Åben) Slutregnskab'), minutes.lastIndexOf('4 (Lukket)'))
  expect(item3).toMatch(/Beslutning\s+Godkendt\./)
  expect(item3).toContain('Sende slutregnskabet til revisor')
  expect(item3).toMatch(/Bilag\s+Tidsplan slutregnskab\.txt/)
  expect(minutes.slice(minutes.lastIndexOf('5 (Åben) Forankring'))).toMatch(/Beslutning\s+Tiltrådt\./)
  expect(minutes).toContain('Referatet er godkendt')

  const publication = await downloadPdfText(page, 'Offentlig udgave som PDF')
  expect(publication).toContain('Til offentliggørelse')
  expect(publication).toContain('3 (Åben) Slutregnskab for projektperioden')
  expect(publication).toContain('4 Lukket punkt')
  expect(publication).not.toContain('Personaleforhold')
  expect(publication).not.toContain('jobformidlernes videre ansættelse')
  expect(publication).toMatch(/Beslutning\s+Tiltrådt\./)
})

testOnDemo('a proposed agenda item for a chosen group is saved and listed with who proposed it', async ({ page }) => {
  await openDemo(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click()
  await page.getByRole('tab', { name: 'Forslag til punkter' }).click()
  await page.getByRole('button', { name: 'Foreslå punkt' }).click()
  const dialog = page.getByRole('dialog')
  await choose(dialog, 'Gruppe', /Implementering/)
  await dialog.getByLabel('Overskrift').fill('Samarbejde med uddannelsesvejledningen')
  await dialog.getByLabel('Foreslået af').fill('Jobkonsulent Mette Holm')
  await dialog.getByRole('button', { name: 'Gem' }).click()
  await expect(dialog).toBeHidden()
  const card = page.getByRole('heading', { name: 'Samarbejde med uddannelsesvejledningen' }).locator('..')
  await expect(card).toContainText('Foreslået af: Jobkonsulent Mette Holm')
})
