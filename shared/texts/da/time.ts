// Danish UI text for the time, ledger, accounts and export screens (sections "Timer" and "Regnskab").
const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const

/** `2020-03` → `marts 2020` */
function monthLabel(month: string): string {
  const [y, mm] = month.split('-')
  return `${monthNames[Number(mm) - 1] ?? mm} ${y}`
}

export const time = {
  monthNames,
  monthLabel,
  weekdaysShort: ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'] as const,
  dayOffNames: {
    christmasEve: 'Juleaftensdag',
    newYearsEve: 'Nytårsaftensdag',
    mayDay: '1. maj (fri om eftermiddagen)',
    constitutionDay: 'Grundlovsdag (fri om eftermiddagen)'
  },
  defaultActivities: ['Borgerrettet indsats', 'Virksomhedskontakt', 'Projektledelse', 'Administration og dokumentation'],
  rules: {
    notHours: (text: string) => `«${text}» er ikke et antal timer. Skriv fx 7,4 eller 7:24.`,
    negative: 'Timer kan ikke være negative.',
    dayOver24: (hours: string) => `Der kan højst registreres 24 timer på en dag (her ${hours} timer).`,
    outsideProject: (date: string, from: string, to: string) => `${date} ligger uden for projektperioden ${from}–${to}.`,
    beforeEmployment: (name: string, date: string, from: string) => `${date} ligger før ${name}s ansættelse i projektet (fra ${from}).`,
    afterEmployment: (name: string, date: string, to: string) => `${date} ligger efter ${name}s ansættelse i projektet (til ${to}).`
  },
  imports: {
    missingColumn: (label: string) => `Kolonnen «${label}» mangler i filens første linje.`,
    required: (label: string) => `«${label}» skal udfyldes.`,
    unknownStaff: (name: string) => `Medarbejderen «${name}» findes ikke i projektet.`,
    notDate: (text: string) => `«${text}» er ikke en dato. Skriv fx 06.01.2020.`,
    unknownActivity: (name: string, list: string) => `Aktiviteten «${name}» findes ikke i projektet. Projektets aktiviteter: ${list}.`,
    zeroHours: 'Timer skal være mere end 0.',
    unknownLine: (title: string, year: number, list: string) =>
      list ? `Budgetposten «${title}» findes ikke i ${year}. Budgetposter i ${year}: ${list}.` : `Budgetposten «${title}» findes ikke: projektet har ingen budgetposter i ${year}.`,
    notAmount: (text: string) => `«${text}» er ikke et beløb. Skriv fx 1.234,50.`,
    zeroAmount: 'Beløbet må ikke være 0,00 kr.',
    documentRefRequired: '«Bilag» skal udfyldes: hver postering skal kunne føres tilbage til et bilag.',
    amountNotHoursTimesRate: (amount: string, hours: string, rate: string, expected: string) =>
      `Beløbet ${amount} svarer ikke til timer × timesats (${hours} × ${rate} = ${expected}).`
  },
  fields: {
    staffId: 'Medarbejder',
    month: 'Måned',
    weekStart: 'Ugens mandag',
    cells: 'Timer',
    minutes: 'Timer',
    activityId: 'Aktivitet',
    date: 'Dato',
    signerName: 'Navn',
    approverName: 'Godkendt af (navn)',
    approverRole: 'Stilling',
    reason: 'Begrundelse',
    budgetLineId: 'Budgetpost',
    postingId: 'Postering',
    documentRef: 'Bilag',
    description: 'Tekst',
    hourlyRateOre: 'Timesats',
    fileName: 'Fil',
    contentBase64: 'Fil',
    periodFrom: 'Periode fra',
    periodTo: 'Periode til',
    signedByName: 'Underskrevet af (navn)',
    signedByTitle: 'Stilling',
    signedOn: 'Underskriftsdato',
    statementText: 'Påtegning',
    activities: 'Aktiviteter',
    name: 'Navn',
    kind: 'Art'
  } as Record<string, string>
} as const
