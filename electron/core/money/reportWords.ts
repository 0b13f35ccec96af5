import type { BuiltInCategory, IncomeKind } from '../../../shared/domain/budget/categories';
import type { CategoryWords } from '../../../shared/domain/budget/categoryNames';
import type { RateSource } from '../../../shared/domain/money/rates';

/**
 * The budget report's words in the languages a committee prints in. They live beside the
 * builder, as the charter's clauses do, because the core cannot read the renderer's
 * catalogues; tests check that every language has every word.
 */
export interface ReportWords {
  title: string;
  reportingCurrency: string;
  scope: string;
  allYears: string;
  committeeBudget: string;
  byCategory: string;
  byActivity: string;
  byYear: string;
  byLine: string;
  category: string;
  activity: string;
  year: string;
  planned: string;
  actual: string;
  variance: string;
  used: string;
  total: string;
  income: string;
  source: string;
  received: string;
  cofinancing: string;
  cap: string;
  overCap: string;
  gap: string;
  surplus: string;
  advanceDue: string;
  balanceDue: string;
  owedToVolunteers: string;
  volunteer: string;
  paid: string;
  owed: string;
  /** Cash over time: the months of the ledger, money in and out, the balance at each month's end. */
  cashByMonth: string;
  cashNote: string;
  month: string;
  moneyIn: string;
  moneyOut: string;
  monthEndBalance: string;
  cashClosing: string;
  cashDue: string;
  cashProjected: string;
  cashLeftOut: string;
  ratesUsed: string;
  ratesNote: string;
  note: string;
  rate: string;
  rateDate: string;
  noRatesUsed: string;
  unconverted: string;
  unconvertedNote: string;
  amount: string;
  date: string;
  nearestRate: string;
  none: string;
  generatedOn: string;
  signatures: string;
  treasurer: string;
  president: string;
  page: string;
  categories: Record<BuiltInCategory, string>;
  /** A category no record names yet (one still on its way from another laptop). */
  unnamedCategory: string;
  incomeKinds: Record<IncomeKind, string>;
  rateSources: Record<RateSource, string>;
}

const en: ReportWords = {
  title: 'Budget report',
  reportingCurrency: 'Reporting currency: {currency}',
  scope: '{scope}',
  allYears: 'All years',
  committeeBudget: 'Committee (no activity)',
  byCategory: 'Planned and actual by category',
  byActivity: 'By activity',
  byYear: 'By year',
  byLine: 'Budget lines',
  category: 'Category',
  activity: 'Activity',
  year: 'Year',
  planned: 'Planned',
  actual: 'Actual',
  variance: 'Variance',
  used: 'Used',
  total: 'Total',
  income: 'Income by source',
  source: 'Source',
  received: 'Received',
  cofinancing: 'Co-financing plan',
  cap: 'Cap',
  overCap: '{source} is planned at {planned}, above its cap of {cap}.',
  gap: 'The shares leave {amount} of the cost uncovered.',
  surplus: 'The shares exceed the cost by {amount}.',
  advanceDue: 'Advance due',
  balanceDue: 'Still to receive',
  owedToVolunteers: 'Owed to volunteers',
  volunteer: 'Volunteer',
  paid: 'Paid',
  owed: 'Owed',
  cashByMonth: 'Cash month by month',
  cashNote:
    "Money in and out of the committee's account, each amount converted on its date; the balance is the cash at the end of the month, counted from zero at the first entry. What volunteers paid and have not yet been paid back has not left the account: it is a debt, shown below.",
  month: 'Month',
  moneyIn: 'Money in',
  moneyOut: 'Money out',
  monthEndBalance: 'Balance at month end',
  cashClosing: 'Cash at the end of the ledger',
  cashDue: 'Still to receive from funders (advances and balances)',
  cashProjected: 'Where the committee will stand once funders have paid and volunteers are paid back',
  cashLeftOut: 'Amounts left out for want of an exchange rate: {count}',
  ratesUsed: 'Exchange rates used',
  ratesNote: 'Each amount was converted at the rate applying on its date.',
  note: 'Note',
  rate: 'Rate',
  rateDate: 'Rate date',
  noRatesUsed: 'All amounts are in the reporting currency; no rate was needed.',
  unconverted: 'Amounts not converted',
  unconvertedNote:
    'No exchange rate applies on the dates of these amounts: they are not included in the figures above.',
  amount: 'Amount',
  date: 'Date',
  nearestRate: 'Nearest rate',
  none: 'none',
  generatedOn: 'Prepared on {date}',
  signatures: 'Signatures',
  treasurer: 'Treasurer',
  president: 'President',
  page: 'Page {page} of {pages}',
  unnamedCategory: 'Category not yet named',
  categories: {
    travel: 'Travel',
    accommodation: 'Accommodation',
    meals: 'Meals',
    venue: 'Venue',
    interpretation: 'Interpretation and translation',
    communication: 'Communication',
    protocol: 'Protocol and gifts',
    insurance: 'Insurance',
    administration: 'Administration',
    other: 'Other',
  },
  incomeKinds: {
    municipality: 'Municipality',
    membership: 'Membership fees',
    participant_fees: "Participants' fees",
    sponsor: 'Sponsor',
    grant: 'Grant',
  },
  rateSources: {
    inforeuro: 'InforEuro',
    ecb: 'ECB reference rate',
    bank: 'Bank rate',
    manual: 'Entered by hand',
    csv: 'Imported (CSV)',
  },
};

