// The domain list is the partition of every layer (README «Architecture»): a folder or file that a
// layer names after a domain is one of DOMAINS, and everything else in that layer is one of the few
// named helpers beside them. A new domain, or one renamed in one layer only, fails here.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DOMAINS } from '../../../services/contractParts'

const root = path.resolve(__dirname, '../../..')

function entries(dir: string, kind: 'dirs' | 'ts'): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => (kind === 'dirs' ? e.isDirectory() : e.isFile() && /\.tsx?$/.test(e.name)))
    .map((e) => e.name.replace(/\.tsx?$/, ''))
    .sort()
}

/** Each layer: where it names its domains, which domains it must name, and its helpers that are not domains. */
const layers: { dir: string; kind: 'dirs' | 'ts'; helpers: string[]; without?: string[] }[] = [
  { dir: 'shared/api', kind: 'ts', helpers: ['channel', 'contract', 'define', 'printRoutes', 'schemas', 'validation', 'wellFormed'] },
  { dir: 'services', kind: 'dirs', helpers: ['db', 'demo', 'io', 'print'] },
  { dir: 'tests/integration', kind: 'dirs', helpers: ['print'] },
  // Pools, staff and prioritisation share a file of texts with the domain they are shown beside.
  { dir: 'shared/texts/da', kind: 'ts', helpers: ['common', 'index', 'shell'], without: ['pools', 'staff', 'prioritisation'] },
  // The drawer follows the product's sections: the project's own pages, the start page, settings.
  { dir: 'renderer/src/features', kind: 'dirs', helpers: ['project', 'settings', 'start'], without: ['core', 'pools', 'staff', 'ledger', 'export', 'audit'] }
]

describe('every layer follows the one list of domains', () => {
  for (const layer of layers) {
    it(`${layer.dir}: a part for each domain, and nothing else but its named helpers`, () => {
      const expected = [...DOMAINS.filter((d) => !layer.without?.includes(d)), ...layer.helpers].sort()
      expect(entries(layer.dir, layer.kind)).toEqual(expected)
    })
  }

  it('shared/domain: its folders are domains (the shared units stand beside them as files)', () => {
    for (const folder of entries('shared/domain', 'dirs')) expect(DOMAINS as readonly string[], folder).toContain(folder)
  })
})
