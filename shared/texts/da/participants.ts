// Danish UI text for the participants screens (Deltagere, Prioritering) and their messages.
import type { ActivityKey, ExitReason, ProgressionOccasion } from '../../domain/participants/types'
import type { KpiKey, ParetoPartKey } from '../../domain/participants/poolRules'
import type { StatusRule } from '../../domain/participants/status'

import { formatMeasuredShare, formatSetShare } from '../../domain/percent'

/** A measured share (a KPI): «10,8 %»; a share someone set (a target, a condition's threshold): «15 %». */
const pct = formatMeasuredShare
const setPct = formatSetShare

const activities: Record<ActivityKey, string> = {
  paidHours: 'Løntimer',
  workPlacement: 'Virksomhedspraktik',
  wageSubsidy: 'Løntilskud',
  flexJob: 'Fleksjob',
  educationSu: 'Ordinær uddannelse (SU)',
  educationPaid: 'Lønnet uddannelse',
  otherActivity: 'Anden aktivitet'
}

const exitReasons: Record<ExitReason, string> = {
  job: 'Job',
  education: 'Uddannelse',
  flexJob: 'Fleksjob',
  ledighedsydelse: 'Ledighedsydelse',
  disabilityPension: 'Førtidspension',
  movedAway: 'Fraflyttet kommunen',
  death: 'Død',
  statePension: 'Folkepension',
  other: 'Andet'
}

const kpis: Record<KpiKey, string> = {
  shareOfEffortGroupWithPaidHoursOrEducationInOneMonth: 'Løntimer eller uddannelse',
  shareOfEffortGroupInFirmBasedActivity: 'Virksomhedsrettet indsats',
  shareOfEffortGroupWithPaidHours: 'Løntimer',
  shareOfEffortGroupInWorkPlacement: 'Virksomhedspraktik',
  shareOfOpenCasesPassive: 'Passive',
  shareOfEndedInJobOrEducation: 'Afsluttet til job eller uddannelse'
}

const occasions: Record<ProgressionOccasion, string> = {
  intake: 'Ved start',
  followUp: 'Opfølgning',
  exit: 'Ved afslutning'
}

const scoreParts: Record<ParetoPartKey, string> = {
  paidHours: 'Løntimer',
  firmBased: 'Virksomhedsrettet',
  notPassive: 'Aktiv',
  progression: 'Progression',
  cvUpToDate: 'CV opdateret',
  jobPlan: 'Jobrettet plan',
  jobGoal: 'Jobmål'
}

const statusRules: Record<StatusRule, string> = {
  passiveWithActivity: 'en passiv måned kan ikke have aktiviteter',
  noActivity: 'vælg mindst én aktivitet, eller markér måneden som passiv',
  passiveReasonRequired: 'skal udfyldes, når måneden er passiv',
  unknownPassiveReason: 'skal være en af puljens årsager til passivitet',
  paidHoursRequired: 'skal være flere end 0 timer, når der er løntimer',
  hoursWithoutPaidHours: 'kræver, at løntimer er valgt som aktivitet',
  tooManyHours: 'kan ikke være flere end 744 timer i en måned',
  cvAfterMonth: 'kan ikke ligge efter månedens udgang',
  beforeIntake: 'ligger før deltagerens startafklaring',
  cpr: 'ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre'
}