const ro: ReportWords = {
  title: 'Raport bugetar',
  reportingCurrency: 'Moneda de raportare: {currency}',
  scope: '{scope}',
  allYears: 'Toți anii',
  committeeBudget: 'Comitet (fără activitate)',
  byCategory: 'Planificat și realizat pe categorii',
  byActivity: 'Pe activități',
  byYear: 'Pe ani',
  byLine: 'Linii bugetare',
  category: 'Categorie',
  activity: 'Activitate',
  year: 'Anul',
  planned: 'Planificat',
  actual: 'Realizat',
  variance: 'Diferență',
  used: 'Utilizat',
  total: 'Total',
  income: 'Venituri pe surse',
  source: 'Sursa',
  received: 'Încasat',
  cofinancing: 'Planul de cofinanțare',
  cap: 'Plafon',
  overCap: '{source} este planificat la {planned}, peste plafonul de {cap}.',
  gap: 'Cotele lasă neacoperită o parte a costului de {amount}.',
  surplus: 'Cotele depășesc costul cu {amount}.',
  advanceDue: 'Avans de încasat',
  balanceDue: 'Rest de încasat',
  owedToVolunteers: 'Datorat voluntarilor',
  volunteer: 'Voluntar',
  paid: 'Plătit',
  owed: 'Datorat',
  cashByMonth: 'Numerar lună de lună',
  cashNote:
    'Intrările și ieșirile din contul comitetului, fiecare sumă convertită la data ei; soldul este numerarul de la sfârșitul lunii, socotit de la zero la prima înregistrare. Ce au plătit voluntarii și nu li s-a rambursat încă nu a ieșit din cont: este o datorie, arătată mai jos.',
  month: 'Luna',
  moneyIn: 'Intrări',
  moneyOut: 'Ieșiri',
  monthEndBalance: 'Sold la sfârșitul lunii',
  cashClosing: 'Numerar la sfârșitul registrului',
  cashDue: 'De primit încă de la finanțatori (avansuri și solduri)',
  cashProjected: 'Unde va ajunge comitetul după ce finanțatorii plătesc și voluntarii sunt rambursați',
  cashLeftOut: 'Sume lăsate deoparte din lipsa unui curs de schimb: {count}',
  ratesUsed: 'Cursuri de schimb folosite',
  ratesNote: 'Fiecare sumă a fost convertită la cursul valabil la data ei.',
  note: 'Notă',
  rate: 'Curs',
  rateDate: 'Data cursului',
  noRatesUsed: 'Toate sumele sunt în moneda de raportare; nu a fost nevoie de niciun curs.',
  unconverted: 'Sume neconvertite',
  unconvertedNote:
    'Pentru datele acestor sume nu există un curs de schimb: ele nu sunt incluse în cifrele de mai sus.',
  amount: 'Suma',
  date: 'Data',
  nearestRate: 'Cel mai apropiat curs',
  none: 'niciunul',
  generatedOn: 'Întocmit la {date}',
  signatures: 'Semnături',
  treasurer: 'Trezorier',
  president: 'Președinte',
  page: 'Pagina {page} din {pages}',
  unnamedCategory: 'Categorie încă fără nume',
  categories: {
    travel: 'Transport',
    accommodation: 'Cazare',
    meals: 'Masă',
    venue: 'Închiriere spațiu',
    interpretation: 'Interpretariat și traduceri',
    communication: 'Comunicare',
    protocol: 'Protocol și cadouri',
    insurance: 'Asigurări',
    administration: 'Administrație',
    other: 'Altele',
  },
  incomeKinds: {
    municipality: 'Primăria',
    membership: 'Cotizații',
    participant_fees: 'Contribuțiile participanților',
    sponsor: 'Sponsor',
    grant: 'Finanțare nerambursabilă',
  },
  rateSources: {
    inforeuro: 'InforEuro',
    ecb: 'Cursul de referință BCE',
    bank: 'Cursul băncii',
    manual: 'Introdus manual',
    csv: 'Importat (CSV)',
  },
};

