// Every PDF the app makes carries «Side N af M» and a foot line (project, document, when it was made)
// on every page: one mechanism in the print layer (PrintDocument's data-print-footer, printed by
// services/print), not a copy per document. Printed here through the one print path, on the demo.
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfImages, pdfPagesText } from '../../support/pdf'
import { formatKr } from '@shared/domain/money'
import { formatMeasuredBasisPoints } from '@shared/domain/percent'
import { formatScore } from '@shared/domain/participants/progression'
import { formatMonth } from '@shared/domain/months'

let rt: TestRuntime
let projectId: number
beforeAll(async () => {
  rt = await createTestRuntime({ printer: true, now: '2022-02-01T09:00:00.000Z' })
  ;({ projectId } = await rt.call('demo.open', {}))
}, 180_000)
afterAll(async () => {
  await rt.close()
})

const made = String.raw`Dannet \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d`
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Checks every page: its number of the total, and the project's name, the document and when it was made. */
function expectFooterOnEveryPage(pages: string[], document: string) {
  expect(pages.length).toBeGreaterThan(0)
  pages.forEach((page, i) => {
    expect(page, `page ${i + 1}`).toContain(`Side ${i + 1} af ${pages.length}`)
    expect(page, `page ${i + 1}`).toMatch(new RegExp(`Flere skal med 2 · ${escape(document)} · ${made}`))
  })
}

async function printed(route: string): Promise<string[]> {
  const pdf = await rt.call('print.pdf', { route, fileName: 'x.pdf' })
  return pdfPagesText(Buffer.from(pdf.contentBase64, 'base64'))
}

describe('page numbers and the foot line on every PDF', () => {
  it('the minutes and their publication copy', async () => {
    const meeting = (await rt.call('meetings.list', { projectId })).find((m) => m.status === 'approved')!
    const minutes = await printed(`/print/moeder/${meeting.id}`)
    expect(minutes.length).toBeGreaterThanOrEqual(2)
    expectFooterOnEveryPage(minutes, 'Referat')
    expectFooterOnEveryPage(await printed(`/print/moeder/${meeting.id}/offentlig`), 'Referat · Til offentliggørelse')
  })

  it('the revision request to STAR', async () => {
    const overview = await rt.call('budget.overview', { projectId })
    const revision = overview.versions.find((v) => v.kind === 'revision')!
    expectFooterOnEveryPage(await printed(`/print/budget/${projectId}/version/${revision.id}`), 'Ansøgning om budgetændring')
  })

  it('a signed account', async () => {
    const account = (await rt.call('accounts.list', { projectId })).find((a) => a.status === 'signed')!
    const pages = await printed(`/print/regnskab/${projectId}/${account.id}`)
    expectFooterOnEveryPage(pages, account.kind === 'interim' ? 'Delregnskab for perioden 01.12.2019–31.12.2020' : 'Slutregnskab')
  })

  it('the revisor export’s PDF summary, as it lies in the export', async () => {
    const exp = await rt.call('export.revisor', { projectId })
    const zip = await JSZip.loadAsync(Buffer.from(exp.contentBase64, 'base64'))
    const entry = Object.values(zip.files).find((e) => path.basename(e.name) === 'resume.pdf')!
    expectFooterOnEveryPage(await pdfPagesText(await entry.async('uint8array')), 'Revisoreksport: resumé')
  }, 120_000)

  it('the KPI report, the project sheet and a timesheet', async () => {
    const kpi = await printed(`/print/projekt/${projectId}/kpi`)
    expect(kpi.length).toBeGreaterThanOrEqual(2)
    expectFooterOnEveryPage(kpi, 'KPI-rapport')
    // A label and its value keep their separator in the printed text («Opfyldt: 2. rate: …», not «Opfyldt2. rate»).
    expect(kpi.join('\n')).toMatch(/(Opfyldt|Ikke opfyldt): 2\. rate: Mindst 15 %/)
    expectFooterOnEveryPage(await printed(`/print/projekt/${projectId}`), 'Projektark')
    const month = (await rt.call('time.months', { projectId, year: 2020 })).find((m) => m.kind === 'timesheet' && m.status === 'approved')!
    const sheet = await printed(`/print/timeseddel/${projectId}/${month.staffId}/${month.month}`)
    expectFooterOnEveryPage(sheet, `Timeseddel: ${month.staffName}, ${formatMonth(month.month)}`)
    // A share someone set reads as it was set, as on the staff screen: the job broker's 71,35 %, not «71,4 %».
    const share = (await rt.call('staff.list', { projectId })).find((s) => s.id === month.staffId)!.projectShareBp
    expect(share).toBe(7135)
    expect(sheet.join('\n')).toContain('71,35 %')
  })

  it('the spending view and the Pareto focus list (issue #12), with the screen’s figures', async () => {
    const spending = await rt.call('budget.spending', { projectId })
    const pages = await printed(`/print/budget/${projectId}/forbrug`)
    expectFooterOnEveryPage(pages, 'Forbrug mod budget')
    const text = pages.join('\n')
    expect(text).toContain(formatKr(spending.totals.spentOre))
    expect(text).toContain(`Brugt af budget ${formatMeasuredBasisPoints(spending.totals.usedBp!)}`)
    // The overspent line is named, and flagged in words.
    expect(text).toContain('er overskredet med 6.191,50 kr.')
    expect(text).toContain('Overskredet')
    // The chart is printed, drawn, with the overrun highlighted in red (its bar part and legend entry).
    const images = await pdfImages(
      Buffer.from((await rt.call('print.pdf', { route: `/print/budget/${projectId}/forbrug`, fileName: 'f.pdf' })).contentBase64, 'base64')
    )
    expect(images).toHaveLength(1)
    expect(images[0]!.inkedPixels / (images[0]!.width * images[0]!.height)).toBeGreaterThan(0.05)
    expect(images[0]!.redPixels).toBeGreaterThan(50)

    const list = await rt.call('prioritisation.list', { projectId, month: '2021-06' })
    const focus = await printed(`/print/prioritering/${projectId}/2021-06`)
    expectFooterOnEveryPage(focus, 'Fokusliste juni 2021')
    const focusText = focus.join('\n')
    expect(focusText).toContain(`${list.entries.filter((e) => e.focus).length} af ${list.entries.length} i fokus`)
    const first = list.entries[0]!
    expect(focusText).toMatch(new RegExp(`1 ${escape(first.pseudonym)} .*${escape(formatScore(first.score))} Top 20 %`))
  }, 120_000)

  it('the quarterly pack keeps its own line: the quarter and the moment the pack was made', async () => {
    const pack = await rt.call('quarterly.make', { projectId, quarter: '2020-Q3', publication: false })
    const stored = await rt.call('quarterly.packs.get', { packId: pack.id })
    const pages = await pdfPagesText(Buffer.from(stored.contentBase64, 'base64'))
    pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} af ${pages.length}`)
      expect(page).toContain('Flere skal med 2 · 3. kvartal 2020 · Dannet 01.02.2022 kl.')
    })
  })
})

describe('table headers never break inside a word', () => {
  it('the KPI report’s monthly table shows its long Danish headers whole', async () => {
    const pages = await printed(`/print/projekt/${projectId}/kpi`)
    const table = pages.find((p) => p.includes('KPI’er pr. måned'))!
    // Each header's lines, read in order: a word cut in two («uddannels e») would not match.
    for (const head of ['Løntimer eller uddannelse', 'Virksomhedsrettet indsats', 'Virksomhedspraktik', 'Afsluttet til job/uddannelse', 'CV opdateret']) {
      expect(table).toContain(head)
    }
  })
})
