// The revisor export's own zip writer (services/io/zipFile.ts): what it writes opens in another
// reader with the same files, its hash is the file's, and a zip past the format's limits is refused
// with the Danish rule (a DomainError the user sees, not an unknown error).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createZipFile } from '../../../services/io/zipFile'
import { DomainError } from '@shared/errors'
import { da } from '@shared/texts/da'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-zip-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('zip file', () => {
  it('writes entries another reader opens with the same bytes, and reports the file’s SHA-256', async () => {
    const file = path.join(dir, 'a.zip')
    const zip = createZipFile(file, { date: new Date(2026, 11, 7, 12, 0, 0), background: true })
    zip.add('01_posteringer.csv', 'dato;beløb\n29.01.2020;2.235.074,00\n')
    const e = zip.entry('ark.xml')
    for (let i = 0; i < 2000; i++) e.write(`<row r="${i}"><c>Ærø ${i}</c></row>`)
    e.end()
    const { bytes, sha256 } = await zip.close()

    const onDisk = fs.readFileSync(file)
    expect(bytes).toBe(onDisk.length)
    expect(sha256).toBe(createHash('sha256').update(onDisk).digest('hex'))
    const read = await JSZip.loadAsync(onDisk)
    expect(Object.keys(read.files).sort()).toEqual(['01_posteringer.csv', 'ark.xml'])
    expect(await read.file('01_posteringer.csv')!.async('string')).toBe('dato;beløb\n29.01.2020;2.235.074,00\n')
    const xml = await read.file('ark.xml')!.async('string')
    expect(xml.startsWith('<row r="0"><c>Ærø 0</c></row>')).toBe(true)
    expect(xml.endsWith('<row r="1999"><c>Ærø 1999</c></row>')).toBe(true)
  })

  it('refuses more files than a zip can list with the Danish rule, as a DomainError', async () => {
    const zip = createZipFile(path.join(dir, 'b.zip'), { date: new Date(2026, 11, 7) })
    for (let i = 0; i < 0xffff; i++) zip.add(`${i}.txt`, '')
    const refused = await zip.close().then(
      () => null,
      (e: unknown) => e
    )
    expect(refused).toBeInstanceOf(DomainError)
    expect((refused as DomainError).code).toBe('rule')
    expect((refused as DomainError).message).toBe(da.export.zipTooLarge)
  })
})
