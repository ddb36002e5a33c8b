// Danish UI text for the time, ledger, accounts and export screens (sections "Timer" and "Regnskab").
const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const

/** `2020-03` → `marts 2020` */
function monthLabel(month: string): string {
  const [y, mm] = month.split('-')
  return `${monthNames[Number(mm) - 1] ?? mm} ${y}`
}

const categories: Record<string, string> = {
  caseworker: 'Sagsbehandler',
  jobBroker: 'Jobformidler',
  companyConsultant: 'Virksomhedskonsulent',
  socialHealthStaff: 'Social- og sundhedsfagligt personale',
  projectManagement: 'Projektledelse',
  audit: 'Revision',
  progressionTool: 'Progressionsværktøj'
}

const statusLabels = { open: 'Åben', signed: 'Underskrevet', approved: 'Godkendt' } as const
const accountKinds = { interim: 'Delregnskab', final: 'Slutregnskab' } as const

export const time = {
  categoryLabel: (key: string) => categories[key] ?? key,
  status: statusLabels,
  errors: {
    staffNotFound: (id: number) => `Medarbejder ${id} findes ikke i projektet.`,
    duplicateActivity: (name: string) => `Aktiviteten «${name}» står mere end én gang.`,
    activityNotFound: (id: number) => `Aktivitet ${id} findes ikke i projektet.`,
    noActiveActivity: 'Mindst én aktivitet skal være aktiv, så der kan registreres timer.',
    activityHasHours: (name: string, count: number) => `Aktiviteten «${name}» har ${count} registreringer og kan ikke slettes. Gør den inaktiv i stedet.`,
    statementStaffNoTimesheet: (name: string) => `${name} er ansat 100 % i projektet og dokumenteres med en månedlig ledelseserklæring, ikke med timesedler.`,
    dateNotInWeek: (date: string) => `${date} ligger ikke i den viste uge.`,
    duplicateCell: (date: string) => `Timerne for ${date} og aktiviteten står mere end én gang.`,
    monthApproved: (name: string, month: string) => `${name}s timer for ${month} er godkendt og dermed låst. Lås måneden op med en begrundelse for at rette dem.`,
    monthSigned: (name: string, month: string) => `${name} har underskrevet ${month}. Træk underskriften tilbage (lås måneden op med en begrundelse) for at rette timerne.`,
    periodClosed: (date: string, account: string, signedOn: string, signer: string) =>
      `${date} ligger i en lukket periode: ${account} er underskrevet ${signedOn} af ${signer}. Ændringer i perioden afvises.`,
    monthClosed: (month: string, account: string, signedOn: string, signer: string) =>
      `${month} ligger i en lukket periode: ${account} er underskrevet ${signedOn} af ${signer}. Ændringer i perioden afvises.`,
    unlockClosed: (name: string, month: string, account: string, signedOn: string) =>
      `${name}s timer for ${month} kan ikke låses op: de indgår i ${account}, som er underskrevet ${signedOn}. Godkendte timer kan ikke ændres efter et underskrevet regnskab.`,
    monthOutsideSpan: (name: string, month: string) => `${month} ligger uden for projektperioden eller ${name}s ansættelse i projektet.`,
    monthNotFound: (month: string) => `Måneden ${month} findes ikke for medarbejderen.`,
    alreadyStatus: (name: string, month: string, status: string) => `${name}s ${month} er allerede ${status.toLowerCase()}.`,
    notSigned: (name: string, month: string) => `${name} har ikke underskrevet ${month} endnu. Medarbejderen underskriver sin måned, før en leder godkender den.`,
    notLocked: (name: string, month: string) => `${name}s ${month} er hverken underskrevet eller godkendt, så der er intet at låse op.`,
    noBudgetLine: (name: string, year: number, category: string) =>
      `Der er ingen budgetpost i ${year} for kategorien «${category}», som ${name}s løn kan bogføres på. Opret budgetposten under Budget, før måneden godkendes.`,
    chooseBudgetLine: (name: string, year: number, category: string, list: string) =>
      `Projektet har flere budgetposter for «${category}» i ${year} (${list}). Vælg under Timer → Indstillinger, hvilken ${name}s løn bogføres på.`,
    lineNotForStaff: (name: string, year: number, category: string) => `Budgetposten er ikke en post for «${category}» i ${year}, så ${name}s løn kan ikke bogføres på den.`,
    noRate: (name: string, dates: string, count: number) =>
      `${name} har ingen timesats, der gælder ${dates}${count > 3 ? ` (og ${count - 3} dage mere)` : ''}. Opret satsen under Budget → Medarbejdere, før måneden godkendes.`,
    hoursOutsideEmployment: (name: string, dates: string) => `${name} har timer uden for ansættelsen i projektet (${dates}). Ret timerne, før måneden godkendes.`,
    postingNotFound: (id: number) => `Postering nr. ${id} findes ikke i projektet.`,
    lineNotFound: (id: number) => `Budgetpost ${id} findes ikke i projektet.`,
    lineWrongYear: (title: string, year: number, date: string) => `Budgetposten «${title}» hører til ${year}, men posteringen er dateret ${date}. Vælg en budgetpost for posteringens år.`,
    cannotReverseReversal: (id: number) => `Postering nr. ${id} er selv en tilbageførsel og kan ikke tilbageføres. Bogfør i stedet en ny postering.`,
    alreadyReversed: (id: number, by: number) => `Postering nr. ${id} er allerede tilbageført af postering nr. ${by}.`,
    timesheetPostingCorrection: (id: number) =>
      `Postering nr. ${id} er løn fra en godkendt måned. Ret den ved at låse måneden op under Timer (med en begrundelse): så tilbageføres lønnen, og den bogføres igen, når måneden er godkendt.`,
    emptyFile: (name: string) => `Filen «${name}» indeholder ingen rækker under overskriftslinjen.`,
    importRefused: (name: string, rows: number, first: string) =>
      `Filen «${name}» er ikke importeret: ${rows === 1 ? '1 række har' : `${rows} rækker har`} fejl, og intet er ændret. ${first}`,
    problemLine: (row: number, field: string, message: string) => `Linje ${row}, kolonne «${field}»: ${message}`,
    duplicateRow: (line: number) => `Rækken er magen til linje ${line} (samme dato, budgetpost, beløb, bilag og tekst).`,
    hoursAlreadyThere: (name: string, date: string, activity: string, there: string, file: string) =>
      `${name} har allerede ${there} timer ${date} på «${activity}»; filen har ${file}. Ret timerne i ugesedlen eller i filen.`,
    periodOrder: 'Periodens slutdato skal ligge efter startdatoen.',
    accountOutsideProject: (from: string, to: string) => `Regnskabets periode skal ligge inden for projektperioden ${from}–${to}.`,
    finalWholePeriod: (from: string, to: string) => `Et slutregnskab dækker hele projektperioden ${from}–${to}.`,
    accountNotFound: (id: number) => `Regnskab nr. ${id} findes ikke i projektet.`,
    accountNotSigned: 'Regnskabet er ikke underskrevet, så det kan ikke trækkes tilbage.',
    signedInFuture: 'Underskriftsdatoen kan ikke ligge efter i dag.'
  },
  cli: {
    importDescription: 'importér timer (hours) eller posteringer (postings) fra CSV eller XLSX: alle rækker eller ingen',
    importKind: 'hours eller postings',
    importFile: 'filen (.csv som dansk Excel gemmer den, eller .xlsx)',
    projectOption: 'projektets id (se «puljestyr projects»)',
    projectLabel: 'Projektets id',
    jsonOption: 'som JSON',
    fromOption: 'fra dato (åååå-mm-dd)',
    toOption: 'til dato (åååå-mm-dd)',
    outOption: 'mappen, eksporten skrives i (oprettes; må ikke indeholde filer i forvejen)',
    unknownImportKind: (kind: string) => `Ukendt import «${kind}»: brug «hours» eller «postings».`,
    cannotRead: (file: string) => `Filen ${file} kan ikke læses.`,
    imported: (n: number, file: string, skipped: number) => `${n === 1 ? '1 række' : `${n} rækker`} importeret fra ${file}${skipped > 0 ? ` (${skipped} fandtes i forvejen og er sprunget over)` : ''}.`,
    alreadyImported: (file: string, on: string) => `${file} er allerede importeret ${on}; intet er ændret.`,
    ledgerDescription: 'vis projektets posteringer med total',
    ledgerTotal: (n: number, total: string) => `${n} posteringer, i alt ${total}`,
    exportDescription: 'skriv revisoreksporten (CSV, XLSX, PDF-resumé og manifest med SHA-256) i en mappe',
    outNotEmpty: (dir: string) => `Mappen ${dir} findes allerede og er ikke tom. Vælg en ny mappe, så eksportens manifest passer til mappens filer.`,
    exported: (n: number, dir: string) => `Revisoreksporten er skrevet: ${n} filer i ${dir}.`
  },
  months: {
    employeeRole: 'Medarbejder',
    defaultStatement: (name: string, month: string, project: string) =>
      `Det bekræftes, at ${name} i ${month} har været ansat 100 % i projektet «${project}» og udelukkende har arbejdet med projektets opgaver.`
  },
  ledger: {
    sources: { timesheet: 'Timeseddel', manual: 'Manuel', import: 'Import' } as Record<string, string>,
    timesheetRef: (month: string, name: string) => `Timeseddel ${month} ${name}`,
    statementRef: (month: string, name: string) => `Ledelseserklæring ${month} ${name}`,
    salaryText: (mode: 'timesheet' | 'statement', name: string, month: string, hours: string, rate: string, from: string, to: string) =>
      mode === 'statement'
        ? `Løn ${name}, ${month} (${from}–${to}): ${hours} normtimer × ${rate} (ledelseserklæring)`
        : `Løn ${name}, ${month} (${from}–${to}): ${hours} godkendte timer × ${rate}`,
    reversalText: (id: number, reason: string) => `Tilbageførsel af postering nr. ${id}: ${reason}`,
    importedText: (file: string, line: number) => `Importeret fra ${file}, linje ${line}`
  },
  accounts: {
    kinds: accountKinds,
    statuses: { signed: 'Underskrevet', withdrawn: 'Trukket tilbage' } as const,
    label: (kind: 'interim' | 'final', from: string, to: string) => `${accountKinds[kind].toLowerCase()}et for ${from}–${to}`,
    unapprovedHours: (name: string, month: string, hours: string, status: string) => `${name}: ${month} har ${hours} timer, som ikke er godkendt (${status.toLowerCase()}).`,
    missingStatement: (name: string, month: string) => `${name}: der er ingen godkendt ledelseserklæring for ${month}, så ingen løn er bogført for måneden.`,
    noHours: (name: string, month: string) => `${name}: ingen godkendte timer i ${month}.`,
    alreadySigned: (on: string, by: string) => `Et regnskab af samme art for præcis denne periode er allerede underskrevet ${on} af ${by}.`,
    cannotSign: (count: number, first: string) => `Regnskabet kan ikke underskrives endnu (${count === 1 ? '1 forhold' : `${count} forhold`}). ${first}`,
    defaultStatement: (kind: 'interim' | 'final', title: string, municipality: string, caseNumber: string, pool: string, from: string, to: string) =>
      `Ledelsespåtegning. Det erklæres hermed, at ${kind === 'final' ? 'slutregnskabet' : 'delregnskabet'} for projektet «${title}» (${municipality}${caseNumber ? `, sagsnr. ${caseNumber}` : ''}), finansieret af puljen «${pool}», for perioden ${from}–${to} alene omfatter afholdte lønudgifter til projektet, at lønudgifterne er opgjort på grundlag af godkendte timeregistreringer og ledelseserklæringer med de timesatser, der var gældende på dagen, og at tilskuddet er anvendt i overensstemmelse med tilsagnet og puljens regler.`
  },
  export: {
    title: 'Revisoreksport',
    folderPrefix: 'Revisoreksport',
    readmeFile: '00_laes_mig.txt',
    workbookFile: 'revisoreksport.xlsx',
    pdfFile: 'resume.pdf',
    noPrinter: 'Revisoreksporten indeholder et PDF-resumé, men der blev ikke fundet en Chromium- eller Edge-browser til at lave PDF. Sæt CHROMIUM_PATH til browserens sti.',
    total: 'I alt',
    timesheetKind: 'Timeseddel',
    statementKind: 'Ledelseserklæring',
    rateCalculation: (salary: string, divisor: string, rate: string) => `${salary} / ${divisor} timer = ${rate} pr. time`,
    readme: (title: string, municipality: string, caseNumber: string, files: string[]) =>
      [
        `Revisoreksport fra Puljestyr: ${title}, ${municipality}${caseNumber ? `, sagsnr. ${caseNumber}` : ''}`,
        '',
        'Mappen indeholder projektets regnskabsgrundlag:',
        ...files.map((f) => `- ${f}`),
        '- revisoreksport.xlsx: de samme tabeller som ét regneark med et ark pr. tabel (beløb som tal i kr., timer som decimaltal, datoer som datoer)',
        '- resume.pdf: resumé med totaler pr. budgetpost, godkendte timer, regnskaber og kontrol af revisionssporet',
        '- manifest.csv og manifest.sha256: alle filer med størrelse og SHA-256, så det kan kontrolleres, at intet er ændret (fx med «sha256sum -c manifest.sha256»)',
        '',
        'CSV-filerne er UTF-8 med semikolon som skilletegn og decimalkomma og åbner direkte i dansk Excel. Beløb er i kroner, timer i decimaltimer; kolonnen «Minutter» har de præcise minutter.',
        'Posteringer rettes aldrig: en rettelse er en tilbageførsel og en ny postering, så historikken står i filen.'
      ].join('\n'),
    sheets: {
      ledger: 'Posteringer',
      hours: 'Godkendte timer',
      months: 'Månedsgodkendelser',
      staff: 'Medarbejdere og satser',
      budget: 'Budget',
      revisions: 'Budgetændringer',
      accounts: 'Regnskaber',
      accountLines: 'Regnskabslinjer',
      audit: 'Revisionsspor',
      summary: 'Oversigt'
    },
    h: {
      postingNo: 'Postering nr.',
      date: 'Dato',
      year: 'År',
      budgetLine: 'Budgetpost',
      category: 'Kategori',
      staff: 'Medarbejder',
      hours: 'Timer',
      minutes: 'Minutter',
      normHours: 'Normtimer',
      rate: 'Timesats (kr.)',
      amount: 'Beløb (kr.)',
      source: 'Kilde',
      documentRef: 'Bilag',
      text: 'Tekst',
      reverses: 'Tilbagefører nr.',
      reversedBy: 'Tilbageført af nr.',
      createdAt: 'Bogført',
      caseNumber: 'Sagsnr.',
      pool: 'Pulje',
      week: 'Uge',
      activity: 'Aktivitet',
      month: 'Måned',
      signedBy: 'Underskrevet af',
      signedAt: 'Underskrevet',
      approvedBy: 'Godkendt af',
      approverRole: 'Stilling',
      approvedAt: 'Godkendt',
      osUser: 'Brugerkonto',
      kind: 'Art',
      status: 'Status',
      statement: 'Erklæring / påtegning',
      unlockReason: 'Begrundelse for seneste oplåsning',
      title: 'Stilling',
      documentation: 'Dokumentation',
      weeklyHours: 'Timer pr. uge',
      share: 'Andel i projektet',
      employedFrom: 'Ansat fra',
      employedTo: 'Ansat til',
      rateFrom: 'Sats gyldig fra',
      rateTo: 'Sats gyldig til',
      annualSalary: 'Årsløn (kr.)',
      salaryParts: 'Lønandele',
      divisorHours: 'Divisor (timer)',
      calculation: 'Beregning',
      note: 'Note',
      revisionNo: 'Ændring nr.',
      accountNo: 'Regnskab nr.',
      periodFrom: 'Periode fra',
      periodTo: 'Periode til',
      signerTitle: 'Stilling',
      signedOn: 'Underskriftsdato',
      budget: 'Budget (kr.)',
      actual: 'Forbrug (kr.)',
      remaining: 'Rest (kr.)',
      withdrawnReason: 'Begrundelse for tilbagetrækning',
      auditNo: 'Nr.',
      at: 'Tidspunkt',
      actorName: 'Navn',
      actorRole: 'Rolle',
      entity: 'Post',
      entityId: 'Id',
      action: 'Handling',
      reason: 'Begrundelse',
      before: 'Før',
      after: 'Efter',
      hash: 'Hash',
      file: 'Fil',
      bytes: 'Bytes',
      sha256: 'SHA-256'
    }
  },
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
