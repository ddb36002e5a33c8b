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
    expect(out.inForceVersion).toMatchObject({ number: 4, title: 'Sundhedskoordinator i step-up-indsatsen' })
    expect(out).not.toHaveProperty('approvedVersion') // one name, as the API's (issue #13)
    // Spending is the demo's ledger (the time domain's salary postings and invoices) up to the date.
    const ledger = JSON.parse(execFileSync(process.execPath, [cli, 'ledger', '--db', db, '--project', '1', '--to', '2021-06-30', '--json']).toString())
    const spent = (year: number) =>
      ledger.byLine.filter((l: { year: number }) => l.year === year).reduce((s: number, l: { amountOre: number }) => s + l.amountOre, 0)
    expect(spent(2021)).toBeGreaterThan(0)
    // The budget per year is the budget in force (unspent money moved between years), not the grant's split
    type Year = { year: number; budgetOre: number; grantOre: number; spentOre: number; remainingOre: number }
    const grant: Record<number, number> = { 2019: 63121500, 2020: 85880500, 2021: 74505300 }
    expect(out.years.map((y: Year) => [y.year, y.grantOre, y.spentOre, y.remainingOre])).toEqual(
      out.years.map((y: Year) => [y.year, grant[y.year], spent(y.year), y.budgetOre - spent(y.year)])
    )
    expect(out.years.find((y: Year) => y.year === 2019).budgetOre).toBeLessThan(63121500)
    expect(out.years.reduce((s: number, y: Year) => s + y.budgetOre, 0)).toBe(223507300)
    expect(out.totals).toMatchObject({
      grantAmountOre: 223507400,
      budgetOre: 223507300,
      spentOre: ledger.totalOre,
      remainingOre: 223507300 - ledger.totalOre,
      budgetVsGrantOre: -100
    })
    // The health coordinator started 01.04.2021: April and May are approved and posted by 30.06.2021
    const coordinator = out.lines.find((l: { categoryKey: string }) => l.categoryKey === 'socialHealthStaff')
    const coordinatorSpent = ledger.byLine.find((l: { title: string }) => l.title === 'Sundhedskoordinator (step-up)').amountOre
    expect(coordinatorSpent).toBeGreaterThan(0)
    expect(coordinator).toMatchObject({
      year: 2021,
      title: 'Sundhedskoordinator (step-up)',
      budgetOre: 9360000,
      spentOre: coordinatorSpent,
      remainingOre: 9360000 - coordinatorSpent
    })
    expect(out.lines).toHaveLength(11)
  })

  it('before STAR approved the revision, the budget in force is the one after the moves between years', () => {
    const out = JSON.parse(execFileSync(process.execPath, [cli, 'budget', '--db', db, '--project', '1', '--as-of', '2021-03-18', '--json']).toString())
    expect(out.inForceVersion).toMatchObject({ number: 3, status: 'registered' })
    expect(out.lines.some((l: { categoryKey: string }) => l.categoryKey === 'socialHealthStaff')).toBe(false)
    const original = JSON.parse(execFileSync(process.execPath, [cli, 'budget', '--db', db, '--project', '1', '--as-of', '2020-03-08', '--json']).toString())
    expect(original.inForceVersion.number).toBe(1)
    // The text says «Gældende» (in force), not «Godkendt»: version 3 was registered, never sent to STAR.
    const text = execFileSync(process.execPath, [cli, 'budget', '--db', db, '--project', '1', '--as-of', '2021-03-18']).toString()
    expect(text.split('\n')[0]).toMatch(/^Gældende budget pr\. 18\.03\.2021: version 3, /)
    expect(original.years.map((y: { budgetOre: number }) => y.budgetOre)).toEqual([63121500, 85880500, 74505300])
  })

  it('an unknown project ends with a non-zero exit code and one Danish line on stderr', () => {
    const r = spawnSync(process.execPath, [cli, 'budget', '--db', db, '--project', '99', '--json'])
    expect(r.status).not.toBe(0)
    expect(r.stderr.toString().trim()).toBe('puljestyr: Projekt 99 findes ikke.')
  })
})
