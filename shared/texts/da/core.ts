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
    splitShort: (diff: string) => `Fordelingen på år er ${diff} mindre end tilsagnet. Ret fordelingen, eller notér hvordan forskellen håndteres.`,
    splitOver: (diff: string) => `Fordelingen på år er ${diff} større end tilsagnet. Ret fordelingen, så den ikke overstiger tilsagnet.`,
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
  settings: {
    title: 'Indstillinger',
    subtitle: 'Gælder for hele programmet og databasefilen på denne computer.'
  },
  backups: {
    title: 'Sikkerhedskopier',
    intro: (keep: number) =>
      `Puljestyr tager selv en sikkerhedskopi af databasen hver dag, første gang programmet bruges den dag, og kontrollerer den med SQLite's integritetskontrol. De seneste ${keep} gemmes.`,
    folder: 'Mappe',
    disabled: 'Automatiske sikkerhedskopier laves kun af en lokal databasefil, når programmet kører som skrivebordsprogram eller i browsertilstand.',
    none: 'Der er ingen sikkerhedskopier endnu.',
    date: 'Dato',
    size: 'Størrelse',
    made: 'Lavet',
    file: 'Fil',
    restore: 'Gendan',
    restoreLabel: (date: string) => `Gendan sikkerhedskopien fra ${date}`,
    keep: 'Antal dage, der gemmes',
    saveKeep: 'Gem antal',
    keepSaved: (keep: number) => `De seneste ${keep} sikkerhedskopier gemmes.`,
    lastError: (message: string) => `Den seneste automatiske sikkerhedskopi mislykkedes: ${message}`,
    confirmTitle: 'Gendan databasen?',
    confirmMessage: (date: string) =>
      `Databasen erstattes med sikkerhedskopien fra ${date}. Alt, der er gemt siden, forsvinder fra programmet. Kopien kontrolleres først (integritet og revisionsspor), og den nuværende fil gemmes ved siden af, så den kan findes igen.`,
    confirm: 'Gendan databasen',
    cancel: 'Annuller',
    restoring: 'Gendanner …',
    restored: (date: string, aside: string | null) =>
      `Databasen er gendannet fra sikkerhedskopien fra ${date}.${aside ? ` Den tidligere fil er gemt som ${aside}.` : ''}`,
    errors: {
      keepRange: (max: number) => `Feltet «Antal dage, der gemmes» skal være et helt tal fra 1 til ${max}.`,
      unknownBackup: (name: string) => `Sikkerhedskopien «${name}» findes ikke i mappen med sikkerhedskopier.`,
      notAvailable: 'Gendannelse fra en sikkerhedskopi kan kun ske i skrivebordsprogrammet eller i browsertilstand på en lokal databasefil.',
      othersRunning: 'Databasen gendannes ikke lige nu: en anden handling (fx en udskrift) kører stadig. Prøv igen om lidt.'
    }
  },
  fields: {
    keep: 'Antal dage, der gemmes',
    name: 'Sikkerhedskopi',
    projectId: 'Projekt',
    poolId: 'Pulje',
    municipality: 'Kommune',
    title: 'Projektets titel',
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
  /** The local services' own answers: browser mode's HTTP bridge and the desktop app's shell. */
  bridge: {
    deniedTitle: 'Adgang nægtet',
    denied: 'Åbn Puljestyr med den adresse, programmet skrev ud ved start. Adressen indeholder en adgangsnøgle, som kan bruges én gang, mens programmet kører.',
    tokenUsedTitle: 'Adgangsnøglen er brugt',
    tokenUsed:
      'Adressen med adgangsnøglen kan kun bruges én gang, og den er allerede brugt. Brug det vindue, der allerede er logget ind, eller stop Puljestyr og start programmet igen for at få en ny adresse.',
    signingIn: 'Åbner Puljestyr …',
    continue: 'Fortsæt',
    unauthorized: 'Adgangsnøglen mangler eller er forkert.',
    wrongHost: 'Forkert værtsnavn.',
    wrongOrigin: 'Forkert oprindelse (Origin).',
    badEncoding: 'Ugyldig adresse eller cookie (forkert %-kodning).',
    postOnly: 'API-kald skal sendes med POST.',
    methodNotAllowed: 'Metoden er ikke tilladt.',
    tooLarge: 'Forespørgslen er for stor.',
    invalidJson: 'Forespørgslen er ikke gyldig JSON.',
    internal: 'Intern fejl i Puljestyrs lokale tjeneste.',
    notBuilt: 'Brugerfladen er ikke bygget: kør "npm run build".',
    notFound: 'Ikke fundet.',
    foreignSender: 'Kaldet kom ikke fra Puljestyrs eget vindue.',
    servicesStopped: 'Puljestyrs tjenester er stoppet. Luk programmet og start det igen.'
  },
  errors: {
    projectNotFound: (id: number) => `Projekt ${id} findes ikke.`,
    poolNotFound: (id: number) => `Puljen ${id} findes ikke.`,
    periodOrder: 'Slutdato skal ligge efter startdato.',
    duplicateYear: (year: number) => `Året ${year} står mere end én gang i fordelingen på år.`,
    yearOutsidePeriod: (year: number) => `Året ${year} ligger uden for projektperioden.`,
    unknownMethod: (name: string) => `API-kaldet «${name}» findes ikke.`,
    invalidOutput: (name: string) => `Svaret fra «${name}» passede ikke til kontrakten. Fejlen er logget.`,
    newerDatabase: (file: string) => `Databasen ${file} er skrevet af en nyere version af Puljestyr. Opdatér programmet for at åbne den.`,
    foreignDatabase: (file: string) =>
      `Databasen ${file} har migreringer, som denne version af Puljestyr ikke kender i den rækkefølge. Den åbnes ikke, så intet går tabt.`,
    writeRefusedByDatabase: (table: string | null) =>
      `Fællesdatabasen afviste ændringen: din databasebruger må kun læse${table ? ` (tabellen ${table})` : ''}. Intet er gemt. Bed IT om rollen som projektleder eller godkender, hvis du skal kunne ændre.`,
    postgresBackup:
      'En fællesdatabase på PostgreSQL sikkerhedskopieres med pg_dump (se README, «Fællesdatabase på PostgreSQL»); backup laver kun kopier af en SQLite-fil.',
    printRoute: 'En udskrift kan kun laves af en side under /print/.',
    noChromium: 'Der blev ikke fundet en Chromium- eller Edge-browser til at lave PDF. Sæt CHROMIUM_PATH til browserens sti.'
  },
  /** The `puljestyr` command: its help, the options every command shares, and the core commands. */
  cli: {
    description: 'Puljestyr: styring af STAR-finansierede projekter. Kommandoer til drift og scripts.',
    versionOption: 'vis versionen',
    helpOption: 'vis hjælp',
    dbRequired: 'databasefilen (SQLite) eller fællesdatabasen (postgres://bruger@vært/puljestyr)',
    dbOptional: 'databasefilen (SQLite) eller postgres://…; ellers PULJESTYR_DB eller brugerens datamappe',
    notPositiveInteger: (label: string, value: string) => `${label} skal være et positivt helt tal, fik "${value}".`,
    projectOption: 'projektets id (se «puljestyr projects»)',
    projectLabel: 'Projektets id',
    projectMissing: 'Angiv projektet med --project <id>.',
    jsonOption: 'som JSON',
    fileMissing: (file: string) => `Filen ${file} findes ikke.`,
    serve: {
      description: 'start browsertilstand: Puljestyr på http://127.0.0.1 med en adgangsnøgle, der logger ind én gang',
      portOption: 'port (standard: en ledig port)',
      portLabel: 'Porten',
      openOption: 'åbn et programvindue i Chromium, hvis der er en skærm',
      running: (url: string) => `Puljestyr kører i browsertilstand: ${url}`,
      signInOnce: 'Adressen logger ind én gang; derefter husker browseren det, så længe programmet kører.',
      database: (file: string) => `Database: ${file}`,
      backups: (folder: string) => `Daglige sikkerhedskopier: ${folder}`,
      stop: 'Stop med Ctrl+C.'
    },
    demo: {
      description: 'opret demoprojektet (Herning, Flere skal med 2) i en database',
      created: (id: number, file: string) => `Demoprojektet er oprettet med id ${id} i ${file}.`,
      exists: (id: number) => `Demoprojektet findes allerede (id ${id}).`
    },
    projects: { description: 'vis projekterne i databasen', none: 'Ingen projekter.' },
    migrate: {
      description: 'opdatér databasen til denne versions skema',
      done: (file: string, version: string, count: number) => `Databasen ${file} er på skemaversion ${version} (${count} migreringer).`
    },
    backup: {
      description: 'tag en sikkerhedskopi med SQLite online backup og kontrollér den',
      outOption: 'kopiens filnavn',
      forceOption: 'overskriv en eksisterende fil'
    },
    restore: {
      description: 'gendan databasen fra en sikkerhedskopi (kontrolleres først; den tidligere fil gemmes ved siden af)',
      fromOption: 'sikkerhedskopien',
      dbOption: 'databasefilen, der skal erstattes'
    }
  }
} as const
