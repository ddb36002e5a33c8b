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
    pools: 'Puljer og regler',
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
  teamDatabase: {
    title: 'Forbind til fællesdatabase',
    intro:
      'Et jobcenter med mange projekter kan samle dem i én fællesdatabase på PostgreSQL, som IT driver. Skriv forbindelsen, som IT har givet dig, test den, og forbind. Den lokale databasefil bliver liggende urørt.',
    nowLocal: (file: string) => `Puljestyr bruger nu den lokale databasefil ${file}.`,
    nowTeam: (target: string, user: string) => `Puljestyr bruger nu fællesdatabasen ${target} som databasebrugeren ${user}.`,
    url: 'Forbindelse',
    urlHelp: 'postgres://bruger@server/database, fx postgres://anne@db.kommune.local/puljestyr',
    password: 'Adgangskode',
    passwordHelp: 'Kan udelades, hvis adgangskoden står i ~/.pgpass eller PGPASSWORD.',
    test: 'Test forbindelsen',
    testing: 'Tester …',
    connect: 'Forbind til fællesdatabase',
    connecting: 'Forbinder …',
    useLocal: 'Brug den lokale fil igen',
    tested: (user: string, database: string, server: string, schema: string | null) =>
      `Forbindelsen virker: logget på som ${user} i databasen ${database} (${server}). ${schema ? `Skemaversion ${schema}.` : 'Databasen er tom: IT opretter skemaet med «puljestyr migrate».'}`,
    stored: (url: string) => `Gemt i indstillingerne: ${url}.`,
    passwordSealed: 'Adgangskoden er gemt krypteret med styresystemets nøglering.',
    passwordNotStored: 'Adgangskoden gemmes ikke. Læg den i ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf) eller i miljøvariablen PGPASSWORD.',
    restart: 'Genstart Puljestyr for at bruge den valgte database: programmet skifter ikke database, mens det kører.',
    settingsFile: 'Indstillingen gemmes i',
    errors: {
      notPostgres: 'Forbindelsen skal begynde med postgres:// (fx postgres://anne@db.kommune.local/puljestyr).',
      malformed: 'Forbindelsen kan ikke læses. Skriv den som postgres://bruger@server/database.',
      noUser: 'Forbindelsen skal nævne databasebrugeren: postgres://bruger@server/database.',
      noDatabase: 'Forbindelsen skal nævne databasen til sidst: postgres://bruger@server/database.',
      refused: (host: string, port: string) => `Serveren ${host} svarer ikke på port ${port}. Er adressen og porten rigtige, og kører PostgreSQL?`,
      unknownHost: (host: string) => `Serveren ${host} findes ikke. Tjek navnet.`,
      timeout: (host: string) => `Serveren ${host} svarede ikke inden for 10 sekunder.`,
      wrongPassword: (user: string) => `Forkert adgangskode for databasebrugeren ${user}.`,
      passwordNeeded: (user: string) => `Serveren kræver en adgangskode for ${user}. Skriv den, eller læg den i ~/.pgpass eller PGPASSWORD.`,
      userRefused: (user: string, database: string) =>
        `Serveren lukker ikke databasebrugeren ${user} ind i ${database}. Findes brugeren, og må den logge på fra denne computer? Spørg IT.`,
      noSuchDatabase: (database: string, host: string) => `Databasen ${database} findes ikke på ${host}.`,
      failed: (detail: string) => `Forbindelsen mislykkedes. PostgreSQL's besked: ${detail}`
    }
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
  copy: {
    summaryReason: (source: string, entry: number, hash: string) =>
      `Kopieret fra ${source} (revisionssporet til og med post nr. ${entry}, kontrolsum ${hash}).`,
    summaryReasonEmpty: (source: string) => `Kopieret fra ${source} (revisionssporet var tomt).`,
    done: (count: number, target: string, mode: 'whole' | 'rechained') =>
      `${count === 1 ? 'Ét projekt' : `${count} projekter`} kopieret til ${target}${mode === 'whole' ? ' med hele revisionssporet uændret (samme postnumre og kontrolsummer)' : ' med egne postnumre i målets revisionsspor'}.`,
    project: (title: string, from: number, to: number) => `  «${title}»: nr. ${from} i kilden er nr. ${to} i målet.`,
    counted: (rows: string, entries: string) =>
      `Skrevet: ${rows} rækker og ${entries} poster i revisionssporet. Målet er kontrolleret: revisionssporet holder, og alle projektets tal er de samme som i kilden.`,
    errors: {
      sameDatabase: 'Kilde og mål er den samme database. Intet er kopieret.',
      sourceMissing: (file: string) => `Kilden ${file} findes ikke. Intet er kopieret.`,
      projectMissing: (id: number) => `Projekt ${id} findes ikke i kilden. Intet er kopieret.`,
      noProjects: 'Kilden har ingen projekter. Intet er kopieret.',
      sourceNotVerified: (source: string, first: string) => `Kilden ${source} består ikke kontrollen (${first}) Intet er kopieret.`,
      targetHasProject: (title: string, municipality: string, from: string, to: string, id: number) =>
        `Måldatabasen har allerede projektet «${title}» (${municipality}, ${from}–${to}) som nr. ${id}. Intet er kopieret.`,
      poolMissing: (key: string, name: string) => `Puljen «${name}» (${key}) findes ikke i måldatabasen. Opret den først. Intet er kopieret.`,
      poolRulesDiffer: (name: string, section: string) =>
        `Puljen «${name}» har andre regler (${section}) i måldatabasen end i kilden, så projektets tal ville ændre sig. Gør reglerne ens først. Intet er kopieret.`,
      copyNotVerified: (first: string) => `Kopien bestod ikke kontrollen (${first}) Intet er skrevet i måldatabasen.`,
      figuresDiffer: (title: string, path: string, before: string, after: string) =>
        `Tallene for «${title}» er ikke de samme efter kopien (${path}: ${before} i kilden, ${after} i målet). Intet er skrevet i måldatabasen.`,
      notOwner: 'Kun ejeren af fællesdatabasen (IT) kan kopiere projekter ind, fordi revisionssporet beholder de oprindelige brugere. Intet er kopieret.',
      unknownJsonId: (where: string, key: string) => `Kopien kender ikke henvisningen «${key}» i ${where}. Intet er kopieret.`,
      failed: (table: string, detail: string) =>
        `Kopien blev afbrudt${table ? ` under tabellen ${table}` : ''}; intet er skrevet i måldatabasen. Databasens besked: ${detail}`
    }
  },
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
  /** The service host's own lines in the log of browser mode and the desktop app (server/serviceHost, server/openWindow.ts). */
  serviceHost: {
    noDisplay: 'Der er ingen skærm: åbn adressen ovenfor i en browser.',
    notBuilt: 'Puljestyrs tjeneste er ikke bygget: kør "npm run build".',
    workerForeignMessage: (index: number) => `Tjeneste ${index}: en besked uden for protokollen blev afvist.`,
    workerFailed: (index: number, message: string) => `Tjeneste ${index} kunne ikke starte: ${message}`,
    hostForeignMessage: 'Tjenesten fik en besked uden for protokollen; den blev afvist.',
    reopenFailed: (error: string) => `Databasen kunne ikke genåbnes: ${error}`,
    printThreadStopped: (code: number) => `PDF-tråden stoppede (kode ${code}).`,
    printThreadError: (error: string) => `PDF-tråden: ${error}`,
    printThreadForeignMessage: 'PDF-tråden sendte en besked uden for protokollen; den blev afvist.',
    printHostForeignMessage: 'PDF-tråden fik en besked uden for protokollen; den blev afvist.'
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
    projectRefusedByDatabase: (table: string | null) =>
      `Fællesdatabasen afviste ændringen: din databasebruger har ikke adgang til at ændre dette projekt${table ? ` (tabellen ${table})` : ''}. Intet er gemt. Bed IT om adgang til projektet.`,
    actorRefusedByDatabase: 'Fællesdatabasen afviste ændringen: en post i revisionssporet skal nævne den databasebruger, der er logget på. Intet er gemt.',
    teamDatabaseBusy: 'Fællesdatabasen er optaget: en anden skriver lige nu (fx en import eller en kopi). Intet er gemt. Prøv igen om lidt.',
    printRoute: 'En udskrift kan kun laves af en side under /print/.',
    noChromium: 'Der blev ikke fundet en Chromium- eller Edge-browser til at lave PDF. Sæt CHROMIUM_PATH til browserens sti.',
    printerStopped: 'PDF’en blev ikke lavet: udskrivningen stoppede undervejs. Prøv igen, og genstart Puljestyr, hvis det sker igen.'
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
      description: 'tag en sikkerhedskopi og kontrollér den: SQLite online backup af en fil, pg_dump af fællesdatabasen',
      outOption: 'kopiens filnavn',
      forceOption: 'overskriv en eksisterende fil'
    },
    restore: {
      description: 'gendan databasen fra en sikkerhedskopi (kontrolleres først; den tidligere fil gemmes ved siden af)',
      fromOption: 'sikkerhedskopien',
      dbOption: 'databasefilen, der skal erstattes'
    },
    copy: {
      description:
        'kopiér projekter mellem en databasefil og fællesdatabasen (begge veje), kontrolleret: revisionssporet og alle tal er ens, ellers skrives intet',
      fromOption: 'kilden: en databasefil eller postgres://bruger@vært/database',
      toOption: 'målet: en databasefil (oprettes, hvis den ikke findes) eller postgres://…',
      projectOption: 'kun dette projekt (dets nummer i kilden)'
    }
  }
} as const