// French: a no-break space (U+00A0) before the colon.
const fr: ReportWords = {
  title: 'Rapport budgétaire',
  reportingCurrency: 'Monnaie de présentation\u00a0: {currency}',
  scope: '{scope}',
  allYears: 'Toutes les années',
  committeeBudget: 'Comité (hors activité)',
  byCategory: 'Prévu et réalisé par catégorie',
  byActivity: 'Par activité',
  byYear: 'Par année',
  byLine: 'Lignes budgétaires',
  category: 'Catégorie',
  activity: 'Activité',
  year: 'Année',
  planned: 'Prévu',
  actual: 'Réalisé',
  variance: 'Écart',
  used: 'Utilisé',
  total: 'Total',
  income: 'Recettes par source',
  source: 'Source',
  received: 'Reçu',
  cofinancing: 'Plan de cofinancement',
  cap: 'Plafond',
  overCap: '{source} est prévu à {planned}, au-dessus de son plafond de {cap}.',
  gap: 'Les parts laissent {amount} du coût sans financement.',
  surplus: 'Les parts dépassent le coût de {amount}.',
  advanceDue: 'Avance attendue',
  balanceDue: 'Reste à recevoir',
  owedToVolunteers: 'Dû aux bénévoles',
  volunteer: 'Bénévole',
  paid: 'Payé',
  owed: 'Dû',
  cashByMonth: 'Trésorerie mois par mois',
  cashNote:
    'Entrées et sorties du compte du comité, chaque montant converti à sa date\u00a0; le solde est la trésorerie à la fin du mois, comptée à partir de zéro à la première écriture. Ce que des bénévoles ont payé et qui ne leur a pas encore été remboursé n’est pas sorti du compte\u00a0: c’est une dette, indiquée plus bas.',
  month: 'Mois',
  moneyIn: 'Entrées',
  moneyOut: 'Sorties',
  monthEndBalance: 'Solde en fin de mois',
  cashClosing: 'Trésorerie à la fin du livre des comptes',
  cashDue: 'Encore à recevoir des financeurs (avances et soldes)',
  cashProjected: 'Position du comité une fois les financeurs payés et les bénévoles remboursés',
  cashLeftOut: 'Montants laissés de côté faute de taux de change\u00a0: {count}',
  ratesUsed: 'Taux de change utilisés',
  ratesNote: 'Chaque montant a été converti au taux applicable à sa date.',
  note: 'Remarque',
  rate: 'Taux',
  rateDate: 'Date du taux',
  noRatesUsed: 'Tous les montants sont dans la monnaie de présentation\u00a0; aucun taux n’a été nécessaire.',
  unconverted: 'Montants non convertis',
  unconvertedNote:
    'Aucun taux de change ne s’applique aux dates de ces montants\u00a0: ils ne sont pas compris dans les chiffres ci-dessus.',
  amount: 'Montant',
  date: 'Date',
  nearestRate: 'Taux le plus proche',
  none: 'aucun',
  generatedOn: 'Établi le {date}',
  signatures: 'Signatures',
  treasurer: 'Trésorier',
  president: 'Président',
  page: 'Page {page} sur {pages}',
  unnamedCategory: 'Catégorie pas encore nommée',
  categories: {
    travel: 'Voyage',
    accommodation: 'Hébergement',
    meals: 'Repas',
    venue: 'Location de salle',
    interpretation: 'Interprétation et traduction',
    communication: 'Communication',
    protocol: 'Protocole et cadeaux',
    insurance: 'Assurance',
    administration: 'Administration',
    other: 'Autres',
  },
  incomeKinds: {
    municipality: 'Commune',
    membership: 'Cotisations',
    participant_fees: 'Participation des participants',
    sponsor: 'Mécène',
    grant: 'Subvention',
  },
  rateSources: {
    inforeuro: 'InforEuro',
    ecb: 'Taux de référence BCE',
    bank: 'Taux de la banque',
    manual: 'Saisi à la main',
    csv: 'Importé (CSV)',
  },
};

