import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRINT_ROUTES, isKnownPrintRoute } from '@shared/api/printRoutes'
import { createChromiumPrinter } from '../../../services/print/chromium'

function rendererPrintPaths(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...rendererPrintPaths(full))
    else if (/\.tsx?$/.test(entry.name)) for (const m of fs.readFileSync(full, 'utf8').matchAll(/path[:=]\s*["'](print\/[^"']+)["']/g)) out.push(m[1]!)
  }
  return out
}

describe('the print routes shared by the renderer and the print service', () => {
  it('the renderer’s print router has exactly the shared list', () => {
    expect(rendererPrintPaths(path.resolve('renderer/src')).sort()).toEqual([...PRINT_ROUTES].sort())
  })

  it('matches known routes and refuses others', () => {
    expect(isKnownPrintRoute('/print/revisor/3')).toBe(true)
    expect(isKnownPrintRoute('/print/kvartal/3/2020-Q3/offentlig')).toBe(true)
    expect(isKnownPrintRoute('/print/ukendt/3')).toBe(false)
    expect(isKnownPrintRoute('/print/revisor/3/mere')).toBe(false)
  })

  it('the print service refuses an unknown route at once, without starting Chromium', async () => {
    let started = false
    const printer = createChromiumPrinter('/usr/bin/chromium', async () => {
      started = true
      return { signInUrl: () => 'http://127.0.0.1:1/?token=x' }
    })
    await expect(printer.printRoute('/print/ukendt/1')).rejects.toThrow('Udskriften «/print/ukendt/1» findes ikke.')
    expect(started).toBe(false)
    await printer.close()
  })
})
