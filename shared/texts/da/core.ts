export const core = {
  nav: {
    overview: 'Overblik',
    budget: 'Budget',
    time: 'Timer',
    accounts: 'Regnskab',
    meetings: 'Møder',
    participants: 'Deltagere',
    prioritisation: 'Prioritering',
    quarterlyReport: 'Kvartalsrapport',
    settings: 'Indstillinger',
    audit: 'Revisionsspor'
  },
  start: {
    title: 'Velkommen til Puljestyr',
    intro:
      'Puljestyr samler budget, timeregistrering, regnskab, styregruppemøder og deltagernes resultater for projekter finansieret af STAR’s puljer. Alt gemmes lokalt på denne computer.',
    createProject: 'Opret et projekt',
    createProjectHelp: 'Start et nyt projekt med tilsagn, periode og pulje.',
    openDemo: 'Åbn demoprojektet',
    openDemoHelp: 'Herning Kommunes “Flere skal med 2” med rigtige tal fra ansøgning og tilsagn.',
    yourProjects: 'Dine projekter',
    noProjects: 'Der er ingen projekter endnu.'
  },
  switcher: {
    label: 'Projekt',
    choose: 'Vælg projekt',
    allProjects: 'Alle projekter'
  },
  project: {
    newTitle: 'Nyt projekt',
    editTitle: 'Rediger projektets stamdata',
    created: 'Projektet er oprettet.',
    saved: 'Projektets stamdata er gemt.',
    overviewTitle: 'Overblik',
    municipality: 'Kommune',
    title: 'Projektets titel',
    pool: 'Pulje',
    caseNumber: 'Sagsnummer',
    responsible: 'Ansvarlig',
    period: 'Projektperiode',
    periodStart: 'Startdato',
    periodEnd: 'Slutdato',
    amountApplied: 'Ansøgt beløb',
    grantAmount: 'Tilsagnsbeløb',
    grantByYear: 'Tilsagn fordelt på år',
    year: 'År',
    amount: 'Beløb',
    splitTotal: 'Sum af årene',
    splitDifference: 'Difference',
    splitBalanced: 'Fordelingen på år svarer til tilsagnet.',
    splitShort: (diff: string) =>
      `Fordelingen på år er ${diff} mindre end tilsagnet. Ret fordelingen, eller notér hvordan forskellen håndteres.`,
    splitOver: (diff: string) =>
      `Fordelingen på år er ${diff} større end tilsagnet. Ret fordelingen, så den ikke overstiger tilsagnet.`,
    splitMissingYears: (years: string) => `Der mangler et beløb for: ${years}.`,
    splitYearsOutside: (years: string) => `Årene ${years} ligger uden for projektperioden.`,
    demoBadge: 'Demo',
    masterData: 'Stamdata',
    editMasterData: 'Rediger stamdata',
    grantTitle: 'Tilsagn',
    sheetTitle: 'Projektark',
    sheetPdf: 'Projektark som PDF',
    printedAt: (when: string) => `Udskrevet fra Puljestyr ${when}`,
    financeAct: 'Finanslovskonto'
  },
  audit: {
    title: 'Revisionsspor',
    when: 'Tidspunkt',
    who: 'Bruger',
    entity: 'Post',
    action: 'Handling',
    change: 'Ændring',
    reason: 'Begrundelse',
    verify: 'Kontrollér revisionssporet',
    empty: 'Der er ingen ændringer endnu.',
    verifyOk: 'Revisionssporet er intakt: ingen ændringer uden om programmet.',
    verifyFailed: 'Revisionssporet viser ændringer uden om programmet.',
    actions: {
      create: 'Oprettet',
      update: 'Ændret',
      delete: 'Slettet',
      approve: 'Godkendt',
      unlock: 'Låst op',
      sign: 'Underskrevet',
      send: 'Sendt',
      reject: 'Afvist',
      import: 'Importeret',
      reverse: 'Tilbageført',
      register: 'Sat i kraft'
    } as Record<string, string>
  },
  fields: {
    projectId: 'Projekt',
    poolId: 'Pulje',
    municipality: 'Kommune',
    title: 'Titel',
    caseNumber: 'Sagsnummer',
    responsible: 'Ansvarlig',
    periodStart: 'Startdato',
    periodEnd: 'Slutdato',
    amountAppliedOre: 'Ansøgt beløb',
    grantAmountOre: 'Tilsagnsbeløb',
    grantByYear: 'Tilsagn fordelt på år',
    year: 'År',
    amountOre: 'Beløb',
    route: 'Udskrift',
    staffId: 'Medarbejder'
  } as Record<string, string>,
  errors: {
    projectNotFound: (id: number) => `Projekt ${id} findes ikke.`,
    poolNotFound: (id: number) => `Puljen ${id} findes ikke.`,
    periodOrder: 'Slutdato skal ligge efter startdato.',
    duplicateYear: (year: number) => `Året ${year} står mere end én gang i fordelingen på år.`,
    yearOutsidePeriod: (year: number) => `Året ${year} ligger uden for projektperioden.`,
    unknownMethod: (name: string) => `API-kaldet «${name}» findes ikke.`,
    invalidOutput: (name: string) => `Svaret fra «${name}» passede ikke til kontrakten. Fejlen er logget.`,
    newerDatabase: (file: string) =>
      `Databasen ${file} er skrevet af en nyere version af Puljestyr. Opdatér programmet for at åbne den.`,
    foreignDatabase: (file: string) =>
      `Databasen ${file} har migreringer, som denne version af Puljestyr ikke kender i den rækkefølge. Den åbnes ikke, så intet går tabt.`,
    printRoute: 'En udskrift kan kun laves af en side under /print/.',
    noChromium:
      'Der blev ikke fundet en Chromium- eller Edge-browser til at lave PDF. Sæt CHROMIUM_PATH til browserens sti.'
  }
} as const
