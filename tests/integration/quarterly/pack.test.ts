import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { emptyProject } from './helpers'
import { pdfImages, pdfPageSizes, pdfPagesText } from '../../support/pdf'
import { formatKr } from '@shared/domain/money'
import { meetingOn } from '../meetings/helpers'

// Making the pack: printed through the one print path (headless Chromium on the built renderer),
// stored with its figures and SHA-256, recognised again by quarterly.verify.
const cli = path.resolve(__dirname, '..', '..', '..', 'bin', 'puljestyr.cjs')
let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ now: '2021-08-10T10:00:00.000Z', printer: true })
  projectId = (await rt.call('demo.open', {})).projectId
  await rt.call('quarterly.text.save', { projectId, quarter: '2020-Q3', risks: 'Rekrutteringen af jobformidlere er forsinket.', nextSteps: '', decisions: '' })
}, 60_000)
afterAll(async () => {
  await rt.close()
})

describe('a made quarterly pack', () => {
  it('holds the six sections, the quarter, the grant and the quarter’s spending, with «Side N af M» on every page', async () => {
    const figures = await rt.call('quarterly.get', { projectId, quarter: '2020-Q3', publication: false })
    const pack = await rt.call('quarterly.make', { projectId, quarter: '2020-Q3', publication: false })
    expect(pack.quarterLabel).toBe('3. kvartal 2020')
    expect(pack.fileName).toBe('Kvartalsrapport_Flere_skal_med_2_2020-Q3.pdf')
    const full = await rt.call('quarterly.packs.get', { packId: pack.id })
    const pages = await pdfPagesText(Buffer.from(full.contentBase64, 'base64'))
    expect(pages.length).toBe(pack.pages)
    // A4 portrait, every page.
    for (const size of await pdfPageSizes(Buffer.from(full.contentBase64, 'base64'))) expect(size).toEqual({ width: 595, height: 842 })
    expect(pages.length).toBeGreaterThanOrEqual(6)
    const text = pages.join('\n')
    for (const section of ['1. Forside og overblik', '2. Økonomi', '3. Resultater', '4. Prioritering', '5. Styring', '6. Bemærkninger']) {
      expect(text).toContain(section)
    }
    expect(text).toContain('Kvartalsrapport: Flere skal med 2')
    expect(text).toContain('2.235.074,00 kr.')
    expect(text).toContain(formatKr(figures.economy.totals.spentInQuarterOre))
    expect(text).toContain('Rekrutteringen af jobformidlere er forsinket.')
    expect(text).toMatch(/Forbrug \d+,\d % mod \d+,\d % af perioden/)
    // One page of traffic lights: every light, with its rule, on the front page.
    expect(figures.lights.length).toBeGreaterThanOrEqual(12)
    for (const l of figures.lights) expect(pages[0], l.label).toContain(`${l.label} ${l.rule}`)
    // Page numbers, and the project, the quarter and when it was made on every page.
    pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} af ${pages.length}`)
      expect(page).toMatch(/Flere skal med 2 · 3\. kvartal 2020 · Dannet 10\.08\.2021 kl\. \d\d:\d\d/)
    })
    // A focus-list pseudonym is in the steering group's copy.
    expect(text).toContain(figures.focusList!.entries[0]!.pseudonym)
    // Stored: listed, and the stored figures are the ones printed.
    const list = await rt.call('quarterly.packs.list', { projectId })
    expect(list[0]!.id).toBe(pack.id)
    expect((full.figures as { economy: { totals: unknown } }).economy.totals).toEqual(figures.economy.totals)
  }, 90_000)

  it('prints its three charts drawn, on the pages of economy, results and prioritisation', async () => {
    const pack = await rt.call('quarterly.make', { projectId, quarter: '2020-Q3', publication: false })
    const bytes = Buffer.from((await rt.call('quarterly.packs.get', { packId: pack.id })).contentBase64, 'base64')
    const pages = await pdfPagesText(bytes)
    const images = await pdfImages(bytes)
    expect(images).toHaveLength(3)
    const sectionOf = (page: number) =>
      pages
        .slice(0, page)
        .reverse()
        .find((p) => /\d\. (Økonomi|Resultater|Prioritering)/.test(p))
        ?.match(/\d\. (Økonomi|Resultater|Prioritering)/)?.[0]
    expect(images.map((i) => sectionOf(i.page))).toEqual(['2. Økonomi', '3. Resultater', '4. Prioritering'])
    for (const img of images) {
      expect(img.width).toBeGreaterThan(300)
      // A drawn chart inks a good part of its area; an empty canvas inks nothing.
      expect(img.inkedPixels / (img.width * img.height)).toBeGreaterThan(0.05)
    }
  }, 90_000)

  it('recognises the stored PDF and refuses one with a changed byte', async () => {
    const pack = (await rt.call('quarterly.packs.list', { projectId }))[0]!
    const full = await rt.call('quarterly.packs.get', { packId: pack.id })
    const ok = await rt.call('quarterly.verify', { contentBase64: full.contentBase64 })
    expect(ok.known).toBe(true)
    expect(ok.pack!.id).toBe(pack.id)
    const bytes = Buffer.from(full.contentBase64, 'base64')
    bytes[Math.floor(bytes.length / 2)] = bytes[Math.floor(bytes.length / 2)]! ^ 0xff
    const changed = await rt.call('quarterly.verify', { contentBase64: bytes.toString('base64') })
    expect(changed.known).toBe(false)

    // The same from the command line, as a revisor would: `puljestyr report --verify FILE.pdf`.
    const stored = path.join(rt.dir, 'stored.pdf')
    const edited = path.join(rt.dir, 'edited.pdf')
    fs.writeFileSync(stored, Buffer.from(full.contentBase64, 'base64'))
    fs.writeFileSync(edited, bytes)
    const verify = (file: string) => spawnSync(process.execPath, [cli, 'report', '--db', rt.file, '--verify', file], { encoding: 'utf8' })
    const accepted = verify(stored)
    expect(accepted.status).toBe(0)
    expect(accepted.stdout).toContain(`GENKENDT: ${stored} er kvartalsrapport ${pack.id} for 3. kvartal 2020`)
    expect(accepted.stdout).toContain(`SHA-256 ${pack.pdfSha256}`)
    const refused = verify(edited)
    expect(refused.status).toBe(1)
    expect(refused.stdout).toContain('IKKE GENKENDT')
  })

  it('a project without budget or participants yet gets a pack whose sections say what is missing, and no blank page', async () => {
    const project = await emptyProject(rt)
    const figures = await rt.call('quarterly.get', { projectId: project.id, quarter: '2024-Q1', publication: false })
    expect(figures.lights.find((l) => l.key === 'spending')).toMatchObject({ colour: 'grey', rule: 'Intet godkendt budget endnu' })
    expect(
      figures.lights.filter((l) => l.key.startsWith('condition:')).every((l) => l.colour === 'grey' && l.rule === 'Ikke målt endnu: ingen månedsstatus')
    ).toBe(true)
    const pack = await rt.call('quarterly.make', { projectId: project.id, quarter: '2024-Q1', publication: false })
    const pages = await pdfPagesText(Buffer.from((await rt.call('quarterly.packs.get', { packId: pack.id })).contentBase64, 'base64'))
    const text = pages.join('\n')
    for (const said of [
      'Der er intet godkendt budget i kraft.',
      'Der er intet godkendt budget i kraft til og med kvartalet',
      'Der er endnu ingen månedsstatus for deltagerne til og med kvartalet',
      'Ingen deltagere har både en startbesvarelse og en senere besvarelse',
      'Der er ingen deltagere på fokuslisten',
      'Ingen passive sager i kvartalet.',
      'Projektet har endnu ingen styregruppe eller implementeringsgruppe',
      'Projektlederen har ikke skrevet bemærkninger til kvartalet.'
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(said)
    // Every page says something beyond its foot line.
    pages.forEach((page, i) => expect(page.replace(/Flere i job · 1\. kvartal 2024 · Dannet.*$/, '').trim().length, `page ${i + 1}`).toBeGreaterThan(40))
  }, 90_000)

  it('makes a publication copy without any pseudonym of the demo’s participants, and says so', async () => {
    const participants = await rt.call('participants.list', { projectId })
    const pack = await rt.call('quarterly.make', { projectId, quarter: '2020-Q3', publication: true })
    expect(pack.publication).toBe(true)
    const full = await rt.call('quarterly.packs.get', { packId: pack.id })
    const text = (await pdfPagesText(Buffer.from(full.contentBase64, 'base64'))).join('\n')
    expect(text).toContain('Offentlig udgave')
    expect(text).toContain('Fokuslisten er udeladt i den offentlige udgave.')
    expect(participants.length).toBeGreaterThan(100)
    for (const p of participants) expect(text).not.toContain(p.pseudonym)
  }, 90_000)

  it('attaches a made pack to a meeting’s agenda item «Kvartalsstatus» in one step, added before «Eventuelt»', async () => {
    const pack = (await rt.call('quarterly.packs.list', { projectId })).find((p) => !p.publication)!
    const group = (await rt.call('meetings.groups.list', { projectId })).find((g) => g.kind === 'steering')!
    const meeting = await meetingOn(rt, group.id, '2020-10-20')
    const r = await rt.call('quarterly.packs.attach', { packId: pack.id, meetingId: meeting.id })
    expect(r.fileName).toBe('Kvartalsrapport_Flere_skal_med_2_2020-Q3.pdf')
    const after = await rt.call('meetings.get', { meetingId: meeting.id })
    const titles = after.items.map((i) => i.title)
    expect(titles.indexOf('Kvartalsstatus')).toBe(titles.length - 2)
    expect(titles.at(-1)).toBe('Eventuelt')
    const item = after.items.find((i) => i.title === 'Kvartalsstatus')!
    expect(item.attachments.map((a) => a.fileName)).toEqual([pack.fileName])
    const file = await rt.call('meetings.attachments.get', { attachmentId: r.attachmentId })
    expect(file.sha256).toBe(pack.pdfSha256)
    // A second pack goes on the same item.
    await rt.call('quarterly.packs.attach', { packId: pack.id, meetingId: meeting.id })
    const again = await rt.call('meetings.get', { meetingId: meeting.id })
    expect(again.items.filter((i) => i.title === 'Kvartalsstatus')).toHaveLength(1)
  })
})
