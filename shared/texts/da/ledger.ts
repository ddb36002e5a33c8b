// Danish texts of the ledger: postings, corrections and imports of postings.

export const ledger = {
  ui: {
    title: 'Regnskab',
    tabs: { ledger: 'Posteringer', accounts: 'Delregnskab og slutregnskab', export: 'Revisoreksport', import: 'Import af posteringer' },
    filters: 'Filtrér',
    from: 'Fra dato',
    to: 'Til dato',
    line: 'Budgetpost',
    allLines: 'Alle budgetposter',
    staff: 'Medarbejder',
    allStaff: 'Alle',
    source: 'Kilde',
    allSources: 'Alle kilder',
    no: 'Nr.',
    date: 'Dato',
    hours: 'Timer',
    rate: 'Timesats',
    amount: 'Beløb',
    documentRef: 'Bilag',
    text: 'Tekst',
    total: 'I alt',
    totalByLine: 'Pr. budgetpost',
    postings: (n: number) => `${n} posteringer`,
    reversedBy: (id: number) => `Tilbageført af nr. ${id}`,
    reverses: (id: number) => `Tilbagefører nr. ${id}`,
    newPosting: 'Ny postering',
    correct: 'Ret',
    createTitle: 'Ny postering',
    amountHelp: 'Beløb i kroner, fx 12.500,00. En kreditering skrives med minus.',
    correctTitle: (id: number) => `Ret postering nr. ${id}`,
    correctInfo: 'En postering rettes aldrig: den tilbageføres med en modpostering, og en ny postering bogføres i stedet, så historikken står i regnskabet.',
    reason: 'Begrundelse',
    reversalDate: 'Dato for tilbageførslen',
    reversalDateHelp: 'Tom: samme dato som den oprindelige postering. Ligger den i en lukket periode, vælges en dato efter perioden.',
    withReplacement: 'Bogfør en ny postering i stedet',
    create: 'Bogfør',
    reverse: 'Tilbagefør',
    empty: 'Der er ingen posteringer endnu. Løn bogføres, når en måned godkendes under Timer.',
    timesheetHint: 'Løn fra en godkendt måned rettes ved at låse måneden op under Timer.'
  },

  sources: { timesheet: 'Timeseddel', manual: 'Manuel', import: 'Import' } as Record<string, string>,
  timesheetRef: (month: string, name: string) => `Timeseddel ${month} ${name}`,
  weekRef: (week: number, isoYear: number, name: string) => `Timeseddel uge ${week} ${isoYear} ${name}`,
  weekSalaryText: (name: string, week: string, month: string, hours: string, rate: string, from: string, to: string) =>
    `Løn ${name}, ${week}, ${month} (${from}–${to}): ${hours} godkendte timer × ${rate}`,
  excludingWeeks: (weeks: string) => ` (undtagen dagene i ${weeks}, som er bogført med ugens godkendelse)`,
  takenOverFromWeek: (week: string) => ` (dagene var bogført med ${week}, som er låst op)`,
  takenOverFromMonth: (month: string) => ` (dagene var bogført med ${month}, som er låst op)`,
  statementRef: (month: string, name: string) => `Ledelseserklæring ${month} ${name}`,
  salaryText: (mode: 'timesheet' | 'statement', name: string, month: string, hours: string, rate: string, from: string, to: string) =>
    mode === 'statement'
      ? `Løn ${name}, ${month} (${from}–${to}): ${hours} normtimer × ${rate} (ledelseserklæring)`
      : `Løn ${name}, ${month} (${from}–${to}): ${hours} godkendte timer × ${rate}`,
  reversalText: (id: number, reason: string) => `Tilbageførsel af postering nr. ${id}: ${reason}`,
  importedText: (file: string, line: number) => `Importeret fra ${file}, linje ${line}`
} as const
