import type { Content } from 'pdfmake/interfaces';
import type { YearTotals } from '../../../../../shared/domain/annualReport/gather';
import { ACCENT, MUTED, type Lang } from './format';
import type { AnnualReportInput } from './types';

/** The committee, its town, the title and the day it was prepared: the top of the report. */
export function titleBlock(input: AnnualReportInput, l: Lang): Content[] {
  const { committee } = input;
  const town = [committee.town, committee.country ? l.country(committee.country) : '']
    .filter(Boolean)
    .join(', ');
  return [
    ...(committee.name ? [{ text: committee.name, style: 'committee' } as Content] : []),
    ...(town ? [{ text: town, style: 'town' } as Content] : []),
    {
      canvas: [{ type: 'line', x1: 0, y1: 4, x2: 495, y2: 4, lineWidth: 1.2, lineColor: ACCENT }],
      margin: [0, 2, 0, 10],
    },
    { text: l.fill(l.w.title, { year: input.content.year }), style: 'title' },
    {
      text: l.fill(l.w.preparedOn, { date: l.day(input.preparedOn) }),
      fontSize: 9,
      color: MUTED,
      margin: [0, 0, 0, 14],
    },
  ];
}

function countriesLine(t: YearTotals, l: Lang): string {
  return t.byCountry.map((c) => `${l.country(c.country)} ${c.count}`).join(' · ') || '–';
}

/** The figures a council reads first: links, activities, people, countries, the youth share, the plan. */
export function glance(t: YearTotals, l: Lang): Content {
  const w = l.w;
  const rows: [string, string][] = [
    [w.partnerships, String(t.partnerships)],
    [w.activitiesHeld, String(t.activitiesHeld)],
    ...(t.activitiesPlanned > 0
      ? [[w.activitiesPlanned, String(t.activitiesPlanned)] as [string, string]]
      : []),
    [w.participants, String(t.participants)],
    [w.countries, countriesLine(t, l)],
    [
      w.youthShare,
      t.youth.ageKnown === 0
        ? '–'
        : l.fill(w.youthOf, { share: l.percent(t.youth.share), known: t.youth.ageKnown }),
    ],
    [
      w.actionsDone,
      t.actionsPlanned === 0 ? '–' : l.fill(w.ofCount, { done: t.actionsDone, total: t.actionsPlanned }),
    ],
  ];
  return {
    unbreakable: true,
    stack: [
      { text: w.atAGlance, style: 'section', margin: [0, 0, 0, 4] },
      {
        table: {
          widths: [230, '*'],
          body: rows.map(([k, v]) => [
            { text: k, color: MUTED },
            { text: v, bold: true },
          ]),
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 2 : 0),
          vLineColor: () => ACCENT,
          fillColor: () => '#f3f5f7',
          paddingLeft: (i: number) => (i === 0 ? 10 : 6),
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
        margin: [0, 0, 0, 16],
      },
    ],
  };
}