const de: ReportWords = {
  title: 'Haushaltsbericht',
  reportingCurrency: 'Berichtswährung: {currency}',
  scope: '{scope}',
  allYears: 'Alle Jahre',
  committeeBudget: 'Komitee (ohne Aktivität)',
  byCategory: 'Geplant und tatsächlich nach Kategorie',
  byActivity: 'Nach Aktivität',
  byYear: 'Nach Jahr',
  byLine: 'Haushaltsposten',
  category: 'Kategorie',
  activity: 'Aktivität',
  year: 'Jahr',
  planned: 'Geplant',
  actual: 'Tatsächlich',
  variance: 'Abweichung',
  used: 'Ausgeschöpft',
  total: 'Summe',
  income: 'Einnahmen nach Quelle',
  source: 'Quelle',
  received: 'Erhalten',
  cofinancing: 'Kofinanzierungsplan',
  cap: 'Obergrenze',
  overCap: '{source} ist mit {planned} geplant, über seiner Obergrenze von {cap}.',
  gap: 'Die Anteile lassen {amount} der Kosten ungedeckt.',
  surplus: 'Die Anteile übersteigen die Kosten um {amount}.',
  advanceDue: 'Fälliger Vorschuss',
  balanceDue: 'Noch zu erhalten',
  owedToVolunteers: 'Schulden an Ehrenamtliche',
  volunteer: 'Ehrenamtliche(r)',
  paid: 'Bezahlt',
  owed: 'Geschuldet',
  cashByMonth: 'Kassenstand Monat für Monat',
  cashNote:
    'Ein- und Ausgänge auf dem Konto des Komitees, jeder Betrag zum Kurs seines Datums umgerechnet; der Saldo ist der Kassenstand am Monatsende, gezählt ab null bei der ersten Buchung. Was Ehrenamtliche ausgelegt haben und noch nicht erstattet bekamen, hat das Konto nicht verlassen: Es ist eine Schuld und steht unten.',
  month: 'Monat',
  moneyIn: 'Eingänge',
  moneyOut: 'Ausgänge',
  monthEndBalance: 'Saldo am Monatsende',
  cashClosing: 'Kassenstand am Ende der Buchungen',
  cashDue: 'Noch von Geldgebern zu erhalten (Vorschüsse und Restzahlungen)',
  cashProjected: 'Stand des Komitees, wenn die Geldgeber gezahlt haben und die Ehrenamtlichen erstattet sind',
  cashLeftOut: 'Mangels Wechselkurs nicht berücksichtigte Beträge: {count}',
  ratesUsed: 'Verwendete Wechselkurse',
  ratesNote: 'Jeder Betrag wurde zum Kurs seines Datums umgerechnet.',
  note: 'Anmerkung',
  rate: 'Kurs',
  rateDate: 'Kursdatum',
  noRatesUsed: 'Alle Beträge sind in der Berichtswährung; kein Kurs war nötig.',
  unconverted: 'Nicht umgerechnete Beträge',
  unconvertedNote:
    'Für das Datum dieser Beträge gibt es keinen Wechselkurs: Sie sind in den Zahlen oben nicht enthalten.',
  amount: 'Betrag',
  date: 'Datum',
  nearestRate: 'Nächster Kurs',
  none: 'keiner',
  generatedOn: 'Erstellt am {date}',
  signatures: 'Unterschriften',
  treasurer: 'Kassenwart(in)',
  president: 'Vorsitzende(r)',
  page: 'Seite {page} von {pages}',
  unnamedCategory: 'Kategorie noch ohne Namen',
  categories: {
    travel: 'Reisekosten',
    accommodation: 'Unterkunft',
    meals: 'Verpflegung',
    venue: 'Raummiete',
    interpretation: 'Dolmetschen und Übersetzung',
    communication: 'Öffentlichkeitsarbeit',
    protocol: 'Protokoll und Geschenke',
    insurance: 'Versicherung',
    administration: 'Verwaltung',
    other: 'Sonstiges',
  },
  incomeKinds: {
    municipality: 'Gemeinde',
    membership: 'Mitgliedsbeiträge',
    participant_fees: 'Teilnehmerbeiträge',
    sponsor: 'Sponsor',
    grant: 'Fördermittel',
  },
  rateSources: {
    inforeuro: 'InforEuro',
    ecb: 'EZB-Referenzkurs',
    bank: 'Bankkurs',
    manual: 'Von Hand erfasst',
    csv: 'Importiert (CSV)',
  },
};

export const REPORT_WORDS: Record<'en' | 'ro' | 'fr' | 'de', ReportWords> = { en, ro, fr, de };
export type ReportLanguage = keyof typeof REPORT_WORDS;

export function reportWords(language: string): ReportWords {
  return REPORT_WORDS[language as ReportLanguage] ?? en;
}

/** Fills {name} placeholders. */
export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The words a category is named with in a printed or exported file, in its language. */
export function categoryWords(language: string): CategoryWords {
  const w = reportWords(language);
  return { builtIn: w.categories, unnamed: w.unnamedCategory };
}
