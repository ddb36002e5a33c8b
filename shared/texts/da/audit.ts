// Danish text of the audit trail, `verify`, backups and restore.
/** The Danish name of each table a user meets in the audit trail (never the SQL name). */
const entityNames: Record<string, string> = {
  budget_version: 'Budgetversion',
  budget_line_figures: 'Budgetpostens tal',
  budget_instalment: 'Rate',
  grant_pool: 'Pulje',
  grant_pool_rules: 'Puljens regler',
  project: 'Projekt',
  project_grant_year: 'Tilsagn pr. år',
  staff: 'Medarbejder',
  staff_rate: 'Timesats',
  budget_line: 'Budgetpost',
  posting: 'Postering',
  audit_log: 'Revisionsspor',
  meeting_group: 'Mødegruppe',
  meeting_member: 'Gruppemedlem',
  meeting: 'Møde',
  meeting_attendance: 'Fremmøde',
  meeting_item: 'Dagsordenspunkt',
  meeting_item_absence: 'Fravær under punkt',
  meeting_attachment: 'Bilag',
  meeting_action: 'Opfølgningspunkt',
  meeting_follow_up: 'Opfølgning',
  meeting_addendum: 'Tillæg til referat',
  participant: 'Deltager',
  participant_group_change: 'Gruppeskift',
  participant_status: 'Månedsstatus',
  participant_progression: 'Progressionsmåling',
  participant_priority: 'Prioritering',
  participant_project_targets: 'KPI-mål',
  quarterly_text: 'Kvartalstekst',
  quarterly_pack: 'Kvartalsrapport',
  time_settings: 'Timeindstillinger',
  time_activity: 'Aktivitet',
  time_entry: 'Timeregistrering',
  time_month: 'Måned (timer)',
  salary_line_choice: 'Lønpost for timer',
  import_batch: 'Import',
  import_row: 'Importeret række',
  account: 'Regnskab',
  time_week: 'Uge (timer)',
  time_week_posting: 'Ugens postering',
  database: 'Kopi af databasen'
}

export const audit = {
  /** «Budgetpost 12», not «budget_line 12»; an unknown table is a «Post». */
  entityName: (table: string): string => entityNames[table] ?? 'Post',
  verify: {
    chainBroken: (id: number, entity: string, entityId: string) =>
      `Revisionssporets post nr. ${id} (${entity} ${entityId}) er ændret eller fjernet uden om programmet.`,
    chainTruncated: (last: number, highest: number) =>
      `Revisionssporet slutter ved post nr. ${last}, men databasen har haft poster til nr. ${highest}: de sidste poster er slettet uden om programmet.`,
    rowUnaudited: (entity: string, id: string) => `${entity} ${id} findes, men er ikke oprettet gennem programmet (ingen post i revisionssporet).`,
    rowChanged: (entity: string, id: string, auditId: number, columns: string) =>
      `${entity} ${id} er ændret uden om programmet efter revisionssporets post nr. ${auditId}: ${columns}.`,
    columnChange: (column: string, before: string, after: string) => `kolonnen ${column} var ${before}, er nu ${after}`,
    rowMissing: (entity: string, id: string, auditId: number) => `${entity} ${id} er slettet uden om programmet (sidst registreret i post nr. ${auditId}).`,
    schemaExtra: (type: string, name: string) => `Databasen har ${schemaType(type)} «${name}», som denne version af Puljestyr ikke opretter.`,
    schemaMissing: (type: string, name: string) => `Databasen mangler ${schemaType(type)} «${name}», som denne version af Puljestyr opretter.`,
    schemaChanged: (type: string, name: string) => `${capital(schemaType(type))} «${name}» er ændret i forhold til denne version af Puljestyr.`,
    integrity: (detail: string) => `SQLite's integritetskontrol fejler: ${detail}`,
    integrityPostgres: (count: string) => `PostgreSQL har fundet ${count} datasider, hvis kontrolsum ikke passer: serverens filer er beskadiget.`,
    anchorMissing: (n: number) => `Revisionssporet har ikke længere post nr. ${n}, som en udskrift bekræfter.`,
    anchorDiffers: (n: number, printed: string, now: string) =>
      `Revisionssporets post nr. ${n} havde kontrolsummen ${printed} på udskriften, men har nu ${now}: sporet er skrevet om.`,
    anchorFormat: (value: string) => `Ankeret skal skrives som NUMMER:KONTROLSUM (fx 1234:ab12…), fik «${value}».`,
    anchorOk: (n: number) => `Ankeret post nr. ${n} passer: revisionssporet holder stadig den post uændret.`
  },
  /** The audited tables by their Danish names (the revisor export's audit file, the trail on screen). */
  tables: {
    project: 'Projekt',
    project_grant_year: 'Tilsagn pr. år',
    grant_pool: 'Pulje',
    grant_pool_rules: 'Puljens regler',
    staff: 'Medarbejder',
    staff_rate: 'Timesats',
    budget_version: 'Budgetversion',
    budget_line: 'Budgetpost',
    budget_line_figures: 'Budgetpostens tal',
    budget_instalment: 'Rate',
    time_settings: 'Tidsindstillinger',
    time_activity: 'Aktivitet (timer)',
    time_entry: 'Timeregistrering',
    time_month: 'Månedsgodkendelse',
    time_week: 'Ugegodkendelse',
    time_week_posting: 'Ugens postering',
    salary_line_choice: 'Valg af lønpost',
    posting: 'Postering',
    account: 'Regnskab',
    import_batch: 'Import',
    import_row: 'Importeret række',
    meeting_group: 'Mødegruppe',
    meeting_member: 'Gruppemedlem',
    meeting: 'Møde',
    meeting_attendance: 'Fremmøde',
    meeting_item: 'Dagsordenpunkt',
    meeting_item_absence: 'Fravær ved punkt',
    meeting_action: 'Opfølgningspunkt',
    meeting_follow_up: 'Opfølgning',
    meeting_attachment: 'Bilag',
    meeting_addendum: 'Tillæg til referat',
    participant: 'Deltager',
    participant_group_change: 'Deltagers gruppeskift',
    participant_status: 'Deltagers månedsstatus',
    participant_progression: 'Deltagers progression',
    participant_priority: 'Deltagers prioritering',
    participant_project_targets: 'Projektets mål for deltagere',
    quarterly_pack: 'Kvartalsrapport',
    quarterly_text: 'Kvartalets tekst',
    database: 'Kopi af databasen'
  } as Record<string, string>,
  anchor: {
    label: 'Revisionsspor',
    line: (n: number, hash: string) => `Revisionsspor: post nr. ${n}, kontrolsum ${hash}`,
    help: 'Kontrollér med: puljestyr verify --anchor NUMMER:KONTROLSUM'
  },
  errors: {
    cannotOpen: (file: string, detail: string) => `Databasen ${file} kan ikke åbnes: ${detail}`,
    cannotMigrate: (file: string, detail: string) => `Databasen ${file} kunne ikke opdateres: ${detail}`,
    /** An audited change of a row that another window or process deleted in the meantime. */
    rowGone: (table: string, id: number) =>
      `Det, du vil ændre, findes ikke længere (${table} nr. ${id}): det kan være slettet i et andet vindue. Opdater siden, og prøv igen.`,
    quickCheck: (file: string, detail: string) =>
      `Databasen ${file} er beskadiget (SQLite's hurtige kontrol fejler: ${detail}). Gendan en sikkerhedskopi med «puljestyr restore» eller under Revisionsspor.`,
    busy: (file: string) =>
      `Databasen ${file} er optaget af et andet Puljestyr-vindue eller en anden proces (fx en import eller kommandolinjen), som skriver lige nu. Prøv igen om lidt.`
  },
  /** `puljestyr verify`. */
  cli: {
    description: 'kontrollér revisionssporet, alle tabeller, skemaet og filen: er noget ændret uden om programmet?',
    anchorOption: 'en post fra en udskrift (NUMMER:KONTROLSUM), som sporet stadig skal holde uændret',
    checked: (entries: number, rows: number) => `Kontrolleret: ${entries} poster i revisionssporet, ${rows} rækker.`,
    finding: (message: string) => `FEJL: ${message}`,
    more: (n: number) => `… og ${n} fejl mere.`,
    intact: 'Revisionssporet er intakt.',
    changed: (n: number) => `Revisionssporet viser ${n} ændring(er) uden om programmet.`
  }
} as const

