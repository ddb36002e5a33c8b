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
  search: 'Søg',
  yes: 'Ja',
  no: 'Nej',
  none: 'Ingen',
  total: 'I alt',
  kr: 'kr.',
  errorTitle: 'Noget gik galt',
  notFound: 'Siden findes ikke.',
  comingLater: 'Denne del af Puljestyr er ikke bygget endnu.',
  requiredHint: 'Skal udfyldes',
  unknownError: 'Der opstod en uventet fejl. Prøv igen, og kontakt support hvis fejlen gentager sig.',
  networkError: 'Puljestyr kunne ikke få forbindelse til sin lokale tjeneste. Er programmet stadig startet?',
  /** Asked before input that is not saved is thrown away (another page, another week, closing the window). */
  unsaved: {
    title: 'Du har ændringer, der ikke er gemt',
    message: 'Det, du har skrevet, er ikke gemt. Forlader du siden nu, går det tabt.',
    leave: 'Forlad uden at gemme',
    stay: 'Bliv og gem først',
    windowMessage: 'Du har ændringer, der ikke er gemt. Lukker du vinduet nu, går de tabt.'
  }
} as const

/** Danish messages for the validation rules of the API contract (see shared/api/validation.ts). */
export const validationMessages = {
  required: 'skal udfyldes',
  notText: 'skal være tekst',
  notNumber: 'skal være et tal',
  notInteger: 'skal være et helt tal',
  notBoolean: 'skal være ja eller nej',
  tooSmall: (min: number | bigint) => `skal være mindst ${min}`,
  tooBig: (max: number | bigint) => `må højst være ${max}`,
  tooLong: (max: number | bigint) => `må højst være ${max} tegn`,
  invalidDate: 'skal være en dato (dd.mm.åååå)',
  invalidQuarter: 'skal skrives som år og kvartal, fx 2020-Q3 (kvartal 1–4)',
  invalidChoice: 'har en værdi, der ikke kan vælges',
  unknownField: (keys: string) => `kendes ikke: ${keys}`,
  invalid: 'er ikke gyldig',
  fieldPrefix: (label: string) => `Feltet «${label}»`,
  inputLabel: 'Indtastning'
} as const
