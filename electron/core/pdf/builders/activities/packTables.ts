import type { Content, TableCell } from 'pdfmake/interfaces';
import type { VarianceRow } from '../../../../../shared/domain/budget/summary';
import { countryName } from '../../../../../shared/domain/activities/documents/format';
import { formatMoney } from '../../../../../shared/domain/money/formatMoney';
import type { PackCosts, PackParticipants } from '../../../../../shared/domain/funding/reportingPack';
import { fill } from '../../../../../shared/domain/activities/documents/words';
import { RULE } from './common';
import type { PackWords } from './packWords';

export const ruled = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
  text,
  style: 'tableHeader',
  alignment,
});
const num = (n: number | string, bold = false): TableCell => ({ text: String(n), alignment: 'right', bold });

/** A share as the language writes a percentage: "60 %", "60%". */
export const percent = (share: number, lang: string) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);

export const countryOrUnknown = (code: string | null, lang: string, w: PackWords) =>
  code === null ? w.unknownCountry : countryName(code, lang);

/** The totals, the youth share, then the people per country and per invited town. */
export function participantTables(p: PackParticipants, lang: string, w: PackWords): Content[] {
  const youth =
    p.youth.ageKnown === 0
      ? w.noAgeKnown
      : fill(w.youthLine, {
          under30: p.youth.under30,
          known: p.youth.ageKnown,
          share: percent(p.youth.share, lang),
          under18: p.youth.under18,
        });
  const totals: Content = {
    table: {
      widths: [170, '*'],
      body: [
        [w.total, { text: String(p.total), bold: true }],
        [w.invited, String(p.invited)],
        [w.local, String(p.local)],
        [w.youthShare, youth],
      ],
    },
    layout: 'noBorders',
    fontSize: 9.5,
    margin: [0, 0, 0, 8],
  };
  const byCountry: Content = {
    fontSize: 9.5,
    margin: [0, 0, 0, 8],
    table: {
      headerRows: 1,
      widths: ['*', 80],
      body: [
        [head(w.country), head(w.count, 'right')],
        ...p.byCountry.map((c) => [countryOrUnknown(c.country, lang, w), num(c.count)]),
      ],
    },
    layout: ruled,
  };
  const byTown: Content =
    p.byInvitedTown.length === 0
      ? { text: w.noInvitedTown, italics: true, fontSize: 9.5 }
      : {
          fontSize: 9.5,
          table: {
            headerRows: 1,
            widths: ['*', 140, 80],
            body: [
              [head(w.town), head(w.country), head(w.count, 'right')],
              ...p.byInvitedTown.map((t) => [t.town, countryOrUnknown(t.country, lang, w), num(t.count)]),
            ],
          },
          layout: ruled,
        };
  return [
    totals,
    { text: w.perCountry, style: 'subheading' },
    byCountry,
    { text: w.perTown, style: 'subheading' },
    byTown,
  ];
}

/** Planned against actual per category, with the total, in the programme's currency. */
export function costsTable(
  costs: PackCosts,
  lang: string,
  w: PackWords,
  categoryLabels: Readonly<Record<string, string>>,
): Content[] {
  if (costs.byCategory.length === 0) return [{ text: w.noCosts, italics: true, fontSize: 9.5 }];
  const m = (row: VarianceRow, bold = false): TableCell[] => [
    num(formatMoney(row.planned, lang), bold),
    num(formatMoney(row.actual, lang), bold),
    num(formatMoney(row.variance, lang), bold),
  ];
  const table: Content = {
    fontSize: 9.5,
    table: {
      headerRows: 1,
      widths: ['*', 90, 90, 90],
      body: [
        [head(w.category), head(w.planned, 'right'), head(w.actual, 'right'), head(w.variance, 'right')],
        ...costs.byCategory.map((r) => [
          r.category === null ? '' : (categoryLabels[r.category] ?? r.category),
          ...m(r),
        ]),
        [{ text: w.total, bold: true }, ...m(costs.total, true)],
      ],
    },
    layout: ruled,
  };
  return costs.unconverted > 0
    ? [
        table,
        {
          text: fill(w.unconverted, { count: costs.unconverted, currency: costs.currency }),
          style: 'small',
          margin: [0, 4, 0, 0],
        },
      ]
    : [table];
}
