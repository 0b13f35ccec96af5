import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  countryName,
  formatDay,
  formatDayRange,
} from '../../../../../shared/domain/activities/documents/format';
import { documentWords, fill } from '../../../../../shared/domain/activities/documents/words';
import { formatMoney } from '../../../../../shared/domain/money/formatMoney';
import { activityDocument, activityStyles, placeLine } from './common';
import { dayBlock, programmeDays } from './buildProgrammeDoc';
import { costsTable, participantTables, ruled } from './packTables';
import type { FinalReportInput, PackActivity, PackHeader } from './packTypes';
import { packWords, type PackWords } from './packWords';

const AMOUNTS = ['requested', 'awarded', 'advanced', 'paid'] as const;

/** The top of every pack document: its title, the application, the programme and the committee. */
export function packHeading(input: PackHeader, title: string): Content[] {
  const p = input.programme;
  const call = [p.callCode, p.funder].filter((s) => s.trim() !== '').join(' · ');
  return [
    { text: title, style: 'title' },
    { text: input.title, fontSize: 13, bold: true, margin: [0, 0, 0, 2] },
    { text: `${p.name} ${p.callYear}${call ? ` · ${call}` : ''}`, style: 'subtitle', margin: [0, 0, 0, 2] },
    { text: input.committee, style: 'subtitle' },
  ];
}

const section = (text: string): Content => ({ text, style: 'section' });

function overview(input: FinalReportInput, w: PackWords): Content {
  const { lang } = input;
  const period =
    input.projectStart && input.projectEnd
      ? formatDayRange(input.projectStart, input.projectEnd, lang)
      : w.notSet;
  const applicants = input.applicants.map(
    (a) => `${a.name}${a.country ? ` (${countryName(a.country, lang)})` : ''}${a.lead ? `, ${w.lead}` : ''}`,
  );
  const grant = AMOUNTS.flatMap((k) => {
    const m = input.amounts[k];
    return m ? [`${w[k]}: ${formatMoney(m, lang)}`] : [];
  });
  const rows: Content[][] = [
    [{ text: w.applicants, style: 'label' }, { stack: applicants.length ? applicants : ['—'] }],
    [{ text: w.projectPeriod, style: 'label' }, period],
    [{ text: w.grant, style: 'label' }, grant.length ? grant.join(' · ') : '—'],
  ];
  return {
    table: { widths: [110, '*'], body: rows },
    layout: 'noBorders',
    fontSize: 9.5,
    margin: [0, 4, 0, 0],
  };
}

function activitiesTable(activities: readonly PackActivity[], lang: string, w: PackWords): Content {
  const d = documentWords(lang);
  const head = (text: string, right = false) => ({
    text,
    style: 'tableHeader',
    ...(right ? { alignment: 'right' as const } : {}),
  });
  return {
    fontSize: 9,
    table: {
      headerRows: 1,
      widths: ['*', 95, '*', 78],
      body: [
        [head(w.activity), head(d.dates), head(d.place), head(w.participants, true)],
        ...activities.map(({ event, counts }) => [
          {
            stack: [
              { text: event.title, bold: true },
              { text: d.kinds[event.kind], style: 'small' },
            ],
          },
          formatDayRange(event.startDate, event.endDate, lang),
          placeLine(event, lang) || '—',
          { text: String(counts.total), alignment: 'right' as const },
        ]),
      ],
    },
    layout: ruled,
  };
}

function themes(a: PackActivity, lang: string, w: PackWords): Content[] {
  const d = documentWords(lang);
  const title: Content = { text: a.event.title, style: 'subheading' };
  if (a.event.themes.length === 0) return [title, { text: w.noThemes, italics: true, fontSize: 9.5 }];
  return [
    title,
    {
      fontSize: 9.5,
      ul: a.event.themes.map((t) => ({ text: [{ text: `${d.themes[t.theme]}: `, bold: true }, t.how] })),
    },
  ];
}

function dayByDay(a: PackActivity, lang: string): Content[] {
  const days = programmeDays(a.event);
  const [first, ...rest] = days.map((day, i) => dayBlock(day, i + 1, [lang]));
  const heading: Content = {
    text: `${a.event.title} · ${formatDayRange(a.event.startDate, a.event.endDate, lang)}`,
    style: 'subheading',
  };
  // The activity's heading never stays alone at the foot of a page: it goes with its first
  // day, unless that day alone is longer than a page could hold together.
  const together = (days[0]?.items.length ?? 0) <= 12;
  return [{ stack: first ? [heading, first] : [heading], unbreakable: together }, ...rest];
}

/**
 * The final report of a funded project: the activities with their places and dates, the
 * participants per country and per invited town with the youth share, the themes served,
 * each activity day by day, and the costs against the budget.
 */
export function buildFinalReportDoc(input: FinalReportInput): TDocumentDefinitions {
  const { lang } = input;
  const w = packWords(lang);
  const content: Content[] = [
    ...packHeading(input, w.finalReport),
    overview(input, w),
    section(w.activities),
    activitiesTable(input.activities, lang, w),
    section(w.participantsHeading),
    ...participantTables(input.participants, lang, w),
    section(w.themes),
    ...input.activities.flatMap((a) => themes(a, lang, w)),
    // The programme runs over pages of its own; the costs keep their heading with their table.
    { text: w.dayByDay, style: 'section', pageBreak: 'before' },
    ...input.activities.flatMap((a) => dayByDay(a, lang)),
    {
      unbreakable: input.costs.byCategory.length <= 30,
      stack: [section(w.costs), ...costsTable(input.costs, lang, w, input.categoryLabels)],
    },
    {
      text: fill(w.preparedOn, { date: formatDay(input.preparedOn, lang) }),
      style: 'small',
      margin: [0, 18, 0, 0],
    },
  ];
  const doc = activityDocument(`${w.finalReport}: ${input.title}`, [lang], content);
  return { ...doc, styles: packStyles };
}

export const packStyles: StyleDictionary = {
  ...activityStyles,
  section: { fontSize: 13, bold: true, margin: [0, 16, 0, 6] },
  subheading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
};
