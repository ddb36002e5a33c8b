// Danish UI text shared by every screen. Code names are English; what the user reads is here.
export const common = {
  appName: 'Puljestyr',
  appTagline: 'Styring af STAR-finansierede projekter',
  skipToContent: 'Gå til indhold',
  loading: 'Indlæser …',
  saving: 'Gemmer …',
  save: 'Gem',
  cancel: 'Annuller',
  close: 'Luk',
  create: 'Opret',
  edit: 'Rediger',
  delete: 'Slet',
  add: 'Tilføj',
  back: 'Tilbage',
  retry: 'Prøv igen',
  print: 'Udskriv',
  savePdf: 'Gem som PDF',
  /** The foot of every page of every PDF: «Flere skal med 2 · Referat · Dannet 03.12.2026 kl. 14:05», «Side 2 af 9». */
  printFooter: (project: string, document: string, madeAt: string) => `${project} · ${document} · Dannet ${madeAt}`,
  printPage: 'Side',
  printOf: 'af',
  search: 'Søg',
  yes: 'Ja',
  no: 'Nej',
  none: 'Ingen',
  total: 'I alt',
  kr: 'kr.',
  /** Units shown in a field, after what is typed (a label never carries its unit: one label per field). */
  units: { kr: 'kr.', percent: '%', hours: 'timer' },
  errorTitle: 'Noget gik galt',
  notFound: 'Siden findes ikke.',
  /** A page under /projekt/… opened without a project (a link that lost its number). */
  projectRequired: 'Siden kræver et projekt.',
  unknownPrintRoute: (route: string) => `Udskriften «${route}» findes ikke.`,
  requiredHint: 'Skal udfyldes',
  unknownError: 'Der opstod en uventet fejl. Prøv igen, og kontakt support hvis fejlen gentager sig.',
  networkError: 'Puljestyr kunne ikke få forbindelse til sin lokale tjeneste. Er programmet stadig startet?',
  /** Asked before input that is not saved is thrown away (another page, another week, closing the window). */
  /** The sections of an empty date field: «dd.mm.åååå», not the picker's English «DD.MM.YYYY». */
  dateField: { day: 'dd', month: 'mm', monthName: 'mmmm', yearLetter: 'å' },
  unsaved: {
    title: 'Du har ændringer, der ikke er gemt',
    message: 'Det, du har skrevet, er ikke gemt. Forlader du siden nu, går det tabt.',
    leave: 'Forlad uden at gemme',
    stay: 'Bliv og gem først',
    windowMessage: 'Du har ændringer, der ikke er gemt. Lukker du vinduet nu, går de tabt.',
    dialogMessage: 'Det, du har skrevet i dialogen, er ikke gemt. Lukker du den nu, går det tabt.',
    discard: 'Luk uden at gemme'
  }
} as const

/** The months of the year, January first: `monthNames[0]` is «januar». Written by shared/domain/months.ts. */
export const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const
/** The months shortened for chart axes and narrow columns (Dansk Sprognævn's abbreviations). */
export const monthNamesShort = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'] as const
/** How a list of months is joined: «marts, april og maj 2020». */
export const listAnd = 'og'

