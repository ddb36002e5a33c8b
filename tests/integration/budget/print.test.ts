// The printable revision request, through the one print path (print.pdf): old and new lines, the
// changes and the reason, as a revisor or STAR would read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfText } from '../../support/pdf'

let rt: TestRuntime
beforeAll(async () => {
  rt = await createTestRuntime({ printer: true })
})
afterAll(async () => {
  await rt.close()
})

describe('the revision request as PDF', () => {
  it('lists the reason, what changes, the old and the new lines, and the budget against the grant', async () => {
    const { projectId } = await rt.call('demo.open', {})
    const revision = (await rt.call('budget.overview', { projectId })).versions.find((v) => v.number === 4)!
    const pdf = await rt.call('print.pdf', { route: `/print/budget/${projectId}/version/${revision.id}`, fileName: 'ansøgning.pdf' })
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('Ansøgning om budgetændring')
    expect(text).toContain('Herning Kommune')
    expect(text).toContain('Begrundelse for ændringen')
    expect(text).toContain('ompostere 93.600,00 kr. i 2021 fra jobformidlerne (225 timer hver)')
    expect(text).toMatch(/Jobformidlere \(Jobformidlere\) Ændret 588\.640,00 kr\. 495\.040,00 kr\. -93\.600,00 kr\./)
    expect(text).toMatch(/Sundhedskoordinator \(step-up\) \(Social- og sundhedsfagligt personale\) Ny post – 93\.600,00 kr\. 93\.600,00 kr\./)
    expect(text).toContain('Budget før ændringen (version 3)')
    expect(text).toContain('Budget efter ændringen')
    expect(text).toContain('Ændringen gennemføres først, når STAR’s skriftlige godkendelse foreligger.')
    expect(text).toMatch(/Tilsagnsbeløb 2\.235\.074,00 kr\. 2\.235\.073,00 kr\. -1,00 kr\./)
  })

  it('a move between years prints with the note that it needs no approval from STAR', async () => {
    const { projectId } = await rt.call('demo.open', {})
    const move = (await rt.call('budget.overview', { projectId })).versions.find((v) => v.number === 2)!
    const pdf = await rt.call('print.pdf', { route: `/print/budget/${projectId}/version/${move.id}`, fileName: 'flytning.pdf' })
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('Uforbrugte midler fra 2019 flyttes til 2020 og 2021')
    expect(text).toContain('Ændringen flytter kun midler mellem år inden for projektperioden og kræver efter puljens regler ikke STAR’s godkendelse.')
    expect(text).toContain('Budget før ændringen (version 1)')
  })

  it('the original budget prints as a budget with its lines and year totals', async () => {
    const { projectId } = await rt.call('demo.open', {})
    const original = (await rt.call('budget.overview', { projectId })).versions[0]!
    const pdf = await rt.call('print.pdf', { route: `/print/budget/${projectId}/version/${original.id}`, fileName: 'budget.pdf' })
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('Oprindeligt budget (ansøgningen) (version 1)')
    expect(text).toMatch(/I alt 2019 631\.215,00 kr\./)
    expect(text).toMatch(/I alt 2021 745\.053,00 kr\./)
    expect(text).not.toContain('Ansøgning om budgetændring')
  })
})
