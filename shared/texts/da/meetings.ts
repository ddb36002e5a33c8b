// Danish UI text for the meetings screens, printouts and messages.
import type { ActionStatus, DecisionChoice, GroupKind, ItemKind, MeetingStatus, MemberRole } from '../../domain/meetings/types'
import { monthNames as MONTHS, monthNamesShort as MONTHS_SHORT } from './common'

function fmt(iso: string | null | undefined): string {
  if (!iso) return ''
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
}

/** "4. kvt. 2019", "1. halvår 2020", "marts 2020", "2020", "jan.–feb. 2020". */
function periodLabel(start: string, months: number): string {
  const year = start.slice(0, 4)
  const m0 = Number(start.slice(5, 7)) - 1
  if (months === 3) return `${m0 / 3 + 1}. kvt. ${year}`
  if (months === 6) return `${m0 / 6 + 1}. halvår ${year}`
  if (months === 12) return year
  if (months === 1) return `${MONTHS[m0]} ${year}`
  return `${MONTHS_SHORT[m0]}–${MONTHS_SHORT[m0 + months - 1]} ${year}`
}

function cadenceLabel(months: number | null): string {
  if (months === null || months === 0) return 'Intet krav om mødefrekvens'
  if (months === 1) return 'Mindst ét møde hver måned'
  if (months === 3) return 'Mindst ét møde hvert kvartal'
  if (months === 6) return 'Mindst ét møde hvert halvår'
  if (months === 12) return 'Mindst ét møde hvert år'
  return `Mindst ét møde hver ${months}. måned`
}