function schemaType(type: string): string {
  const names: Record<string, string> = {
    table: 'tabellen',
    index: 'indekset',
    trigger: 'triggeren',
    view: 'visningen',
    function: 'funktionen',
    rule: 'reglen',
    policy: 'adgangsreglen'
  }
  return names[type] ?? type
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export const backupTexts = {
  /** The replaced file kept beside a restored one: «puljestyr.før-gendannelse-<tid>.db». */
  asideSuffix: (stamp: string) => `.før-gendannelse-${stamp}.db`,
  outExists: (file: string) => `Filen ${file} findes allerede. Vælg et andet navn, eller brug --force for at overskrive den.`,
  backupDamaged: (file: string, detail: string) => `Sikkerhedskopien ${file} bestod ikke SQLite's integritetskontrol: ${detail}`,
  copyMissing: (file: string) => `Sikkerhedskopien ${file} findes ikke.`,
  copyDamaged: (file: string, detail: string) => `Sikkerhedskopien ${file} gendannes ikke: SQLite's integritetskontrol fejler (${detail}).`,
  copyNotVerified: (file: string, first: string) => `Sikkerhedskopien ${file} gendannes ikke: revisionssporet passer ikke (${first}).`,
  targetBusy: (file: string) => `Databasen ${file} er optaget af et andet Puljestyr-vindue eller en anden proces, som har den åben. Luk den, og prøv igen.`,
  restored: (file: string, aside: string) => `Databasen ${file} er gendannet. Den tidligere fil er gemt som ${aside}.`,
  backedUp: (file: string) => `Sikkerhedskopi gemt i ${file}; SQLite's integritetskontrol: ok.`,
  pgBackedUp: (file: string) =>
    `Sikkerhedskopi af fællesdatabasen gemt i ${file} (pg_dump; pg_restore kan læse den). Gendan i en ny database med «pg_restore -d NY_DATABASE ${file}», og kontrollér den med «puljestyr verify --db postgres://…/NY_DATABASE».`,
  pgDumpMissing: (command: string) =>
    `pg_dump (PostgreSQL's klientprogrammer) findes ikke på denne maskine, så der er ikke taget nogen kopi. Installér PostgreSQL's klientprogrammer (eller sæt PG_BIN til deres mappe), eller kør selv: ${command}`,
  pgDumpFailed: (detail: string) => `pg_dump kunne ikke tage en kopi af fællesdatabasen; der er ikke gemt nogen kopi. PostgreSQL's besked: ${detail}`
} as const
