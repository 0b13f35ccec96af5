import type { TimelineKind } from './timeline';
import type { Zoom } from './zoom';

/** The words of the printed timeline, in each app language. */
export interface TimelineWords {
  title: string;
  /** "2015–2027, by year" ({years} is one year or a range). */
  span: Record<Zoom, string>;
  partnership: string;
  /** The row of funding that serves no link's activity. */
  noLink: string;
  kinds: Record<TimelineKind, string>;
  /** An anniversary: "25 years", "25 de ani". */
  years(n: number): string;
  /** A quarter's column: "Q{n} {year}". */
  quarter: string;
  /** A deadline whose internal day comes first: "funder: {date}". */
  funder: string;
  empty: string;
  printed: string;
  page: string;
}

const WORDS: Readonly<Record<string, TimelineWords>> = {
  en: {
    title: 'Timeline of the partnerships',
    span: { year: '{years}, by year', quarter: '{years}, by quarter', month: '{years}, by month' },
    partnership: 'Partnership',
    noLink: 'Funding not tied to a link',
    kinds: {
      signing: 'Signing',
      anniversary: 'Anniversary',
      milestone: 'Milestone',
      action: 'Plan action',
      activity: 'Activity',
      deadline: 'Funding deadline',
    },
    years: (n) => `${n} ${n === 1 ? 'year' : 'years'}`,
    quarter: 'Q{n} {year}',
    funder: 'funder: {date}',
    empty: 'Nothing is dated in these years.',
    printed: 'Printed on {date}',
    page: 'Page {page} of {pages}',
  },
  ro: {
    title: 'Cronologia înfrățirilor',
    span: { year: '{years}, pe ani', quarter: '{years}, pe trimestre', month: '{years}, pe luni' },
    partnership: 'Înfrățire',
    noLink: 'Finanțări care nu țin de o înfrățire',
    kinds: {
      signing: 'Semnare',
      anniversary: 'Aniversare',
      milestone: 'Reper',
      action: 'Acțiune din plan',
      activity: 'Activitate',
      deadline: 'Termen de finanțare',
    },
    // Romanian puts "de" between a number whose last two digits are 20 or more (or 0) and its noun.
    years: (n) => (n === 1 ? '1 an' : n % 100 >= 20 || n % 100 === 0 ? `${n} de ani` : `${n} ani`),
    quarter: 'T{n} {year}',
    funder: 'finanțator: {date}',
    empty: 'Nimic nu este datat în acești ani.',
    printed: 'Tipărit la {date}',
    page: 'Pagina {page} din {pages}',
  },
  fr: {
    title: 'Chronologie des jumelages',
    span: {
      year: '{years}, par année',
      quarter: '{years}, par trimestre',
      month: '{years}, par mois',
    },
    partnership: 'Jumelage',
    noLink: 'Financements sans jumelage',
    kinds: {
      signing: 'Signature',
      anniversary: 'Anniversaire',
      milestone: 'Jalon',
      action: 'Action du plan',
      activity: 'Activité',
      deadline: 'Échéance de financement',
    },
    years: (n) => `${n} ${n === 1 ? 'an' : 'ans'}`,
    quarter: 'T{n} {year}',
    funder: 'financeur\u00a0: {date}',
    empty: 'Rien n’est daté pendant ces années.',
    printed: 'Imprimé le {date}',
    page: 'Page {page} sur {pages}',
  },
  de: {
    title: 'Zeitleiste der Partnerschaften',
    span: {
      year: '{years}, nach Jahren',
      quarter: '{years}, nach Quartalen',
      month: '{years}, nach Monaten',
    },
    partnership: 'Partnerschaft',
    noLink: 'Förderung ohne Partnerschaft',
    kinds: {
      signing: 'Unterzeichnung',
      anniversary: 'Jubiläum',
      milestone: 'Meilenstein',
      action: 'Planmaßnahme',
      activity: 'Aktivität',
      deadline: 'Förderfrist',
    },
    years: (n) => `${n} ${n === 1 ? 'Jahr' : 'Jahre'}`,
    quarter: 'Q{n} {year}',
    funder: 'Fördergeber: {date}',
    empty: 'In diesen Jahren ist nichts datiert.',
    printed: 'Gedruckt am {date}',
    page: 'Seite {page} von {pages}',
  },
};

export const timelineWords = (lang: string): TimelineWords => WORDS[lang] ?? WORDS.en!;
