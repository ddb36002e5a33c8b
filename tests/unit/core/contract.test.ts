import { describe, expect, it } from 'vitest'
import { coreApi } from '@shared/api/core'
import { apiContract, contractParts, methodDomain } from '@shared/api/contract'
import { parseInput, validationError } from '@shared/api/validation'
import { checkMigrationPrefix } from '../../../services/db/open'
import { DOMAINS, domainOfMethod } from '../../../services/contractParts'

describe('the API contract', () => {
  it('declares every method once, across all domains', () => {
    const all = Object.values(contractParts).flatMap((d) => Object.keys(d))
    expect(new Set(all).size).toBe(all.length)
    expect(Object.keys(apiContract).length).toBe(all.length)
  })

  it('names each method after its domain, one file per domain', () => {
    // The one list of domains (services/contractParts.ts), in the contract's order.
    expect(Object.keys(contractParts)).toEqual([...DOMAINS])
    // Core also carries the app-wide methods (app, projects, demo, print).
    const prefixOf = (name: string) => name.split('.')[0]!
    for (const [name, domain] of Object.entries(methodDomain)) {
      if (domain === 'core') expect(['app', 'projects', 'demo', 'print']).toContain(prefixOf(name))
      else expect(prefixOf(name)).toBe(domain)
    }
  })

  it("the registry's lazy loading finds every method's domain from its name alone", () => {
    for (const [name, domain] of Object.entries(methodDomain)) expect(domainOfMethod(name), name).toBe(domain)
    expect(domainOfMethod('core.anything')).toBeNull()
    expect(domainOfMethod('projects')).toBeNull()
    expect(domainOfMethod('toString.x')).toBeNull()
  })

  it('names the field and the rule in Danish when input is malformed', () => {
    const parsed = parseInput(coreApi['projects.create'].input, {
      poolId: 1,
      municipality: '',
      title: 'X',
      periodStart: '2020-02-30',
      periodEnd: '2020-12-31',
      amountAppliedOre: 1.5,
      grantAmountOre: 0
    })
    expect(parsed.success).toBe(false)
    const error = validationError(parsed.error!)
    expect(error.code).toBe('validation')
    const messages = error.details!.map((d) => d.message)
    expect(messages).toContain('Feltet «Kommune» skal udfyldes.')
    expect(messages).toContain('Feltet «Startdato» skal være en dato (dd.mm.åååå).')
    expect(messages).toContain('Feltet «Ansøgt beløb» skal være et helt tal.')
  })
})

describe('migrations', () => {
  const known = ['0001_core', '0002_budget']
  it('accepts a database that applied a prefix of this version’s migrations', () => {
    expect(() => checkMigrationPrefix([], known, 'x.db')).not.toThrow()
    expect(() => checkMigrationPrefix(['0001_core'], known, 'x.db')).not.toThrow()
  })
  it('refuses a database written by a newer version', () => {
    expect(() => checkMigrationPrefix(['0001_core', '0002_budget', '0003_future'], known, 'x.db')).toThrow(/nyere version/)
  })
  it('refuses a database whose migrations are not a prefix of ours', () => {
    expect(() => checkMigrationPrefix(['0001_core', '0002_other'], ['0001_core', '0002_budget', '0003_x'], 'x.db')).toThrow(/ikke kender/)
  })
})
