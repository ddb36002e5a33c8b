// Danish UI text for the time, ledger, accounts and export screens (sections "Timer" and "Regnskab").
const categories: Record<string, string> = {
  caseworker: 'Sagsbehandler',
  jobBroker: 'Jobformidler',
  companyConsultant: 'Virksomhedskonsulent',
  socialHealthStaff: 'Social- og sundhedsfagligt personale',
  projectManagement: 'Projektledelse',
  audit: 'Revision',
  progressionTool: 'Progressionsværktøj'
}

/** `Uge 1 2020` */
function weekLabel(week: number, isoYear: number): string {
  return `uge ${week} ${isoYear}`
}

const statusLabels = { open: 'Åben', signed: 'Underskrevet', approved: 'Godkendt' } as const
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
    monthApproved: (name: string, month: string) =>
      `${name}s timer for ${month} er godkendt og dermed låst. Lås måneden op med en begrundelse for at rette dem.`,
    weekApproved: (name: string, week: string) => `${name}s timer i ${week} er godkendt og dermed låst. Lås ugen op med en begrundelse for at rette dem.`,
    weekAlreadyApproved: (name: string, week: string) => `${name}s ${week} er allerede godkendt.`,
    /** Two managers approving the same week or month at once (or one approving what is approved): who came first. */
    approvedBy: (name: string, period: string, approver: string, user: string, when: string) =>
      `${name}s ${period} er netop godkendt af ${approver} (bruger ${user}) ${when}, så den godkendes ikke igen. Opdatér siden for at se godkendelsen.`,
    weekNotApproved: (name: string, week: string) => `${name}s ${week} er ikke godkendt, så der er intet at låse op.`,
    weekInApprovedMonth: (name: string, week: string, months: string) =>
      `Hele ${week} ligger i ${months}, som allerede er godkendt for ${name}: ugens timer er godkendt og bogført med måneden.`,
    weekOutsideSpan: (name: string, week: string) => `${week} ligger uden for projektperioden eller ${name}s ansættelse i projektet.`,
    weekClosed: (week: string, days: string, account: string, signedOn: string, signer: string) =>
      `${week} kan ikke godkendes: ${days} ligger i en lukket periode (${account} er underskrevet ${signedOn} af ${signer}). Ændringer i perioden afvises.`,
    unlockWeekClosed: (name: string, week: string, account: string, signedOn: string) =>
      `${name}s ${week} kan ikke låses op: timerne indgår i ${account}, som er underskrevet ${signedOn}. Godkendte timer kan ikke ændres efter et underskrevet regnskab.`,
    weekProblem: (month: string, problem: string) => `${month}: ${problem}`,
    monthSigned: (name: string, month: string) =>
      `${name} har underskrevet ${month}. Træk underskriften tilbage (lås måneden op med en begrundelse) for at rette timerne.`,
    periodClosed: (date: string, account: string, signedOn: string, signer: string) =>
      `${date} ligger i en lukket periode: ${account} er underskrevet ${signedOn} af ${signer}. Ændringer i perioden afvises.`,
    monthClosed: (month: string, account: string, signedOn: string, signer: string) =>
      `${month} ligger i en lukket periode: ${account} er underskrevet ${signedOn} af ${signer}. Ændringer i perioden afvises.`,
    unlockClosed: (name: string, month: string, account: string, signedOn: string) =>
      `${name}s timer for ${month} kan ikke låses op: de indgår i ${account}, som er underskrevet ${signedOn}. Godkendte timer kan ikke ændres efter et underskrevet regnskab.`,
    monthOutsideSpan: (name: string, month: string) => `${month} ligger uden for projektperioden eller ${name}s ansættelse i projektet.`,
    monthNotFound: (month: string) => `Måneden ${month} findes ikke for medarbejderen.`,
    alreadyStatus: (name: string, month: string, status: string) => `${name}s ${month} er allerede ${status.toLowerCase()}.`,
    notSigned: (name: string, month: string) =>
      `${name} har ikke underskrevet ${month} endnu. Medarbejderen underskriver sin måned, før en leder godkender den.`,
    notLocked: (name: string, month: string) => `${name}s ${month} er hverken underskrevet eller godkendt, så der er intet at låse op.`,
    noBudgetLine: (name: string, year: number, category: string) =>
      `Der er ingen budgetpost i ${year} for kategorien «${category}», som ${name}s løn kan bogføres på. Opret budgetposten under Budget, før måneden godkendes.`,
    chooseBudgetLine: (name: string, year: number, category: string, list: string) =>
      `Projektet har flere budgetposter for «${category}» i ${year} (${list}). Vælg under Timer → Indstillinger, hvilken ${name}s løn bogføres på.`,
    lineNotForStaff: (name: string, year: number, category: string) =>
      `Budgetposten er ikke en post for «${category}» i ${year}, så ${name}s løn kan ikke bogføres på den.`,
    noRate: (name: string, dates: string, count: number) =>
      `${name} har ingen timesats, der gælder ${dates}${count > 3 ? ` (og ${count - 3} dage mere)` : ''}. Opret satsen under Budget → Medarbejdere, før måneden godkendes.`,
    hoursOutsideEmployment: (name: string, dates: string) =>
      `${name} har timer uden for ansættelsen i projektet (${dates}). Ret timerne, før måneden godkendes.`,
    postingNotFound: (id: number) => `Postering nr. ${id} findes ikke i projektet.`,
    lineNotFound: (id: number) => `Budgetpost ${id} findes ikke i projektet.`,
    lineIneligible: (title: string, category: string, rule: string) =>
      `Budgetposten «${title}» er i kategorien «${category}», som puljen ikke dækker: der kan ikke bogføres udgifter på den. ${rule}`.trim(),
    lineWrongYear: (title: string, year: number, date: string) =>
      `Budgetposten «${title}» hører til ${year}, men posteringen er dateret ${date}. Vælg en budgetpost for posteringens år.`,
    cannotReverseReversal: (id: number) => `Postering nr. ${id} er selv en tilbageførsel og kan ikke tilbageføres. Bogfør i stedet en ny postering.`,
    alreadyReversed: (id: number, by: number) => `Postering nr. ${id} er allerede tilbageført af postering nr. ${by}.`,
    timesheetPostingCorrection: (id: number) =>
      `Postering nr. ${id} er løn fra en godkendt måned eller uge. Ret den ved at låse måneden eller ugen op under Timer (med en begrundelse): så tilbageføres lønnen, og den bogføres igen, når timerne er godkendt.`,
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
  ui: {
    sectionTitle: 'Timer',
    tabs: { week: 'Ugeseddel', months: 'Måneder og godkendelse', import: 'Import af timer', settings: 'Indstillinger' },
    week: {
      staff: 'Medarbejder',
      previous: 'Forrige uge',
      next: 'Næste uge',
      goTo: 'Gå til dato',
      title: (week: number, year: number, from: string, to: string) => `Uge ${week} ${year} (${from}–${to})`,
      activity: 'Aktivitet',
      total: 'I alt',
      norm: 'Norm',
      weekTotal: 'Ugens timer',
      weekNorm: 'Ugens norm',
      difference: 'Forskel',
      save: 'Gem ugen',
      saved: 'Ugen er gemt.',
      reset: 'Fortryd ændringer',
      unsaved: 'Der er ændringer, som ikke er gemt.',
      saveBlockedInvalid: 'Ugen kan ikke gemmes, før de røde felter er rettet (se teksten under feltet).',
      saveBlockedNoChanges: 'Intet at gemme: ugen er ikke ændret.',
      approveBlockedUnsaved: 'Gem ugen, før den godkendes.',
      approveBlockedInvalid: 'Ret de røde felter, før ugen godkendes.',
      cellLabel: (activity: string, weekday: string, date: string) => `${activity} ${weekday} ${date}`,
      inputHelp: 'Skriv timer som 7,4 eller 7:24. Tom eller 0 fjerner timerne.',
      noTimesheetStaff: 'Projektet har ingen medarbejdere, der skal timeregistrere. Medarbejdere oprettes under Budget.',
      statementStaffInfo: (names: string) =>
        `${names} er ansat 100 % i projektet og dokumenteres med en månedlig ledelseserklæring i stedet for timesedler (se Måneder og godkendelse).`,
      monthStatus: (month: string, status: string) => `${month}: ${status}`,
      approveWeek: 'Godkend ugen',
      unlockWeek: 'Lås ugen op',
      weekApprovedChip: 'Ugen er godkendt',
      weekApprovedBy: (name: string, role: string, when: string, user: string) => `Ugen er godkendt af ${name}, ${role}, ${when} (brugerkonto ${user}).`,
      weekUnlocked: (name: string, when: string, reason: string) => `Ugen blev låst op af ${name} ${when}: ${reason}`,
      approveTitle: (week: string, name: string) => `Godkend ${week} for ${name}`,
      unlockTitle: (week: string, name: string) => `Lås ${week} op for ${name}`,
      approveRule:
        'Godkendelsen gælder alle ugens dage, også dage i en anden måned. Lønnen bogføres pr. måned, og hver time bogføres én gang: af den godkendelse (uge eller måned), der kom først. Medarbejderens underskrift gælder måneden; en uge godkendes af lederen alene.',
      partWeek: (from: string, to: string, month: string, hours: string) => `${from}–${to} (${month}): ${hours} timer`,
      partMonth: (from: string, to: string, month: string, hours: string) => `${from}–${to}: ${hours} timer er allerede godkendt og bogført med ${month}.`,
      postedWithWeek: (amount: string) => `Bogføres med ugen: ${amount}`,
      unlockInfo:
        'Oplåsning kræver en begrundelse, som gemmes i revisionssporet. De lønposteringer, ugen har bogført, tilbageføres. Dage i en måned, der er godkendt, forbliver godkendte og låste; har ugen bogført dem, bogføres de nu med måneden.',
      approved: 'Ugen er godkendt.',
      unlocked: 'Ugen er låst op.',
      weeklyNormInfo: (hours: string) => `Norm i projektet: ${hours} timer pr. uge`,
      dayKinds: { holiday: 'Helligdag', dayOff: 'Fridag', halfDay: 'Halv dag', weekend: '', workday: '' } as Record<string, string>
    },
    months: {
      year: 'År',
      staff: 'Medarbejder',
      allStaff: 'Alle medarbejdere',
      month: 'Måned',
      kind: 'Dokumentation',
      hours: 'Timer',
      norm: 'Norm',
      status: 'Status',
      posted: 'Bogført løn',
      approval: 'Godkendt af',
      actions: 'Handlinger',
      timesheet: 'Timeseddel',
      statement: 'Ledelseserklæring',
      closed: 'Lukket af regnskab',
      sign: 'Underskriv',
      approve: 'Godkend',
      approveStatement: 'Godkend erklæring',
      unlock: 'Lås op',
      signTitle: (name: string, month: string) => `${name} underskriver ${month}`,
      signText: (name: string, month: string, hours: string) =>
        `Jeg bekræfter, at de registrerede ${hours} timer i ${month} er mine timer på projektet (${name}).`,
      signerName: 'Medarbejderens navn',
      approveTitle: (name: string, month: string) => `Godkend ${month} for ${name}`,
      approverName: 'Godkendt af (navn)',
      approverRole: 'Stilling',
      statementText: 'Ledelseserklæring',
      unlockTitle: (name: string, month: string) => `Lås ${month} op for ${name}`,
      unlockInfo:
        'Oplåsning kræver en begrundelse, som gemmes i revisionssporet. Er måneden godkendt, tilbageføres dens lønposteringer; de bogføres igen, når måneden godkendes på ny.',
      reason: 'Begrundelse',
      actorName: 'Dit navn',
      preview: 'Sådan bogføres lønnen',
      previewHours: (hours: string, norm: string) => `${hours} timer (norm ${norm} timer)`,
      previewStatement: (hours: string, days: string) => `${hours} normtimer (${days} arbejdsdage × dagsnorm)`,
      segment: (from: string, to: string, hours: string, rate: string, amount: string) => `${from}–${to}: ${hours} timer × ${rate} = ${amount}`,
      line: (title: string, year: number) => `Budgetpost: ${title} ${year}`,
      total: (amount: string) => `Lønudgift i alt: ${amount}`,
      statementExplanation:
        'Medarbejdere, der er ansat 100 % i projektet, skal ikke timeregistrere; en ledelseserklæring er nok (STAR’s FAQ). Lønnen bogføres som månedens normtimer (arbejdsdage × 7,4 timer, helligdage og projektets fridage fraregnet) × den timesats, der gælder på dagene.',
      signed: (name: string, when: string) => `Underskrevet af ${name} ${when}`,
      approvedBy: (name: string, role: string, when: string, user: string) => `${name}, ${role}, ${when} (brugerkonto ${user})`,
      unlocked: (reason: string) => `Låst op: ${reason}`,
      weeksApproved: (weeks: string, hours: string) => `Godkendte uger: ${weeks} (${hours} timer)`,
      weekApprovalTitle: (week: string, name: string, role: string, when: string, user: string) => `${week}: ${name}, ${role}, ${when} (brugerkonto ${user})`,
      weeksRule:
        'En uge kan godkendes i ugesedlen. En uge, der går over et månedsskifte, godkendes for alle sine dage, og lønnen bogføres pr. måned. Hver time bogføres én gang: af den godkendelse (uge eller måned), der kom først. Godkendes måneden bagefter, bogføres kun de dage, ugerne ikke har bogført.',
      coveredByWeek: (week: string, from: string, to: string, hours: string, amount: string) =>
        `${week} (${from}–${to}): ${hours} timer er godkendt og bogført med ugen (${amount}).`,
      empty: 'Ingen måneder i det valgte år.',
      print: 'Udskrift',
      pdf: 'PDF',
      sheetTitle: (kind: 'timesheet' | 'statement', name: string, month: string) =>
        kind === 'statement' ? `Ledelseserklæring: ${name}, ${month}` : `Timeseddel: ${name}, ${month}`,
      sheetFile: (kind: 'timesheet' | 'statement', name: string, month: string) =>
        `${kind === 'statement' ? 'Ledelseserklæring' : 'Timeseddel'} ${name} ${month}.pdf`,
      sheetStaff: (name: string, title: string, hours: string, share: string) =>
        `${name}, ${title}: ${hours} timer om ugen i projektet (${share} af arbejdstiden)`,
      day: 'Dag',
      sheetStatus: (status: string) => `Status: ${status}`,
      employeeSignature: 'Medarbejderens underskrift',
      managerApproval: 'Leders godkendelse',
      notYet: 'Ikke endnu',
      signedLine: (name: string, when: string, user: string) => `${name}, ${when} (brugerkonto ${user})`,
      approvedLine: (name: string, role: string, when: string, user: string) => `${name}, ${role}, ${when} (brugerkonto ${user})`,
      salaryTitle: 'Lønudgift til projektet',
      printNote:
        'Puljestyr gemmer underskrift og godkendelse med navn og stilling som indtastet, brugerkontoen og tidspunktet; enhver senere ændring står i revisionssporet.'
    },
    imports: {
      hoursTitle: 'Importér timer',
      hoursHelp:
        'Filen skal have kolonnerne Medarbejder, Dato, Aktivitet og Timer (og evt. Note), som CSV fra dansk Excel (semikolon, decimalkomma) eller som .xlsx. Enten importeres alle rækker, eller ingen: ved fejl vises hver række med linjenummer, kolonne og årsag. Samme fil kan ikke importeres to gange.',
      postingsTitle: 'Importér posteringer',
      postingsHelp:
        'Filen skal have kolonnerne Dato, Budgetpost (postens navn i posteringens år), Beløb og Bilag (og evt. Tekst, Medarbejder, Timer og Timesats), som CSV fra dansk Excel eller som .xlsx. Enten importeres alle rækker, eller ingen. Samme fil kan ikke importeres to gange.',
      choose: 'Vælg fil …',
      result: (n: number, file: string, skipped: number) =>
        `${n === 1 ? '1 række' : `${n} rækker`} er importeret fra ${file}.${skipped > 0 ? ` ${skipped} fandtes i forvejen og er sprunget over.` : ''}`,
      already: (file: string, when: string) => `${file} er allerede importeret ${when}. Intet er ændret.`,
      line: 'Linje',
      column: 'Kolonne',
      problem: 'Fejl'
    },
    settings: {
      daysOffTitle: 'Fridage ud over helligdagene',
      daysOffHelp:
        'Helligdage på hverdage (nytårsdag, påske, Kristi himmelfart, anden pinsedag, jul og Store bededag til og med 2023) er aldrig arbejdsdage. Disse dage er fridage i mange kommunale aftaler og indstilles pr. projekt:',
      christmasEveOff: '24. december er fridag',
      newYearsEveOff: '31. december er fridag',
      mayDayAfternoonOff: '1. maj: fri om eftermiddagen (halv dag)',
      constitutionDayAfternoonOff: '5. juni (grundlovsdag): fri om eftermiddagen (halv dag)',
      requireSignature: 'Medarbejderen underskriver sin måned, før en leder godkender den',
      save: 'Gem indstillinger',
      saved: 'Indstillingerne er gemt.',
      activitiesTitle: 'Aktiviteter i ugesedlen',
      activitiesHelp: 'Rækkefølgen her er rækkefølgen i ugesedlen. En aktivitet med timer kan ikke slettes, men kan gøres inaktiv.',
      activityName: (n: number) => `Aktivitet ${n}`,
      active: 'Aktiv',
      addActivity: 'Tilføj aktivitet',
      moveUp: 'Flyt op',
      moveDown: 'Flyt ned',
      remove: 'Fjern',
      saveActivities: 'Gem aktiviteter',
      linesTitle: 'Budgetpost for lønnen',
      linesHelp: 'Lønnen bogføres på årets budgetpost for medarbejderens kategori. Har projektet flere poster for kategorien i et år, vælges posten her.',
      linesNone: 'Alle medarbejdere har én budgetpost pr. år for deres kategori; der er intet at vælge.',
      chooseLine: (name: string, year: number) => `Budgetpost for ${name} i ${year}`,
      notChosen: 'Ikke valgt'
    },
    overview: {
      timeTitle: 'Timer',
      awaitingSignature: (n: number) => `${n} ${n === 1 ? 'måned venter' : 'måneder venter'} på medarbejderens underskrift`,
      awaitingApproval: (n: number) => `${n} ${n === 1 ? 'måned venter' : 'måneder venter'} på godkendelse`,
      approvedMonths: (n: number) => `${n} godkendte måneder`,
      open: 'Åbn timer',
      accountsTitle: 'Regnskab',
      ledgerTotal: (amount: string) => `Bogført i alt: ${amount}`,
      lastAccount: (label: string, on: string) => `Seneste underskrevne regnskab: ${label} (${on})`,
      noAccount: 'Intet regnskab er underskrevet endnu.',
      openLedger: 'Åbn regnskab'
    }
  },
  poolRules: {
    panelTitle: 'Timeregistrering',
    intro: 'Hvordan medarbejdernes tid dokumenteres i projekter under puljen. Reglerne er indstillinger for puljen og gælder alle dens projekter.',
    shipped: 'Puljen bruger de regler, Puljestyr leveres med.',
    saved: 'Puljens regler for timeregistrering er gemt.',
    statementAllowed: 'Medarbejdere med høj andel i projektet dokumenteres med en månedlig ledelseserklæring i stedet for timesedler',
    minShare: 'Fra andel i projektet (%)',
    minShareHelp: 'Normalt 100 %: kun medarbejdere, der alene arbejder i projektet.',
    statementSource: 'Kilde til reglen om ledelseserklæring',
    employeeSigns: 'Medarbejderen underskriver sin måned, før en leder godkender den (standard for nye projekter)',
    signatureSource: 'Kilde til reglen om underskrift',
    reason: 'Begrundelse for ændringen',
    save: 'Gem regler for timeregistrering'
  },
  cli: {
    importDescription: 'importér timer (hours), posteringer (postings) eller deltagernes månedsstatus (status) fra CSV eller XLSX: alle rækker eller ingen',
    importKind: 'hours, postings eller status',
    importFile: 'filen (.csv som dansk Excel gemmer den, eller .xlsx)',
    fromOption: 'fra dato (åååå-mm-dd)',
    toOption: 'til dato (åååå-mm-dd)',
    outOption: 'mappen, eksporten skrives i (oprettes; må ikke indeholde filer i forvejen)',
    unknownImportKind: (kind: string) => `Ukendt import «${kind}»: brug «hours», «postings» eller «status».`,
    statusImported: (rows: number, created: number, updated: number, unchanged: number) =>
      `Importeret ${rows} rækker: ${created} nye, ${updated} ændrede, ${unchanged} uændrede.`,
    cannotRead: (file: string) => `Filen ${file} kan ikke læses.`,
    imported: (n: number, file: string, skipped: number) =>
      `${n === 1 ? '1 række' : `${n} rækker`} importeret fra ${file}${skipped > 0 ? ` (${skipped} fandtes i forvejen og er sprunget over)` : ''}.`,
    alreadyImported: (file: string, on: string) => `${file} er allerede importeret ${on}; intet er ændret.`,
    ledgerDescription: 'vis projektets posteringer med total',
    ledgerTotal: (n: number, total: string) => `${n} posteringer, i alt ${total}`,
    monthlyOption: 'posteringerne summeret pr. måned og budgetpost, med postens saldo',
    monthlyBalance: (balance: string) => `saldo ${balance}`,
    exportDescription: 'skriv revisoreksporten (CSV, XLSX, PDF-resumé og manifest med SHA-256) i en mappe',
    outNotEmpty: (dir: string) => `Mappen ${dir} findes allerede og er ikke tom. Vælg en ny mappe, så eksportens manifest passer til mappens filer.`,
    exported: (n: number, dir: string) => `Revisoreksporten er skrevet: ${n} filer i ${dir}.`,
    withPersonalOption: 'medtag personoplysninger (deltagerne under pseudonym og deres månedlige status); ellers udelades de'
  },
  months: {
    employeeRole: 'Medarbejder',
    defaultStatement: (name: string, month: string, project: string) =>
      `Det bekræftes, at ${name} i ${month} har været ansat 100 % i projektet «${project}» og udelukkende har arbejdet med projektets opgaver.`
  },
  weekLabel,
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
      list
        ? `Budgetposten «${title}» findes ikke i ${year}. Budgetposter i ${year}: ${list}.`
        : `Budgetposten «${title}» findes ikke: projektet har ingen budgetposter i ${year}.`,
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
  } as Record<string, string>,
  /** The time rules shipped for the pools (shared/domain/time/poolRules.ts): where each rule comes from. */
  shipped: {
    fsmStatementSource:
      'STAR’s FAQ til Flere skal med: en medarbejder, der alene arbejder i projektet, skal ikke timeregistrere særskilt; en ledelsespåtegning eller lignende er nok. Har medarbejderen også andre opgaver, skal projekttimerne registreres særskilt, for at revisor kan godkende lønudgiften.',
    otherStatementSource:
      'Som i STAR’s FAQ til Flere skal med (ingen tekst for denne pulje fundet): ledelseserklæring for medarbejdere, der er 100 % i projektet.',
    practiceSource:
      'Almindelig praksis hos danske tilskudsgivere (ingen STAR-tekst fundet): daglig registrering fordelt på opgaver, underskrevet af medarbejderen og godkendt af en leder hver måned.'
  },
  /** The columns of an hours file and a postings file: the name we write and the headers we accept (lower case). */
  importColumns: {
    hours: {
      staff: { label: 'Medarbejder', aliases: ['medarbejder', 'navn', 'medarbejdernavn'] },
      date: { label: 'Dato', aliases: ['dato', 'date'] },
      activity: { label: 'Aktivitet', aliases: ['aktivitet', 'opgave'] },
      hours: { label: 'Timer', aliases: ['timer', 'antal timer', 'tid'] },
      note: { label: 'Note', aliases: ['note', 'bemærkning', 'kommentar'] }
    },
    postings: {
      date: { label: 'Dato', aliases: ['dato', 'bogføringsdato', 'posteringsdato'] },
      budgetLine: { label: 'Budgetpost', aliases: ['budgetpost', 'post'] },
      amount: { label: 'Beløb', aliases: ['beløb', 'beløb kr.', 'beløb (kr.)', 'kr.'] },
      documentRef: { label: 'Bilag', aliases: ['bilag', 'bilagsnr.', 'bilagsnr', 'bilagsnummer'] },
      description: { label: 'Tekst', aliases: ['tekst', 'beskrivelse', 'posteringstekst'] },
      staff: { label: 'Medarbejder', aliases: ['medarbejder', 'navn'] },
      hours: { label: 'Timer', aliases: ['timer', 'antal timer'] },
      rate: { label: 'Timesats', aliases: ['timesats', 'sats', 'timeløn'] }
    }
  }
} as const
