// Danish UI text for the participants screens (Deltagere, Prioritering) and their messages.
import type { ActivityKey, ExitReason, ProgressionOccasion } from '../../domain/participants/types'
import type { KpiKey, ParetoPartKey } from '../../domain/participants/poolRules'
import type { StatusRule } from '../../domain/participants/status'

const pct = (share: number, decimals = 1) => `${(share * 100).toFixed(decimals).replace('.', ',')} %`

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
    rules: 'Regler'
  } as Record<string, string>,
  activities,
  exitReasons,
  kpis,
  occasions,
  scoreParts,
  statusRules,
  groups: { 1: 'Gruppe 1 (indsatsgruppen)', 2: 'Gruppe 2 (rehabiliteringsgruppen)', 3: 'Gruppe 3' } as Record<number, string>,
  groupShort: (g: number) => `Gruppe ${g}`,
  errors: {
    cprRule: 'ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer',
    monthRule: 'skal være en måned (åååå-mm)',
    notFound: (id: number) => `Deltager ${id} findes ikke i projektet.`,
    answerNotFound: (id: number) => `Besvarelse ${id} findes ikke.`,
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
    statusesBeforeIntake: (month: string) => `Feltet «Dato for startafklaring»: deltageren har en månedsstatus for ${month}, som ville ligge før startafklaringen.`,
    duplicateRow: 'Deltageren står mere end én gang i måneden.',
    participantNotInProject: 'Deltageren findes ikke i projektet.',
    statusField: (label: string, rule: StatusRule) => `Feltet «${label}» ${statusRules[rule]}.`,
    monthRejected: (n: number) => `Månedens status blev ikke gemt: ${n === 1 ? 'én række har' : `${n} rækker har`} fejl. Ret dem og gem igen.`,
    importRejected: (n: number) => `Filen blev ikke importeret: ${n === 1 ? 'én række har' : `${n} rækker har`} fejl. Intet er gemt. Ret rækkerne og importér igen.`,
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
    oneMonthMet: (atLeast: number, bestShare: number, month: string, count: number, total: number) =>
      `Opfyldt: ${pct(bestShare)} (${count} af ${total}) i ${month}; kravet er mindst ${pct(atLeast, 0)} i én måned.`,
    oneMonthNotMet: (atLeast: number, bestShare: number, month: string | null) =>
      `Ikke opfyldt: den bedste måned er ${month ?? '–'} med ${pct(bestShare)}; kravet er mindst ${pct(atLeast, 0)} i én måned.`,
    runMet: (atLeast: number, n: number, months: string) => `Mindst ${pct(atLeast, 0)} ${n} måneder i træk: opfyldt i ${months}.`,
    runNotMet: (atLeast: number, n: number, longest: number, longestMonths: string, bestShare: number) =>
      `Mindst ${pct(atLeast, 0)} ${n} måneder i træk: ikke opfyldt. ${
        longest > 0 ? `Længste periode over kravet var ${longest} ${longest === 1 ? 'måned' : 'måneder'} (${longestMonths})` : 'Ingen måned har nået kravet'
      }; den bedste periode på ${n} måneder havde mindst ${pct(bestShare)}.`,
    unknownKpi: (kpi: string) => `KPI'en «${kpi}» kendes ikke af deltagerdelen.`
  },
  importHeaders: {
    pseudonym: 'Pseudonym',
    caseNumber: 'Sagsnummer',
    month: 'Måned',
    paidHours: 'Løntimer',
    workPlacement: 'Virksomhedspraktik',
    wageSubsidy: 'Løntilskud',
    flexJob: 'Fleksjob',
    educationSu: 'Ordinær uddannelse (SU)',
    educationPaid: 'Lønnet uddannelse',
    otherActivity: 'Anden aktivitet',
    passive: 'Passiv',
    passiveReason: 'Årsag til passiv',
    cvUpdatedOn: 'CV opdateret',
    jobPlan: 'Jobrettet plan',
    jobGoal: 'Jobmål',
    note: 'Note'
  },
  templateFileName: (month: string) => `Månedsstatus ${month}.csv`,
  noBroker: 'Uden jobformidler',
  otherCategory: 'Øvrige',
  unknownCategory: 'Ikke angivet',
  pct
} as const
