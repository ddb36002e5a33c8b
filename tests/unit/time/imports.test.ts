import { describe, expect, it } from 'vitest'
import { HOURS_COLUMNS, POSTINGS_COLUMNS, parseHoursRows, parsePostingRows, resolveColumns } from '@shared/domain/time/imports'

const bounds = { projectFrom: '2019-12-01', projectTo: '2021-12-31', employedFrom: '2019-12-01', employedTo: null }
const staff = new Map([['jonas holm', { id: 2, name: 'Jonas Holm', bounds }]])
const activities = new Map([['borgerrettet indsats', 1]])

describe('an hours file, row by row', () => {
  it('finds the columns whatever their case, and names a missing one', () => {
    expect(resolveColumns(['medarbejder', 'DATO', 'Aktivitet', 'Timer'], HOURS_COLUMNS)).toEqual({
      columns: { staff: 'medarbejder', date: 'dato', activity: 'aktivitet', hours: 'timer' },
      problems: []
    })
    expect(resolveColumns(['Medarbejder', 'Dato', 'Timer'], HOURS_COLUMNS).problems).toEqual([
      { row: 1, field: 'Aktivitet', message: 'Kolonnen «Aktivitet» mangler i filens første linje.' }
    ])
  })

  it('reports every bad row with its line, column and reason', () => {
    const { columns } = resolveColumns(['Medarbejder', 'Dato', 'Aktivitet', 'Timer'], HOURS_COLUMNS)
    const rows = [
      { line: 2, cells: { medarbejder: 'Jonas Holm', dato: '06.01.2020', aktivitet: 'Borgerrettet indsats', timer: '7,4' } },
      { line: 3, cells: { medarbejder: 'Jonas  holm', dato: '07.01.2020', aktivitet: 'borgerrettet indsats', timer: 'syv' } },
      { line: 4, cells: { medarbejder: 'Ole Olsen', dato: '32.01.2020', aktivitet: 'Borgerrettet indsats', timer: '2' } }
    ]
    const result = parseHoursRows(rows, columns, { staff, activities, activityNames: ['Borgerrettet indsats'] })
    expect(result.rows).toEqual([{ line: 2, staffId: 2, date: '2020-01-06', activityId: 1, minutes: 444, note: '' }])
    expect(result.problems).toEqual([
      { row: 3, field: 'Timer', message: '«syv» er ikke et antal timer. Skriv fx 7,4 eller 7:24.' },
      { row: 4, field: 'Medarbejder', message: 'Medarbejderen «Ole Olsen» findes ikke i projektet.' },
      { row: 4, field: 'Dato', message: '«32.01.2020» er ikke en dato. Skriv fx 06.01.2020.' }
    ])
  })
})

describe('a postings file, row by row', () => {
  const lines = [
    { id: 10, year: 2020, title: 'Revision' },
    { id: 11, year: 2021, title: 'Revision' }
  ]
  const { columns } = resolveColumns(['Dato', 'Budgetpost', 'Beløb', 'Bilag', 'Tekst', 'Timer', 'Timesats'], POSTINGS_COLUMNS)

  it('finds the budget line of the date’s year by its title', () => {
    const r = parsePostingRows(
      [{ line: 2, cells: { dato: '2021-03-01', budgetpost: 'revision', beløb: '12.500,00', bilag: 'F-1', tekst: 'Revisor' } }],
      columns,
      {
        projectFrom: '2019-12-01',
        projectTo: '2021-12-31',
        lines,
        staff
      }
    )
    expect(r.problems).toEqual([])
    expect(r.rows[0]).toMatchObject({ budgetLineId: 11, amountOre: 1250000, documentRef: 'F-1' })
  })

  it('refuses a missing document reference, an unknown line, and an amount that is not hours × rate', () => {
    const r = parsePostingRows(
      [
        { line: 2, cells: { dato: '01.03.2020', budgetpost: 'Revision', beløb: '100,00', bilag: '' } },
        { line: 3, cells: { dato: '01.03.2019', budgetpost: 'Revision', beløb: '100,00', bilag: 'B' } },
        { line: 4, cells: { dato: '01.03.2020', budgetpost: 'Kurser', beløb: '100,00', bilag: 'C' } },
        { line: 5, cells: { dato: '01.03.2020', budgetpost: 'Revision', beløb: '1.000,00', bilag: 'D', timer: '7,4', timesats: '300,00' } }
      ],
      columns,
      { projectFrom: '2019-12-01', projectTo: '2021-12-31', lines, staff }
    )
    expect(r.rows).toEqual([])
    expect(r.problems).toEqual([
      { row: 2, field: 'Bilag', message: '«Bilag» skal udfyldes: hver postering skal kunne føres tilbage til et bilag.' },
      { row: 3, field: 'Dato', message: '01.03.2019 ligger uden for projektperioden 01.12.2019–31.12.2021.' },
      { row: 3, field: 'Budgetpost', message: 'Budgetposten «Revision» findes ikke: projektet har ingen budgetposter i 2019.' },
      { row: 4, field: 'Budgetpost', message: 'Budgetposten «Kurser» findes ikke i 2020. Budgetposter i 2020: Revision.' },
      { row: 5, field: 'Beløb', message: 'Beløbet 1.000,00 kr. svarer ikke til timer × timesats (7,40 × 300,00 kr. = 2.220,00 kr.).' }
    ])
  })
})