export const participants = {
  fields: {
    participantId: 'Deltager',
    pseudonym: 'Pseudonym',
    caseNumber: 'Sagsnummer',
    intakeDate: 'Dato for startafklaring',
    intakeGroup: 'Gruppe ved startafklaring',
    jobBrokerId: 'Jobformidler',
    exitDate: 'Slutdato',
    exitReason: 'Årsag til afslutning',
    note: 'Note',
    reason: 'Begrundelse',
    changeDate: 'Dato for gruppeskift',
    toGroup: 'Ny gruppe',
    changeId: 'Gruppeskift',
    month: 'Måned',
    rows: 'Rækker',
    activities: 'Aktiviteter',
    paidHoursMinutes: 'Løntimer (timer)',
    passive: 'Passiv',
    passiveReason: 'Årsag til passiv',
    cvUpdatedOn: 'CV opdateret',
    jobPlan: 'Jobrettet plan',
    jobGoal: 'Jobmål',
    fileName: 'Fil',
    file: 'Fil',
    contentBase64: 'Fil',
    occasion: 'Tidspunkt',
    answeredOn: 'Besvaret den',
    answers: 'Svar',
    answerId: 'Besvarelse',
    dimension: 'Kategori',
    fromMonth: 'Fra måned',
    toMonth: 'Til måned',
    targets: 'Mål',
    rules: 'Regler',
    kpi: 'KPI'
  } as Record<string, string>,
  activities,
  exitReasons,
  kpis,
  occasions,
  scoreParts,
  statusRules,
  /** Who a KPI figure is made of (the quarterly pack's trace of a figure). */
  kpiMembers: {
    noStatus: 'Ingen status for måneden',
    noActivity: 'Ingen aktivitet',
    passive: (reason: string | null) => (reason ? `Passiv: ${reason}` : 'Passiv'),
    exit: (reason: string | null) => (reason ? `Afsluttet: ${reason}` : 'Afsluttet')
  },
  groups: { 1: 'Gruppe 1 (indsatsgruppen)', 2: 'Gruppe 2 (rehabiliteringsgruppen)', 3: 'Gruppe 3' } as Record<number, string>,
  groupShort: (g: number) => `Gruppe ${g}`,
  errors: {
    notFound: (id: number) => `Deltager ${id} findes ikke i projektet.`,
    answerNotFound: (id: number) => `Besvarelse ${id} findes ikke.`,
    themeNotFound: (key: string) => `Temaet «${key}» findes ikke blandt puljens progressionsspørgsmål.`,
    changeNotFound: (id: number) => `Gruppeskift ${id} findes ikke.`,
    pseudonymTaken: (p: string) => `Feltet «Pseudonym»: «${p}» bruges allerede af en anden deltager i projektet.`,
    caseNumberTaken: (c: string) => `Feltet «Sagsnummer»: «${c}» bruges allerede af en anden deltager i projektet.`,
    brokerNotStaff: 'Feltet «Jobformidler» skal være en medarbejder i projektet.',
    exitBeforeIntake: 'Feltet «Slutdato» kan ikke ligge før datoen for startafklaring.',
    exitReasonRequired: 'Feltet «Årsag til afslutning» skal udfyldes, når der er en slutdato.',
    exitDateRequired: 'Feltet «Slutdato» skal udfyldes, når der er en årsag til afslutning.',
    intakeOutsidePeriod: 'Feltet «Dato for startafklaring» skal ligge i projektperioden.',
    changeBeforeIntake: 'Feltet «Dato for gruppeskift» kan ikke ligge før startafklaringen.',
    changeSameGroup: 'Feltet «Ny gruppe» er den gruppe, deltageren allerede er i.',
    statusesBeforeIntake: (month: string) =>
      `Feltet «Dato for startafklaring»: deltageren har en månedsstatus for ${month}, som ville ligge før startafklaringen.`,
    duplicateRow: 'Deltageren står mere end én gang i måneden.',
    participantNotInProject: 'Deltageren findes ikke i projektet.',
    statusField: (label: string, rule: StatusRule) => `Feltet «${label}» ${statusRules[rule]}.`,
    monthRejected: (n: number) => `Månedens status blev ikke gemt: ${n === 1 ? 'én række har' : `${n} rækker har`} fejl. Ret dem og gem igen.`,
    importRejected: (n: number) =>
      `Filen blev ikke importeret: ${n === 1 ? 'én række har' : `${n} rækker har`} fejl. Intet er gemt. Ret rækkerne og importér igen.`,
    importEmpty: 'Filen har ingen rækker med månedsstatus.',
    importMissingColumns: (cols: string) => `Filen mangler kolonnen ${cols}.`,
    importUnknownParticipant: (who: string) => `Deltageren «${who}» findes ikke i projektet (pseudonym eller sagsnummer).`,
    importNoParticipant: 'Feltet «Pseudonym» eller «Sagsnummer» skal udfyldes.',
    importBadMonth: (v: string) => `Feltet «Måned» skal være en måned, fx 2020-03 eller 03-2020 (fik «${v}»).`,
    importBadYesNo: (label: string, v: string) => `Feltet «${label}» skal være ja eller nej (fik «${v}»).`,
    importBadHours: (v: string) => `Feltet «Løntimer» skal være et antal timer, fx 12,5 (fik «${v}»).`,
    importBadDate: (label: string, v: string) => `Feltet «${label}» skal være en dato, fx 15.03.2020 (fik «${v}»).`,
    importDuplicate: (line: number) => `Deltageren har allerede en række for samme måned i linje ${line}.`,
    unknownQuestions: (keys: string) => `Feltet «Svar»: spørgsmålene ${keys} findes ikke i puljens spørgsmålsramme.`,
    answerOutOfScale: (min: number, max: number) => `Feltet «Svar»: hvert svar skal være et helt tal fra ${min} til ${max}.`,
    noAnswers: 'Feltet «Svar»: besvar mindst ét spørgsmål.',
    answerBeforeIntake: 'Feltet «Besvaret den» kan ikke ligge før startafklaringen.',
    progressionNotEffortGroup: 'Progression måles for deltagere i indsatsgruppen (gruppe 1 ved startafklaring).',
    priorityNotRanked: 'Kun deltagere i indsatsgruppen med et åbent forløb kan fastholdes på eller tages af fokuslisten.',
    rulesInvalid: 'Reglerne kunne ikke gemmes.'
  },
  detail: {
    notMeasured: 'Ikke målt endnu: der er ingen månedsstatus.',
    oneMonthMet: (atLeast: number, bestShare: number, month: string, count: number, total: number, firstMonth: string) =>
      `Opfyldt: ${pct(bestShare)} (${count} af ${total}) i ${month}; kravet er mindst ${setPct(atLeast)} i én måned${firstMonth === month ? '' : ` og blev nået første gang i ${firstMonth}`}.`,
    oneMonthNotMet: (atLeast: number, bestShare: number, month: string | null) =>
      `Ikke opfyldt: den bedste måned er ${month ?? '–'} med ${pct(bestShare)}; kravet er mindst ${setPct(atLeast)} i én måned.`,
    runMet: (atLeast: number, n: number, months: string) => `Mindst ${setPct(atLeast)} ${n} måneder i træk: opfyldt i ${months}.`,
    runNotMet: (atLeast: number, n: number, longest: number, longestMonths: string, bestShare: number) =>
      `Mindst ${setPct(atLeast)} ${n} måneder i træk: ikke opfyldt. ${
        longest > 0 ? `Længste periode over kravet var ${longest} ${longest === 1 ? 'måned' : 'måneder'} (${longestMonths})` : 'Ingen måned har nået kravet'
      }; den bedste periode på ${n} måneder havde mindst ${pct(bestShare)}.`,
    unknownKpi: (kpi: string) => `KPI'en «${kpi}» kendes ikke af deltagerdelen.`
  },
  /** Other headers a status file may use for a column (besides importHeaders), and how yes and no are written. */
  importAliases: {
    pseudonym: ['Deltager', 'Borger'],
    caseNumber: ['Sagsnr', 'Sagsnr.'],
    month: ['Maaned', 'Periode'],
    paidHours: ['Lønnede timer', 'Løntimer (timer)', 'Antal løntimer'],
    workPlacement: ['Praktik'],
    educationSu: ['Ordinær uddannelse', 'SU-uddannelse', 'Uddannelse'],
    passiveReason: ['Årsag', 'Passiv årsag'],
    cvUpdatedOn: ['CV opdateret på Jobnet', 'CV'],
    jobPlan: ['Jobplan'],
    note: ['Bemærkning']
  },
  importYes: ['ja', 'j', 'x', '1', 'sand', 'true', 'yes', '✓'],
  importNo: ['', 'nej', 'n', '0', 'falsk', 'false', 'no', '-'],
  /** The missing columns of a status file: «Måned» og «Pseudonym» eller «Sagsnummer». */
  importColumn: (name: string) => `«${name}»`,
  importEitherColumn: (a: string, b: string) => `«${a}» eller «${b}»`,
  importColumnsJoin: ' og ',
  importHeaders: {
    pseudonym: 'Pseudonym',
    caseNumber: 'Sagsnummer',
    month: 'Måned',
    /** The activities' columns are named as the activities are. */
    ...activities,
    passive: 'Passiv',
    passiveReason: 'Årsag til passiv',
    cvUpdatedOn: 'CV opdateret',
    jobPlan: 'Jobrettet plan',
    jobGoal: 'Jobmål',
    note: 'Note'
  },
  ui: {
    tabs: { list: 'Deltagere', month: 'Månedsstatus', kpi: 'KPI’er', progression: 'Progression' },
    list: {
      title: 'Deltagere',
      subtitle: 'Deltagere under pseudonym eller sagsnummer – aldrig CPR-nummer.',
      add: 'Ny deltager',
      search: 'Søg pseudonym eller sagsnummer',
      filterBroker: 'Jobformidler',
      allBrokers: 'Alle jobformidlere',
      filterState: 'Vis',
      stateOpen: 'Åbne forløb',
      stateClosed: 'Afsluttede',
      stateAll: 'Alle',
      pseudonym: 'Pseudonym',
      caseNumber: 'Sagsnummer',
      group: 'Gruppe',
      intake: 'Startafklaring',
      broker: 'Jobformidler',
      exit: 'Afsluttet',
      lastStatus: 'Seneste status',
      effortGroup: 'Indsatsgruppe',
      inEffortGroup: 'Tæller med',
      notInEffortGroup: 'Tæller ikke',
      reminder: 'Progression',
      empty: 'Der er ingen deltagere endnu. Opret den første, eller importér månedsstatus for deltagere, der allerede er oprettet.',
      noMatch: 'Ingen deltagere passer til filteret.',
      count: (shown: number, total: number) => `Viser ${shown} af ${total} deltagere`,
      remindersTitle: (n: number) => `${n} ${n === 1 ? 'deltager mangler' : 'deltagere mangler'} en progressionsbesvarelse`
    },
    reminders: {
      intakeMissing: 'Mangler startbesvarelse',
      followUpDue: (d: string) => `Opfølgning forfalden ${d}`,
      followUpSoon: (d: string) => `Opfølgning senest ${d}`,
      exitMissing: 'Mangler slutbesvarelse'
    },
    form: {
      newTitle: 'Ny deltager',
      editTitle: 'Rediger deltager',
      pseudonymHelp: 'Fx «Borger 017» eller kommunens sagsnummer. Aldrig CPR-nummer.',
      noBroker: 'Ingen jobformidler',
      noExit: 'Ikke afsluttet',
      exitSection: 'Afslutning',
      reasonHelp: 'Hvorfor ændres oplysningerne? Gemmes i revisionssporet.',
      created: 'Deltageren er oprettet.',
      saved: 'Deltageren er gemt.',
      rule6:
        'Indsatsgruppen er dem, der placeres i gruppe 1 ved startafklaringen. Et senere skift til gruppe 2 eller 3 ændrer ikke, at de tæller med; placeres de i gruppe 2 eller 3 ved startafklaringen, tæller de aldrig med.'
    },
    detail: {
      facts: 'Oplysninger',
      edit: 'Rediger',
      delete: 'Slet deltager',
      deleteTitle: 'Slet deltageren?',
      deleteText:
        'Deltageren slettes med alle månedsstatusser og progressionsbesvarelser. Brug det kun til en deltager, der er oprettet ved en fejl. Sletningen gemmes i revisionssporet.',
      groupChanges: 'Gruppeskift',
      addGroupChange: 'Registrér gruppeskift',
      noGroupChanges: 'Ingen gruppeskift.',
      currentGroup: 'Gruppe nu',
      statuses: 'Månedsstatus',
      noStatuses: 'Ingen månedsstatus endnu.',
      progression: 'Progression',
      addAnswer: 'Registrér besvarelse',
      noAnswers: 'Ingen besvarelser endnu.',
      removeChange: 'Fjern gruppeskift',
      back: 'Til deltagerlisten'
    },
    month: {
      title: 'Månedsstatus',
      subtitle: 'Hurtig indtastning for en hel sagsstamme: én række pr. deltager. Tab flytter mellem felterne; alle rækker gemmes samlet.',
      month: 'Måned',
      broker: 'Sagsstamme',
      allBrokers: 'Alle jobformidlere',
      includeClosed: 'Vis også afsluttede forløb, der tæller med i indsatsgruppen',
      copyPrevious: 'Kopiér sidste måned til tomme rækker',
      save: 'Gem måneden',
      saved: (c: number, u: number, x: number) => `Gemt: ${c} nye, ${u} ændrede, ${x} fjernede.`,
      nothingToSave: 'Der er ingen ændringer at gemme.',
      unsaved: (n: number) => `${n} ${n === 1 ? 'række er ændret' : 'rækker er ændret'} og ikke gemt`,
      participant: 'Deltager',
      hours: 'Timer',
      passive: 'Passiv',
      reason: 'Årsag',
      cv: 'CV opdateret',
      plan: 'Plan',
      goal: 'Jobmål',
      clearRow: 'Ryd rækken',
      empty: 'Ingen åbne forløb i måneden for den valgte sagsstamme.',
      rowLabel: (field: string, who: string) => `${field} for ${who}`,
      import: 'Importér fil (CSV/XLSX)',
      template: 'Hent skabelon til Excel',
      imported: (rows: number, created: number, updated: number, unchanged: number) =>
        `Importeret ${rows} rækker: ${created} nye, ${updated} ændrede, ${unchanged} uændrede.`,
      importHelp:
        'Kolonner: Pseudonym eller Sagsnummer, Måned, Løntimer (antal), en kolonne pr. aktivitet (ja/nej), Passiv, Årsag til passiv, CV opdateret, Jobrettet plan, Jobmål, Note. Alle rækker skal være gyldige, ellers importeres intet.',
      closed: 'afsluttet',
      datePlaceholder: 'dd.mm.åååå',
      hoursRule: 'skal være et antal timer, fx 12,5.'
    },
    kpi: {
      title: 'KPI’er',
      subtitle: 'Månedsnedslag: de deltagere i indsatsgruppen, der i en kalendermåned har været berørt af aktiviteten.',
      conditions: 'Puljens resultatkrav',
      met: 'Opfyldt',
      notMet: 'Ikke opfyldt',
      notMeasured: 'Ikke målt',
      noConditions: 'Puljen har ingen resultatkrav for udbetaling.',
      latest: (month: string) => `Seneste måned med status: ${month}`,
      noStatus: 'Der er ingen månedsstatus endnu. KPI’erne beregnes, når den første måned er registreret.',
      target: 'Mål',
      chartTitle: 'Udvikling pr. måned',
      chartLabel: 'Andel af indsatsgruppen pr. måned; puljens mål som tynde stiplede linjer i KPI’ens farve',
      axisShare: 'Andel af indsatsgruppen',
      table: 'KPI’er pr. måned',
      month: 'Måned',
      effortGroup: 'Indsats­gruppe',
      openCases: 'Åbne forløb',
      missing: 'Mangler status',
      cv: 'CV opdateret',
      plan: 'Jobrettet plan',
      ended: 'Afsluttet til job/uddannelse',
      caseload: 'Sagsstamme pr. jobformidler',
      caseloadMonth: 'Måned',
      caseloadMax: (n: number) => `Puljens og projektets maksimum: ${n} sager`,
      cases: 'Sager',
      overMax: 'Over maksimum',
      counting: 'Hvad tæller med',
      countingText: (kpi: string, acts: string) => `${kpi}: ${acts}.`,
      exitText: (reasons: string) => `En deltager forlader indsatsgruppen ved: ${reasons}. Andre afslutninger tæller fortsat med.`,
      targets: 'Projektets mål',
      editTargets: 'Ret projektets mål',
      targetsHelp: 'Tomt felt = puljens mål. Andele i procent, sagsstamme i antal sager.',
      targetsSaved: 'Projektets mål er gemt.',
      pdf: 'KPI-rapport som PDF',
      printTitle: 'KPI-rapport',
      printIntro: (pool: string) => `Resultater målt efter puljens regler (${pool}). Deltagere vises ikke i denne rapport.`,
      share: 'Andel',
      count: 'Antal'
    },
    targetLabels: {
      paidHoursShare: 'Løntimer (andel)',
      workPlacementShare: 'Virksomhedspraktik (andel)',
      firmBasedShare: 'Virksomhedsrettet indsats (andel)',
      paidHoursOrEducationShare: 'Løntimer eller uddannelse (andel)',
      passiveShareMax: 'Passive (højst)',
      endedInJobOrEducationShare: 'Afsluttet til job/uddannelse (andel)',
      caseloadMax: 'Sager pr. jobformidler (højst)'
    } as Record<string, string>,
    progression: {
      axisMean: 'Gennemsnit',
      title: 'Progression',
      subtitle: 'Spørgsmålsrammen besvares ved start, igen senest efter et år og ved afslutning.',
      exampleWarning:
        'Spørgsmålene er eksempeltekst, ikke STAR’s formulering: den officielle ordlyd er ikke fundet. Erstat dem med den ordlyd, kommunen bruger, under puljens indstillinger (Resultater).',
      themes: 'Udvikling pr. tema for indsatsgruppen',
      themesHelp: 'Gennemsnit ved start og ved seneste besvarelse for deltagere med begge.',
      theme: 'Tema',
      participants: 'Deltagere',
      intake: 'Ved start',
      latest: 'Seneste',
      change: 'Ændring',
      chartLabel: 'Gennemsnit pr. tema ved start og ved seneste besvarelse',
      reminders: 'Besvarelser der skal indhentes',
      noReminders: 'Ingen besvarelser mangler.',
      answered: (i: number, f: number, e: number) => `Besvarelser: ${i} ved start, ${f} opfølgninger, ${e} ved afslutning.`,
      occasion: 'Tidspunkt',
      answeredOn: 'Besvaret den',
      scale: (min: number, max: number, minLabel: string, maxLabel: string) => `Skala ${min}–${max}: ${min} = ${minLabel}, ${max} = ${maxLabel}`,
      save: 'Gem besvarelse',
      saved: 'Besvarelsen er gemt.',
      remove: 'Fjern besvarelse',
      removeReason: 'Begrundelse for at fjerne besvarelsen',
      example: 'Eksempeltekst',
      notAnswered: 'Ikke besvaret'
    },
    prioritisation: {
      title: 'Prioritering',
      subtitle: 'Paretoprincippet: fokus på de bedste 20 % i indsatsgruppen, som står for 80 % af succesen. Listen beregnes for hver måned.',
      tabs: { focus: 'Fokusliste', categories: '80/20-analyse' },
      month: 'Måned',
      rank: 'Nr.',
      participant: 'Deltager',
      broker: 'Jobformidler',
      score: 'Score',
      parts: 'Scorens dele',
      focus: 'Fokus',
      focusBadge: 'Top 20 %',
      pinnedBadge: 'Fastholdt',
      focusCount: (n: number, total: number, share: string) => `${n} af ${total} i fokus (top ${share}, lige scorer tæller med)`,
      scoreHelp: (months: number) =>
        `Scoren er summen af delene: løntimer og virksomhedsrettet indsats (andel af de seneste ${months} måneder), aktiv i stedet for passiv, seneste progression, CV opdateret, jobrettet plan og jobmål. Vægtene er puljens indstilling.`,
      pin: 'Fasthold i fokus',
      exclude: 'Tag af listen',
      undo: 'Fortryd',
      reasonTitle: { pin: 'Fasthold i fokus', exclude: 'Tag af listen', none: 'Fortryd fastholdelse eller fravalg' },
      reason: 'Begrundelse',
      reasonHelp: 'Gemmes i revisionssporet.',
      confirm: 'Gem',
      excluded: 'Taget af listen',
      pdf: 'Fokuslisten som PDF',
      printTitle: (month: string) => `Fokusliste ${month}`,
      printNote: 'Pseudonymer: til internt brug i projektet.',
      noEntries: 'Ingen deltagere i indsatsgruppen med åbent forløb i måneden.',
      dimension: 'Kategori',
      dimensions: {
        passiveReason: 'Årsager til passivitet (antal måneder)',
        passiveByBroker: 'Passive måneder pr. jobformidler',
        missingCvByBroker: 'Manglende opdateret CV pr. jobformidler',
        exitReason: 'Årsager til afslutning',
        paidHoursByBroker: 'Løntimer pr. jobformidler (timer)',
        activity: 'Aktiviteter (antal måneder)',
        spendingByBudgetLine: 'Forbrug pr. budgetpost (kroner)'
      } as Record<string, string>,
      from: 'Fra måned',
      to: 'Til måned',
      category: 'Kategori',
      value: 'Værdi',
      share: 'Andel',
      cumulative: 'Kumuleret',
      vitalFew: 'De vigtige få (op til 80 %)',
      chartLabel: 'Paretodiagram: søjler sorteret efter størrelse og den kumulerede andel som linje',
      cumulativeLine: 'Kumuleret andel',
      axisValue: { count: 'Antal', minutes: 'Timer', ore: 'Kroner' } as Record<'count' | 'minutes' | 'ore', string>,
      line80: '80 %-linjen',
      behind: (category: string) => `Bag søjlen «${category}»`,
      show: 'Vis',
      clickHint: 'Klik på en søjle eller en række for at se, hvad der ligger bag.',
      none: 'Der er intet at vise for perioden.',
      total: 'I alt'
    },
    overview: {
      title: 'Deltagere og resultater',
      participants: 'Deltagere i alt',
      effortGroup: 'I indsatsgruppen',
      open: 'Åbne forløb',
      latest: (m: string) => `Seneste måned: ${m}`,
      noStatus: 'Ingen månedsstatus endnu.',
      reminders: (n: number) => `${n} progressionsbesvarelser mangler`,
      overMax: (name: string, n: number) => `${name} har ${n} sager – over maksimum`,
      open_kpis: 'Se KPI’er',
      open_focus: 'Se fokuslisten'
    },
    rules: {
      label: 'Resultater og deltagere',
      shipped: 'Puljen bruger de regler, Puljestyr leveres med.',
      edited: 'Puljen bruger egne, redigerede regler.',
      counting: 'Hvad tæller med i hver KPI',
      exits: 'Årsager der tager en deltager ud af indsatsgruppen',
      success: 'Afslutninger der tæller som job eller uddannelse',
      conditions: 'Resultatkrav for udbetaling',
      conditionsEditedWithInstalments:
        'Resultatkravene hører til puljens rater og redigeres under «Budget, lønkroner og rater» på denne side. Reglerne her bestemmer, hvilke aktiviteter der tæller med i nøgletallene.',
      targets: 'Puljens mål',
      passiveReasons: 'Årsager til passivitet (én pr. linje)',
      cvMaxAge: 'CV tæller som opdateret i (måneder)',
      progression: 'Progression: spørgsmål og skala',
      exampleWording: 'Teksterne er eksempeltekst (vises som sådan)',
      scaleMin: 'Skalaens laveste værdi',
      scaleMax: 'Skalaens højeste værdi',
      scaleMinLabel: 'Tekst for laveste værdi',
      scaleMaxLabel: 'Tekst for højeste værdi',
      followUpMonths: 'Opfølgning efter (måneder)',
      question: (n: number) => `Spørgsmål ${n}`,
      pareto: 'Paretoscore: vægte',
      focusShare: 'Fokusandel (procent)',
      lookback: 'Ser tilbage (måneder)',
      reason: 'Begrundelse for ændringen',
      save: 'Gem reglerne',
      saved: 'Reglerne er gemt.',
      reset: 'Tilbage til de leverede regler',
      percent: '%'
    }
  },
  templateFileName: (month: string) => `Månedsstatus ${month}.csv`,
  noBroker: 'Ingen jobformidler fra projektet',
  otherCategory: 'Øvrige',
  unknownCategory: 'Ikke angivet',
  pct,
  setPct,
  /** A KPI's target as a screen, a PDF and the CLI write it: «mindst 15 %», «højst 10 %», '' without one. */
  targetText: (target: number | null, atMost: boolean) => (target === null ? '' : `${atMost ? 'højst' : 'mindst'} ${setPct(target)}`),
  /** `puljestyr kpi`. */
  cli: {
    description: 'månedlige KPI’er for deltagerne og om puljens resultatkrav er opfyldt',
    title: (pool: string) => `${pool}: KPI’er pr. måned (månedsnedslag af indsatsgruppen)`,
    month: 'Måned',
    effortGroup: 'Indsatsgruppe',
    notMeasured: 'IKKE MÅLT',
    met: 'OPFYLDT',
    notMet: 'IKKE OPFYLDT'
  },
  /** The results rules shipped for the pools (shared/domain/participants/poolRules.ts). */
  shipped: {
    scaleOrder: 'Skalaens højeste værdi skal være større end den laveste.',
    scaleMinLabel: 'Passer slet ikke',
    scaleMaxLabel: 'Passer helt',
    /** The themes of the progression questions (seed 003, the BIP framework). */
    themes: {
      selfEfficacy: 'Tro på egne evner',
      healthManagement: 'Helbredsmestring',
      labourMarketIdentity: 'Arbejdsmarkedsidentitet, mening og retning',
      workplaceCooperation: 'Samarbejde på arbejdspladsen eller uddannelsen',
      professionalRelations: 'Relationer til fagprofessionelle',
      privateNetwork: 'Privat netværk'
    },
    /** Example wording of each question: STAR's own was not found, so the screen marks it as an example. */
    questions: {
      selfEfficacy1: 'Eksempel: Jeg tror på, at jeg kan klare de opgaver, et arbejde eller en uddannelse vil give mig.',
      selfEfficacy2: 'Eksempel: Når noget er svært, kan jeg som regel finde en måde at løse det på.',
      health1: 'Eksempel: Jeg kan håndtere mit helbred, så det ikke står i vejen for arbejde eller uddannelse.',
      health2: 'Eksempel: Jeg ved, hvad jeg selv kan gøre, når mit helbred svinger.',
      identity1: 'Eksempel: Jeg kan se mig selv i et arbejde eller en uddannelse.',
      identity2: 'Eksempel: Jeg har et konkret mål for, hvilket arbejde eller hvilken uddannelse jeg vil have.',
      identity3: 'Eksempel: Det giver mening for mig at arbejde eller tage en uddannelse.',
      identity4: 'Eksempel: Jeg ved, hvad næste skridt mod arbejde eller uddannelse er.',
      cooperation1: 'Eksempel: Jeg kan samarbejde med kolleger eller medstuderende.',
      professionals1: 'Eksempel: Jeg oplever, at de fagfolk, jeg møder, tror på mig og hjælper mig videre.',
      network1: 'Eksempel: Jeg har mennesker omkring mig, der støtter mig i at komme i arbejde eller uddannelse.'
    },
    passiveReasons: [
      'Sygdom eller helbred',
      'Psykiske udfordringer',
      'Misbrug',
      'Sociale forhold (bolig, økonomi, familie)',
      'Afventer lægelige oplysninger',
      'Afventer tilbud eller opstart',
      'Udeblevet eller ikke i kontakt',
      'Barsel',
      'Andet'
    ]
  }
} as const
