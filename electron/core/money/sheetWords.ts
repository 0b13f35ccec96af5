/** Sheet names and column heads of the budget workbook and the ledger CSV, per language. */
export interface SheetWords {
  sheets: { summary: string; lines: string; ledger: string; rates: string; unconverted: string };
  cols: {
    year: string;
    activity: string;
    category: string;
    description: string;
    planned: string;
    currency: string;
    inReporting: string;
    actual: string;
    variance: string;
    used: string;
    date: string;
    type: string;
    counterparty: string;
    categoryOrSource: string;
    amount: string;
    rate: string;
    rateDate: string;
    rateSource: string;
    paidBy: string;
    owed: string;
    receipt: string;
    from: string;
    to: string;
    note: string;
    nearestRate: string;
  };
  expense: string;
  income: string;
  committee: string;
}

const en: SheetWords = {
  sheets: {
    summary: 'Summary',
    lines: 'Budget',
    ledger: 'Ledger',
    rates: 'Rates',
    unconverted: 'Not converted',
  },
  cols: {
    year: 'Year',
    activity: 'Activity',
    category: 'Category',
    description: 'Description',
    planned: 'Planned',
    currency: 'Currency',
    inReporting: 'In {currency}',
    actual: 'Actual',
    variance: 'Variance',
    used: 'Used',
    date: 'Date',
    type: 'Type',
    counterparty: 'Payee or payer',
    categoryOrSource: 'Category or source',
    amount: 'Amount',
    rate: 'Rate',
    rateDate: 'Rate date',
    rateSource: 'Rate source',
    paidBy: 'Paid by',
    owed: 'Owed to the volunteer',
    receipt: 'Receipt',
    from: 'From',
    to: 'To',
    note: 'Note',
    nearestRate: 'Nearest rate',
  },
  expense: 'Expense',
  income: 'Income',
  committee: 'Committee',
};

const ro: SheetWords = {
  sheets: {
    summary: 'Rezumat',
    lines: 'Buget',
    ledger: 'Registru',
    rates: 'Cursuri',
    unconverted: 'Neconvertite',
  },
  cols: {
    year: 'Anul',
    activity: 'Activitate',
    category: 'Categorie',
    description: 'Descriere',
    planned: 'Planificat',
    currency: 'Moneda',
    inReporting: 'În {currency}',
    actual: 'Realizat',
    variance: 'Diferență',
    used: 'Utilizat',
    date: 'Data',
    type: 'Tip',
    counterparty: 'Beneficiar sau plătitor',
    categoryOrSource: 'Categorie sau sursă',
    amount: 'Suma',
    rate: 'Curs',
    rateDate: 'Data cursului',
    rateSource: 'Sursa cursului',
    paidBy: 'Plătit de',
    owed: 'Datorat voluntarului',
    receipt: 'Chitanță',
    from: 'Din',
    to: 'În',
    note: 'Notă',
    nearestRate: 'Cel mai apropiat curs',
  },
  expense: 'Cheltuială',
  income: 'Venit',
  committee: 'Comitet',
};

const fr: SheetWords = {
  sheets: {
    summary: 'Synthèse',
    lines: 'Budget',
    ledger: 'Journal',
    rates: 'Taux',
    unconverted: 'Non convertis',
  },
  cols: {
    year: 'Année',
    activity: 'Activité',
    category: 'Catégorie',
    description: 'Description',
    planned: 'Prévu',
    currency: 'Monnaie',
    inReporting: 'En {currency}',
    actual: 'Réalisé',
    variance: 'Écart',
    used: 'Utilisé',
    date: 'Date',
    type: 'Type',
    counterparty: 'Bénéficiaire ou payeur',
    categoryOrSource: 'Catégorie ou source',
    amount: 'Montant',
    rate: 'Taux',
    rateDate: 'Date du taux',
    rateSource: 'Source du taux',
    paidBy: 'Payé par',
    owed: 'Dû au bénévole',
    receipt: 'Justificatif',
    from: 'De',
    to: 'Vers',
    note: 'Remarque',
    nearestRate: 'Taux le plus proche',
  },
  expense: 'Dépense',
  income: 'Recette',
  committee: 'Comité',
};

const de: SheetWords = {
  sheets: {
    summary: 'Übersicht',
    lines: 'Haushalt',
    ledger: 'Buchungen',
    rates: 'Kurse',
    unconverted: 'Nicht umgerechnet',
  },
  cols: {
    year: 'Jahr',
    activity: 'Aktivität',
    category: 'Kategorie',
    description: 'Beschreibung',
    planned: 'Geplant',
    currency: 'Währung',
    inReporting: 'In {currency}',
    actual: 'Tatsächlich',
    variance: 'Abweichung',
    used: 'Ausgeschöpft',
    date: 'Datum',
    type: 'Art',
    counterparty: 'Empfänger oder Zahler',
    categoryOrSource: 'Kategorie oder Quelle',
    amount: 'Betrag',
    rate: 'Kurs',
    rateDate: 'Kursdatum',
    rateSource: 'Kursquelle',
    paidBy: 'Bezahlt von',
    owed: 'Ehrenamtlichen geschuldet',
    receipt: 'Beleg',
    from: 'Von',
    to: 'Nach',
    note: 'Anmerkung',
    nearestRate: 'Nächster Kurs',
  },
  expense: 'Ausgabe',
  income: 'Einnahme',
  committee: 'Komitee',
};

export const SHEET_WORDS: Record<'en' | 'ro' | 'fr' | 'de', SheetWords> = { en, ro, fr, de };

export function sheetWords(language: string): SheetWords {
  return SHEET_WORDS[language as keyof typeof SHEET_WORDS] ?? en;
}
