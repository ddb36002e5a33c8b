// `puljestyr budget --db FILE --project ID --json`: the built CLI prints the approved budget,
// spending and remaining per line and year, and the totals; the same figures as the spending view.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const cli = path.resolve(__dirname, '..', '..', '..', 'bin', 'puljestyr.cjs')
let dir: string
let db: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-budget-cli-'))
  db = path.join(dir, 'demo.db')
  execFileSync(process.execPath, [cli, 'demo', '--db', db])
})
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('puljestyr budget', () => {
  it('--json prints the approved budget per line and year with spending, remaining and totals', () => {
    const out = JSON.parse(execFileSync(process.execPath, [cli, 'budget', '--db', db, '--project', '1', '--as-of', '2021-06-30', '--json']).toString())
    expect(out.asOf).toBe('2021-06-30')
    expect(out.approvedVersion).toMatchObject({ number: 2, title: 'Sundhedskoordinator i step-up-indsatsen' })
    // Spending is the demo's ledger (the time domain's salary postings and invoices) up to the date.
    const ledger = JSON.parse(execFileSync(process.execPath, [cli, 'ledger', '--db', db, '--project', '1', '--to', '2021-06-30', '--json']).toString())
    const spent = (year: number) => ledger.byLine.filter((l: { year: number }) => l.year === year).reduce((s: number, l: { amountOre: number }) => s + l.amountOre, 0)
    expect(spent(2020)).toBeGreaterThan(0)
    expect(out.years.map((y: { year: number; budgetOre: number; grantOre: number; spentOre: number; remainingOre: number }) => [y.year, y.grantOre, y.budgetOre, y.spentOre, y.remainingOre])).toEqual([
      [2019, 63121500, 63121500, spent(2019), 63121500 - spent(2019)],
      [2020, 85880500, 85880500, spent(2020), 85880500 - spent(2020)],
      [2021, 74505300, 74505300, spent(2021), 74505300 - spent(2021)]
    ])
    expect(out.totals).toMatchObject({ grantAmountOre: 223507400, budgetOre: 223507300, spentOre: ledger.totalOre, remainingOre: 223507300 - ledger.totalOre, budgetVsGrantOre: -100 })
    const coordinator = out.lines.find((l: { categoryKey: string }) => l.categoryKey === 'socialHealthStaff')
    expect(coordinator).toMatchObject({ year: 2021, title: 'Sundhedskoordinator (step-up)', budgetOre: 11702400, spentOre: 0, remainingOre: 11702400 })
    expect(out.lines).toHaveLength(11)
  })

  it('before the revision was approved, the budget in force is the original one', () => {
    const out = JSON.parse(execFileSync(process.execPath, [cli, 'budget', '--db', db, '--project', '1', '--as-of', '2021-03-18', '--json']).toString())
    expect(out.approvedVersion.number).toBe(1)
    expect(out.lines.some((l: { categoryKey: string }) => l.categoryKey === 'socialHealthStaff')).toBe(false)
  })

  it('an unknown project ends with a non-zero exit code and one Danish line on stderr', () => {
    const r = spawnSync(process.execPath, [cli, 'budget', '--db', db, '--project', '99', '--json'])
    expect(r.status).not.toBe(0)
    expect(r.stderr.toString().trim()).toBe('puljestyr: Projekt 99 findes ikke.')
  })
})
