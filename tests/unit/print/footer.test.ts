import { describe, expect, it } from 'vitest'
import { pageFooterOptions } from '../../../services/print/printer'

describe('the page foot every PDF is printed with', () => {
  it('numbers every page «Side N af M» and prints the print route’s line, escaped', () => {
    const o = pageFooterOptions({}, 'Flere skal med <2> · Referat · Dannet 01.02.2022 kl. 10:00')
    expect(o.displayHeaderFooter).toBe(true)
    expect(o.footerTemplate).toContain('Side <span class="pageNumber"></span> af <span class="totalPages"></span>')
    expect(o.footerTemplate).toContain('Flere skal med &lt;2&gt; · Referat · Dannet 01.02.2022 kl. 10:00')
  })

  it('uses the caller’s own line (the quarterly pack’s) before the route’s, and numbers pages without either', () => {
    expect(pageFooterOptions({ footer: 'Pakken' }, 'Ruten').footerTemplate).toContain('<span>Pakken</span>')
    expect(pageFooterOptions({}, null).footerTemplate).toContain('class="pageNumber"')
  })
})
