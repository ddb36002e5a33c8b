// Danish texts of the accounts: interim and final accounts with management sign-off.

const accountKinds = { interim: 'Delregnskab', final: 'Slutregnskab' } as const

export const accounts = {
  ui: {
    list: 'Underskrevne regnskaber',
    none: 'Der er ikke underskrevet noget regnskab endnu.',
    newTitle: 'Nyt regnskab',
    kind: 'Art',
    periodFrom: 'Periode fra',
    periodTo: 'Periode til',
    showFigures: 'Vis tallene',
    line: 'Budgetpost',
    year: 'År',
    budget: 'Godkendt budget',
    actual: 'Forbrug i perioden',
    remaining: 'Rest',
    used: 'Forbrugt',
    total: 'I alt',
    staffTitle: 'Løn pr. medarbejder',
    blockers: 'Regnskabet kan ikke underskrives endnu:',
    warnings: 'Bemærk:',
    signTitle: 'Ledelsespåtegning',
    signedByName: 'Underskrevet af (navn)',
    signedByTitle: 'Stilling',
    signedOn: 'Dato',
    statementText: 'Påtegning',
    sign: 'Underskriv regnskabet',
    signInfo: 'Når regnskabet er underskrevet, lukkes perioden: timer, godkendelser, posteringer og importer dateret i perioden afvises.',
    signed: (name: string, title: string, on: string) => `Underskrevet ${on} af ${name}, ${title}`,
    withdraw: 'Træk tilbage',
    withdrawTitle: 'Træk regnskabet tilbage',
    withdrawInfo:
      'Et underskrevet regnskab kan trækkes tilbage (fx hvis det er underskrevet for tidligt). Begrundelsen gemmes i revisionssporet, og perioden åbnes igen.',
    pdf: 'Regnskab som PDF',
    printTitle: (kind: string, from: string, to: string) => `${kind} for perioden ${from}–${to}`,
    printSignature: 'Underskrift',
    printSigned: (name: string, title: string, on: string, at: string, user: string) =>
      `Underskrevet ${on} af ${name}, ${title}. Registreret i Puljestyr ${at} af brugerkontoen ${user}.`,
    withdrawn: (reason: string, when: string) => `Trukket tilbage ${when}: ${reason}`,
    noBudgetYet: 'Det godkendte budget vises, når budgettet er godkendt under Budget.',
    hoursCol: 'Timer',
    amountCol: 'Løn'
  },

  kinds: accountKinds,
  statuses: { signed: 'Underskrevet', withdrawn: 'Trukket tilbage' } as const,
  label: (kind: 'interim' | 'final', from: string, to: string) => `${accountKinds[kind].toLowerCase()}et for ${from}–${to}`,
  unapprovedHours: (name: string, month: string, hours: string, status: string) =>
    `${name}: ${month} har ${hours} timer, som ikke er godkendt (${status.toLowerCase()}).`,
  missingStatement: (name: string, month: string) => `${name}: der er ingen godkendt ledelseserklæring for ${month}, så ingen løn er bogført for måneden.`,
  noHours: (name: string, month: string) => `${name}: ingen godkendte timer i ${month}.`,
  weeksNotSigned: (name: string, month: string) => `${name}: timerne i ${month} er godkendt uge for uge, men måneden er ikke underskrevet af medarbejderen.`,
  alreadySigned: (on: string, by: string) => `Et regnskab af samme art for præcis denne periode er allerede underskrevet ${on} af ${by}.`,
  cannotSign: (count: number, first: string) => `Regnskabet kan ikke underskrives endnu (${count === 1 ? '1 forhold' : `${count} forhold`}). ${first}`,
  defaultStatement: (kind: 'interim' | 'final', title: string, municipality: string, caseNumber: string, pool: string, from: string, to: string) =>
    `Ledelsespåtegning. Det erklæres hermed, at ${kind === 'final' ? 'slutregnskabet' : 'delregnskabet'} for projektet «${title}» (${municipality}${caseNumber ? `, sagsnr. ${caseNumber}` : ''}), finansieret af puljen «${pool}», for perioden ${from}–${to} alene omfatter afholdte lønudgifter til projektet, at lønudgifterne er opgjort på grundlag af godkendte timeregistreringer og ledelseserklæringer med de timesatser, der var gældende på dagen, og at tilskuddet er anvendt i overensstemmelse med tilsagnet og puljens regler.`
} as const