/** Danish messages for the validation rules of the API contract (see shared/api/validation.ts). */
export const validationMessages = {
  required: 'skal udfyldes',
  notText: 'skal være tekst',
  notNumber: 'skal være et tal',
  notInteger: 'skal være et helt tal',
  notBoolean: 'skal være ja eller nej',
  tooSmall: (min: number | bigint | string) => `skal være mindst ${min}`,
  tooBig: (max: number | bigint | string) => `må højst være ${max}`,
  tooLong: (max: number | bigint) => `må højst være ${max} tegn`,
  invalidDate: 'skal være en dato (dd.mm.åååå)',
  invalidMonth: 'skal være en måned (åååå-mm)',
  invalidQuarter: 'skal skrives som år og kvartal, fx 2020-Q3 (kvartal 1–4)',
  invalidChoice: 'har en værdi, der ikke kan vælges',
  unknownField: (keys: string) => `kendes ikke: ${keys}`,
  invalid: 'er ikke gyldig',
  /** A format rule a contract schema names by its code (the regex's message), as the phrase after «Feltet «…»». */
  formatRules: {
    pool_key: 'må kun indeholde bogstaver, tal, - og _',
    category_key: 'må kun indeholde bogstaver og tal og skal begynde med et bogstav',
    time_of_day: 'skal være et klokkeslæt som 13:00'
  },
  illFormed: 'indeholder tegn, der ikke er gyldig Unicode (fx en halv emoji): skriv eller indsæt teksten igen',
  cpr: 'ligner et CPR-nummer. Puljestyr gemmer aldrig CPR-numre: brug et pseudonym eller kommunens sagsnummer',
  notKr: 'skal være et beløb i kroner, fx 2.235.074,00',
  notHours: 'skal være et antal timer, fx 7,4',
  notTimeOfDay: 'skal være et klokkeslæt som 13:00',
  fieldPrefix: (label: string) => `Feltet «${label}»`,
  /** A field of one row of a list: «Budgetpost (række 3)». */
  rowOf: (label: string, row: number) => `${label} (række ${row})`,
  inputLabel: 'Indtastning'
} as const

/** The code a contract schema gives its format rule (`.regex(…, { message: 'pool_key' satisfies FormatRule })`). */
export type FormatRule = keyof typeof validationMessages.formatRules

/**
 * A value that breaks a unit's rule (shared/domain: money, duration, percent, weeks): a fault in
 * Puljestyr, not in what was typed (DomainError 'internal').
 */
export const unitMessages = {
  notWholeOre: (value: number) => `Beløb i øre skal være et helt tal, fik ${value}`,
  notWholeMinutes: (value: number) => `Tid i minutter skal være et helt tal, fik ${value}`,
  notWholeBasisPoints: (value: number) => `Basispoint skal være et helt tal, fik ${value}`,
  divisionByZero: 'Division med nul',
  divisorNotPositive: 'Divisoren skal være et positivt antal minutter',
  noSuchWeek: (week: number, isoYear: number) => `Uge ${week} findes ikke i ${isoYear}`,
  numberTooBig: (text: string) => `Tallet ${text} er for stort til Puljestyr`
} as const

/** Danish messages of the import files' reader (services/io/tableFile.ts). */
export const tableFileMessages = {
  xlsxInvalid: (fileName: string) => `Filen «${fileName}» er ikke et gyldigt Excel-regneark (.xlsx). Gem den som .xlsx eller CSV.`,
  notCsvOrXlsx: (fileName: string) => `Filen «${fileName}» er hverken CSV eller .xlsx.`,
  /** A row of an import file, named by its line: «Linje 6». */
  line: (line: number) => `Linje ${line}`,
  /** A problem of a row: «Linje 6: …». */
  onLine: (line: number, message: string) => `Linje ${line}: ${message}`,
  andMore: (n: number) => `… og ${n} ${n === 1 ? 'række' : 'rækker'} mere`,
  unknownColumn: (column: string, known: string) =>
    `Kolonnen «${column}» kendes ikke af denne import (kendte kolonner: ${known}). Fjern den, eller del filen op, så den kun har ét projekts rækker.`,
  tooManyCells: (row: number, cells: number, headers: number) =>
    `Linje ${row} har ${cells} celler, men overskriften har kun ${headers} kolonner. Ret rækken, så den passer til overskriften.`,
  xlsxTooBig: (fileName: string, mb: string, limitMb: number) =>
    `Filen «${fileName}» er for stor: regnearket fylder ${mb} MB udpakket, og grænsen er ${limitMb} MB. Del den op i flere filer.`,
  xlsxTooManyRows: (fileName: string, limit: string) =>
    `Filen «${fileName}» har flere end ${limit} rækker, som er grænsen for én import. Del den op i flere filer.`,
  xlsxUnreadable: (fileName: string) => `Filen «${fileName}» kunne ikke læses som et Excel-regneark (.xlsx). Gem den igen i Excel som .xlsx eller CSV.`
} as const