function periodNoun(months: number | null): string {
  if (months === 6) return 'halvår'
  if (months === 12) return 'år'
  if (months === 1) return 'måned'
  if (months === 3 || months === null || months === 0) return 'kvartal'
  return `periode på ${months} måneder`
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`
}

export const meetings = {
  title: 'Møder',
  tabs: {
    meetings: 'Møder',
    groups: 'Grupper og medlemmer',
    cadence: 'Mødefrekvens',
    actions: 'Opfølgningspunkter',
    backlog: 'Forslag til punkter',
    search: 'Søg'
  },
  groupKinds: { steering: 'Styregruppe', implementation: 'Implementeringsgruppe', other: 'Andet forum' } satisfies Record<GroupKind, string>,
  roles: { chair: 'Formand', secretary: 'Sekretær', member: 'Medlem' } satisfies Record<MemberRole, string>,
  statuses: { draft: 'Kladde', invited: 'Indkaldt', held: 'Afholdt', approved: 'Referat godkendt' } satisfies Record<MeetingStatus, string>,
  itemKinds: {
    approval_of_agenda: 'Godkendelse af dagsorden',
    follow_up: 'Opfølgning',
    regular: 'Punkt',
    any_other_business: 'Eventuelt'
  } satisfies Record<ItemKind, string>,
  decisionChoices: { '': 'Ingen hurtigvalg', approved: 'Godkendt', endorsed: 'Tiltrådt', noted: 'Taget til efterretning' } satisfies Record<
    DecisionChoice,
    string
  >,
  actionStatuses: { open: 'Åben', in_progress: 'I gang', done: 'Udført', dropped: 'Udgået' } satisfies Record<ActionStatus, string>,
  attendanceStatuses: { present: 'Til stede', absent: 'Fraværende', unknown: 'Ikke registreret' },

  groups: {
    add: 'Tilføj gruppe',
    edit: 'Rediger gruppe',
    none: 'Projektet har endnu ingen grupper. Opret styregruppen og implementeringsgruppen.',
    createDefaults: 'Opret styregruppe og implementeringsgruppe',
    kind: 'Type',
    name: 'Navn',
    description: 'Beskrivelse',
    cadence: 'Krav om mødefrekvens',
    cadencePool: 'Som puljens regel',
    cadenceNone: 'Intet krav',
    cadenceOption: (months: number) => cadenceLabel(months),
    cadenceLabel,
    members: 'Medlemmer',
    noMembers: 'Gruppen har ingen medlemmer endnu.',
    deleteGroup: 'Slet gruppe',
    deleteRefused: 'En gruppe med møder kan ikke slettes.',
    steeringDefaultName: 'Styregruppe',
    implementationDefaultName: 'Implementeringsgruppe vedr. step up-indsatsen',
    fromPool: 'puljens regel',
    fromGroup: 'gruppens eget krav'
  },
  members: {
    add: 'Tilføj medlem',
    edit: 'Rediger medlem',
    name: 'Navn',
    administration: 'Forvaltning / afdeling',
    jobTitle: 'Stilling',
    role: 'Rolle',
    email: 'E-mail (til indkaldelsen)',
    startDate: 'Medlem fra',
    endDate: 'Medlem til',
    period: 'Periode',
    formerMembers: 'Tidligere medlemmer',
    endHelp: 'Giv en slutdato, når et medlem udtræder: så forbliver tidligere referater rigtige.',
    remove: 'Fjern medlem'
  },

  list: {
    newMeeting: 'Nyt møde',
    none: 'Der er ingen møder endnu.',
    date: 'Dato',
    time: 'Tid',
    group: 'Gruppe',
    titleCol: 'Møde',
    place: 'Sted',
    status: 'Status',
    items: 'Punkter',
    open: 'Åbn'
  },
  meeting: {
    newTitle: 'Nyt møde',
    group: 'Gruppe',
    titleField: 'Mødets titel',
    defaultTitle: (groupName: string) => `Møde i ${groupName.charAt(0).toLowerCase()}${groupName.slice(1)}`,
    date: 'Mødedato',
    startTime: 'Starttidspunkt',
    endTime: 'Sluttidspunkt',
    timeHelp: 'tt:mm, dansk tid',
    place: 'Mødested',
    guests: 'Øvrige deltagere',
    guestsHelp: 'Gæster og oplægsholdere uden for gruppen',
    create: 'Opret møde',
    created: 'Mødet er oprettet med en dagsorden.',
    saveDetails: 'Gem mødeoplysninger',
    detailsSaved: 'Mødeoplysningerne er gemt.',
    details: 'Mødeoplysninger',
    back: 'Alle møder',
    status: 'Status',
    steps: ['Kladde', 'Indkaldt', 'Afholdt', 'Referat godkendt'],
    markInvited: 'Markér som indkaldt',
    markHeld: 'Markér som afholdt',
    backToDraft: 'Tilbage til kladde',
    reopen: 'Genåbn (ikke afholdt)',
    downloadIcs: 'Indkaldelse til Outlook (.ics)',
    icsHelp: 'Filen åbnes i Outlook som en mødeindkaldelse. Tiderne er dansk tid.',
    deleteMeeting: 'Slet møde',
    deleteConfirm: 'Slet mødet? Dagsordenens punkter flyttes til forslag til kommende møder.',
    timeBudget: (allotted: number, length: number) => `Afsat tid til punkterne: ${allotted} min. af mødets ${length} min.`,
    overBudget: (over: number) => `Punkterne har ${over} min. mere, end mødet varer.`,
    lockedNotice: 'Referatet er låst: en rettelse tilføjes som et tillæg, og det oprindelige referat bevares.',
    pdfAgenda: 'Dagsorden som PDF',
    pdfMinutes: 'Referat som PDF',
    pdfPublic: 'Offentlig udgave som PDF',
    publicHelp:
      'Den offentlige udgave viser lukkede punkter kun som «Lukket punkt» med punktets nummer: titel, sagsfremstilling, indstilling, beslutning, bilag og opfølgningspunkter udelades.',
    documentAgenda: 'Dagsorden',
    documentMinutes: 'Referat'
  },
  attendance: {
    title: 'Fremmøde',
    member: 'Medlem',
    status: 'Fremmøde',
    deputy: 'Stedfortræder',
    deputyHelp: 'Navn på den, der deltog i stedet',
    note: 'Bemærkning',
    save: 'Gem fremmøde',
    saved: 'Fremmødet er gemt.',
    allPresent: 'Alle til stede',
    noMembers: 'Gruppen havde ingen medlemmer på mødedatoen. Tilføj medlemmer under «Grupper og medlemmer».'
  },
  items: {
    title: 'Dagsorden',
    add: 'Tilføj punkt',
    edit: 'Rediger punkt',
    number: 'Nr.',
    itemTitle: 'Overskrift',
    closed: 'Lukket punkt',
    closedShort: 'Lukket',
    openShort: 'Åben',
    caseNumber: 'Sagsnr.',
    caseOfficer: 'Sagsbehandler',
    presenter: 'Fremlægges af',
    minutesAllotted: 'Afsat tid (min.)',
    minutes: (n: number) => `${n} min.`,
    caseSummary: 'Sagsfremstilling',
    recommendation: 'Indstilling',
    decision: 'Beslutning',
    decisionChoice: 'Hurtigvalg',
    decisionText: 'Beslutning (fritekst)',
    dissent: 'Mindretalsudtalelse',
    dissentHelp: 'Et medlems afvigende holdning, som skal fremgå af referatet',
    itemAbsent: 'Fraværende under punktet',
    itemAbsentHelp: 'Medlemmer, der kun var fraværende under dette punkt (fx inhabilitet eller gik før tid)',
    absent: 'Fraværende',
    attachments: 'Bilag',
    addAttachment: 'Vedhæft bilag',
    download: 'Hent',
    removeAttachment: 'Fjern bilag',
    sha256: 'SHA-256',
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
    moveTo: 'Flyt til et senere møde',
    moveToBacklog: 'Flyt til forslag',
    moveToMeeting: (date: string) => `Flyt til mødet ${date}`,
    carriedFrom: (date: string, number: number | null) => `Overført fra mødet ${date}${number ? `, punkt ${number}` : ''}`,
    remove: 'Slet punkt',
    removeConfirm: 'Slet punktet med beslutning, bilag og opfølgningspunkter?',
    saved: 'Punktet er gemt.',
    proposedBy: 'Foreslået af',
    noItems: 'Dagsordenen har ingen punkter.',
    followUpEmpty: 'Ingen åbne opfølgningspunkter fra tidligere møder.',
    followUpIntro: 'Åbne opfølgningspunkter fra tidligere møder (listes automatisk, indtil de lukkes):',
    decisionMissing: 'Mangler beslutning'
  },
  actions: {
    title: 'Opfølgningspunkter',
    add: 'Tilføj opfølgningspunkt',
    text: 'Opfølgningspunkt',
    owner: 'Ansvarlig',
    dueDate: 'Frist',
    status: 'Status',
    closedOn: 'Lukket den',
    statusNote: 'Bemærkning til status',
    origin: 'Fra mødet',
    none: 'Ingen opfølgningspunkter.',
    openOnly: 'Kun åbne',
    overdue: 'Overskredet',
    setStatus: 'Skift status',
    save: 'Gem opfølgningspunkt',
    remove: 'Slet opfølgningspunkt',
    fromItem: (date: string, number: number | null, title: string) => `${date}${number ? `, pkt. ${number}` : ''}: ${title}`
  },
  approval: {
    approve: 'Godkend referat',
    title: 'Godkend referatet',
    intro: 'Når referatet er godkendt, låses det. Senere rettelser tilføjes som tillæg.',
    approverName: 'Godkendt af (navn)',
    approverRole: 'Rolle',
    approverRoleHelp: 'Fx formand for styregruppen',
    confirm: 'Godkend og lås',
    approvedBy: (name: string, role: string, when: string, osUser: string) => `Godkendt ${when} af ${name} (${role}), registreret af brugeren ${osUser}.`,
    problemsTitle: 'Referatet kan endnu ikke godkendes:'
  },
  addenda: {
    title: 'Tillæg til referatet',
    add: 'Tilføj tillæg',
    text: 'Tillæg',
    item: 'Vedrører punkt',
    noItem: 'Hele referatet',
    authorName: 'Dit navn',
    authorRole: 'Rolle',
    saved: 'Tillægget er tilføjet. Det oprindelige referat er uændret.',
    heading: (when: string, name: string, role: string) => `Tillæg ${when} ved ${name} (${role})`,
    regarding: (n: number) => `Vedrører punkt ${n}.`
  },
  backlog: {
    title: 'Forslag til kommende møder',
    intro: 'Punkter, der er foreslået, men endnu ikke sat på en dagsorden. Sæt dem på et møde, når det er planlagt.',
    add: 'Foreslå punkt',
    none: 'Der er ingen forslag.',
    putOn: 'Sæt på dagsorden',
    chooseMeeting: 'Vælg møde',
    noMeetings: 'Gruppen har intet kommende møde. Opret et møde først.'
  },
  cadence: {
    title: 'Mødefrekvens',
    intro:
      'Hvert kvartal (eller hver periode efter gruppens krav) i projektperioden, og om der er holdt et møde. Et møde tæller, når det er markeret som afholdt.',
    period: 'Periode',
    status: 'Status',
    meetings: 'Møder',
    coverage: 'Projektet dækker',
    coveragePct: (pct: number) => `${pct} % af perioden`,
    statuses: {
      held: 'Møde holdt',
      missed: 'Intet møde',
      current: 'I gang',
      future: 'Kommende',
      not_required: 'Ikke krævet'
    },
    partialRule: (pct: number, months: number | null) =>
      `Et ${periodNoun(months)}, som projektperioden kun dækker en del af, kræver kun et møde, hvis projektet dækker mindst ${pct} % af dets dage.` +
      (months === 3 ? ` Fx kræver et projekt, der starter 1. december, ${pct > 33 ? 'ikke ' : ''}et møde i 4. kvartal samme år (31 af 92 dage = 33 %).` : ''),
    notRequiredPartial: (pct: number) => `Projektet dækker kun ${pct} % af perioden`,
    noRequirement: 'Gruppen har intet krav om mødefrekvens',
    notHeldHint: (n: number) => (n === 1 ? '1 møde er ikke markeret som afholdt' : `${n} møder er ikke markeret som afholdt`),
    missedSummary: (n: number, noun: string) => (n === 1 ? `1 ${noun} uden møde` : `${n} ${noun === 'kvartal' ? 'kvartaler' : noun} uden møde`),
    allHeld: 'Ingen perioder uden møde.',
    periodLabel,
    periodNoun
  },
  overview: {
    title: 'Styregruppe og implementeringsgruppe',
    nextMeeting: 'Næste møde',
    noNextMeeting: 'Intet møde planlagt',
    nextAt: (date: string, time: string, place: string) => `${date} kl. ${time}${place ? `, ${place}` : ''}`,
    missed: (labels: string) => `Uden møde: ${labels}`,
    openActions: (n: number) => (n === 1 ? '1 åbent opfølgningspunkt' : `${n} åbne opfølgningspunkter`),
    noGroups: 'Der er ikke oprettet grupper endnu.',
    goTo: 'Gå til møder'
  },
  search: {
    label: 'Søg i beslutninger og opfølgningspunkter',
    placeholder: 'Fx budget, Pareto, praktik',
    none: 'Ingen fund.',
    fields: { decision: 'Beslutning', dissent: 'Mindretalsudtalelse', action: 'Opfølgningspunkt' },
    hits: (n: number) => (n === 1 ? '1 fund' : `${n} fund`)
  },
  print: {
    agenda: 'Dagsorden',
    minutes: 'Referat',
    draftMinutes: 'Referat (udkast, ikke godkendt)',
    publication: 'Til offentliggørelse',
    body: 'Forum',
    project: 'Projekt',
    date: 'Mødedato',
    time: 'Mødetidspunkt',
    place: 'Mødested',
    present: 'Til stede',
    absent: 'Fraværende',
    deputies: 'Stedfortrædere',
    deputyFor: (deputy: string, member: string) => `${deputy} for ${member}`,
    invited: 'Indkaldte',
    guests: 'Desuden deltog',
    contents: 'Indholdsfortegnelse',
    closedTag: '(Lukket)',
    openTag: '(Åben)',
    closedItem: 'Lukket punkt',
    caseNumber: 'Sagsnr.:',
    caseOfficer: 'Sagsbehandler:',
    presenter: 'Fremlægges af:',
    caseSummary: 'Sagsfremstilling',
    recommendation: 'Indstilling',
    decision: 'Beslutning',
    dissent: 'Mindretalsudtalelse',
    absentItem: 'Fraværende:',
    attachments: 'Bilag',
    actions: 'Opfølgningspunkter',
    followUp: 'Opfølgning',
    approved: (when: string, name: string, role: string) => `Referatet er godkendt ${when} af ${name} (${role}).`,
    notApproved: 'Referatet er ikke godkendt endnu.',
    page: 'Side',
    printedAt: (when: string) => `Udskrevet fra Puljestyr ${when}`,
    names: listNames,
    none: 'Ingen'
  },
  ics: {
    summary: (title: string, project: string) => `${title}: ${project}`,
    agendaHeading: 'Dagsorden:',
    closedItem: 'Lukket punkt'
  },
  poolRules: {
    label: 'Møder',
    intro: 'Hvor ofte styregruppen og implementeringsgruppen skal mødes. En gruppe kan have sit eget krav, som går forud for puljens.',
    steering: 'Styregruppe',
    implementation: 'Implementeringsgruppe',
    other: 'Andre fora',
    partial: 'Delvist dækkede kvartaler kræver møde fra (% af dagene)',
    partialHelp: 'Et kvartal, som projektperioden kun dækker en del af, kræver kun et møde, hvis projektet dækker mindst denne andel af kvartalets dage.',
    reason: 'Begrundelse for ændringen',
    save: 'Gem mødereglerne',
    saved: 'Puljens møderegler er gemt.',
    shipped: 'Leveret med Puljestyr'
  },
  fmt,
  fields: {
    groupId: 'Gruppe',
    meetingId: 'Møde',
    memberId: 'Medlem',
    itemId: 'Punkt',
    title: 'Titel',
    itemIds: 'Punkternes rækkefølge',
    actionId: 'Opfølgningspunkt',
    attachmentId: 'Bilag',
    kind: 'Type',
    name: 'Navn',
    description: 'Beskrivelse',
    cadenceMonths: 'Krav om mødefrekvens',
    administration: 'Forvaltning',
    jobTitle: 'Stilling',
    role: 'Rolle',
    email: 'E-mail',
    startDate: 'Medlem fra',
    endDate: 'Medlem til',
    date: 'Mødedato',
    startTime: 'Starttidspunkt',
    endTime: 'Sluttidspunkt',
    place: 'Mødested',
    guests: 'Øvrige deltagere',
    status: 'Status',
    entries: 'Fremmøde',
    deputyName: 'Stedfortræder',
    note: 'Bemærkning',
    closed: 'Lukket punkt',
    caseOfficer: 'Sagsbehandler',
    presenter: 'Fremlægges af',
    minutesAllotted: 'Afsat tid',
    caseSummary: 'Sagsfremstilling',
    recommendation: 'Indstilling',
    decisionChoice: 'Beslutning (hurtigvalg)',
    decisionText: 'Beslutning',
    dissent: 'Mindretalsudtalelse',
    proposedBy: 'Foreslået af',
    itemAbsentMemberIds: 'Fraværende under punktet',
    text: 'Tekst',
    owner: 'Ansvarlig',
    dueDate: 'Frist',
    closedOn: 'Lukket den',
    statusNote: 'Bemærkning til status',
    approverName: 'Godkendt af',
    approverRole: 'Rolle',
    authorName: 'Navn',
    authorRole: 'Rolle',
    fileName: 'Filnavn',
    mimeType: 'Filtype',
    contentBase64: 'Filens indhold',
    query: 'Søgetekst',
    publication: 'Offentlig udgave',
    openOnly: 'Kun åbne',
    rules: 'Regler',
    reason: 'Begrundelse',
    steeringGroupCadenceMonths: 'Styregruppens mødefrekvens',
    implementationGroupCadenceMonths: 'Implementeringsgruppens mødefrekvens',
    otherGroupCadenceMonths: 'Andre foras mødefrekvens',
    partialPeriodMinCoveragePct: 'Delvist dækkede kvartaler'
  } as Record<string, string>,
  /** The decision of an item carried to a later meeting (or to the backlog) before it was decided. */
  carriedNote: (date: string | null) => (date ? `Punktet overføres til mødet ${date}.` : 'Punktet overføres til et senere møde.'),
  errors: {
    groupNotFound: (id: number) => `Gruppen ${id} findes ikke.`,
    memberNotFound: (id: number) => `Medlemmet ${id} findes ikke.`,
    meetingNotFound: (id: number) => `Mødet ${id} findes ikke.`,
    itemNotFound: (id: number) => `Punktet ${id} findes ikke.`,
    actionNotFound: (id: number) => `Opfølgningspunktet ${id} findes ikke.`,
    attachmentNotFound: (id: number) => `Bilaget ${id} findes ikke.`,
    locked: (date: string) =>
      `Referatet af mødet ${date} er godkendt og låst, så det kan ikke ændres. Tilføj et tillæg til referatet i stedet; det oprindelige referat bevares.`,
    actionLocked: (date: string) =>
      `Opfølgningspunktet hører til det godkendte referat af mødet ${date}: tekst, ansvarlig og frist kan ikke ændres. Status kan stadig opdateres.`,
    endBeforeStart: 'Feltet «Sluttidspunkt» skal ligge efter starttidspunktet.',
    memberEndBeforeStart: 'Feltet «Medlem til» skal ligge efter «Medlem fra».',
    badCadence: 'Feltet «Krav om mødefrekvens» skal være 1, 2, 3, 4, 6 eller 12 måneder (eller intet krav).',
    groupHasMeetings: (n: number) => `Gruppen har ${n} møder og kan ikke slettes. Omdøb den, eller lad den ligge.`,
    memberHasAttendance: 'Medlemmet har deltaget i møder og kan ikke fjernes, for så ville tidligere referater ændre sig. Giv medlemmet en slutdato i stedet.',
    notMemberOnDate: (name: string, date: string) => `${name} var ikke medlem af gruppen den ${date}.`,
    deputyOnlyWhenAbsent: (name: string) => `Feltet «Stedfortræder» kan kun udfyldes for et fraværende medlem (${name}).`,
    statusStep: (from: string, to: string) => `Et møde med status «${from}» kan ikke sættes til «${to}».`,
    heldInFuture: (date: string) => `Mødet den ${date} ligger ude i fremtiden og kan ikke markeres som afholdt endnu.`,
    notHeld: 'Kun referatet af et afholdt møde kan godkendes. Markér mødet som afholdt først.',
    attendanceMissing: (names: string[]) => `Fremmødet mangler for ${listNames(names)}.`,
    decisionMissing: (n: number, title: string) => `Punkt ${n} «${title}» har ingen beslutning.`,
    approvalRefused: (problems: string[]) => `Referatet kan ikke godkendes: ${problems.join(' ')}`,
    deleteHeld: 'Et afholdt møde kan ikke slettes: referatet skal bevares.',
    itemNeedsTarget: 'Et nyt punkt skal høre til et møde eller en gruppes forslag.',
    reorderMismatch: 'Rækkefølgen skal nævne hvert af mødets punkter præcis én gang.',
    moveTargetGroup: 'Et punkt kan kun flyttes til et møde i samme gruppe.',
    moveTargetLocked: 'Punktet kan kun flyttes til et møde, der ikke er afholdt.',
    moveTargetEarlier: (date: string) => `Punktet kan kun overføres til et senere møde end ${date}.`,
    systemItemMove: 'Faste punkter (godkendelse af dagsorden, opfølgning, eventuelt) kan ikke flyttes til et andet møde.',
    attachmentTooLarge: (mb: number) => `Bilaget er for stort: højst ${mb} MB pr. fil.`,
    attachmentEmpty: 'Bilaget er tomt.',
    attachmentBadBase64: 'Filens indhold kunne ikke læses (forventede base64).',
    attachmentDamaged: (name: string) => `Bilaget «${name}» er beskadiget: indholdet passer ikke med den gemte SHA-256.`,
    actionNeedsItem: 'Et nyt opfølgningspunkt skal høre til et punkt på et møde.',
    actionOnBacklog: 'Et opfølgningspunkt kan kun knyttes til et punkt på et møde, ikke til et forslag.',
    closedOnRequired: 'Feltet «Lukket den» skal udfyldes, når status er «Udført» eller «Udgået».',
    closedOnWhenOpen: 'Feltet «Lukket den» skal være tomt, når opfølgningspunktet er åbent.',
    closedOnBeforeOrigin: (date: string) => `Feltet «Lukket den» kan ikke ligge før mødet ${date}, hvor punktet blev besluttet.`,
    actionInApprovedFollowUp: 'Punktet har et opfølgningspunkt, der står i et godkendt referat, og kan derfor ikke slettes.',
    moveWithActions:
      'Punktet har opfølgningspunkter og kan derfor ikke flyttes. Slet dem først, eller markér mødet som afholdt og overfør punktet, så referatet bevarer dem.',
    addendumNotLocked: 'Et tillæg kan kun tilføjes et godkendt referat. Ret referatet direkte, så længe det ikke er godkendt.',
    itemOtherMeeting: 'Punktet hører ikke til dette møde.',
    cprRefused: (field: string) =>
      `Feltet «${field}» ser ud til at indeholde et CPR-nummer. Puljestyr gemmer aldrig CPR-numre; skriv et pseudonym eller sagsnummer i stedet.`
  },
  /** `puljestyr meetings`. */
  cli: {
    description: 'vis styregruppens og implementeringsgruppens medlemmer, møder, beslutninger, opfølgningspunkter og mødefrekvens',
    until: (date: string) => ` til ${date}`,
    items: (n: number) => `${n} punkter`
  }
} as const
