import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'
import { pdfText } from '../../support/pdf'

// The KPI report for the steering group, through the one print path (the built renderer).
let rt: TestRuntime
beforeAll(async () => {
  rt = await createTestRuntime({ printer: true, now: '2024-03-01T09:00:00.000Z' })
})
afterAll(async () => {
  await rt.close()
})

describe('the KPI report as PDF', () => {
  it("prints the demo's result conditions, the latest month against targets and the monthly table, without names", async () => {
    const { projectId } = await rt.call('demo.open', {})
    const report = await rt.call('participants.kpi.monthly', { projectId })
    const pdf = await rt.call('print.pdf', { route: `/print/projekt/${projectId}/kpi`, fileName: 'kpi.pdf' })
    const text = await pdfText(Buffer.from(pdf.contentBase64, 'base64'))
    expect(text).toContain('KPI-rapport: Flere skal med 2')
    expect(text).toContain('Deltagere vises ikke i denne rapport')
    expect(text).toContain(`Opfyldt: ${report.conditions[1]!.label}. ${report.conditions[1]!.detail}`.replace(/\s+/g, ' '))
    expect(text).toContain('Seneste måned med status: december 2021')
    expect(text).toMatch(/dec\. 2019 20 20 0 0,0 %/)
    expect(text).not.toContain('Borger 0')
    expect(pdf.pages).toBeGreaterThanOrEqual(2)
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, Buffer.from(pdf.contentBase64, 'base64'))
  })
})
