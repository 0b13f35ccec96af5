import type { Content, TableCell } from 'pdfmake/interfaces';
import type { VarianceRow } from '../../../../../shared/domain/budget/summary';
import { WARN, head, keep, note, num, section, sub, table, type Lang } from './format';
import type { AnnualFinance, FinanceWords } from './types';

/** A rate as the language writes it: 4,975 in ro, fr and de. */
const rateText = (l: Lang, rate: string) => (l.code === 'en' ? rate : rate.replace('.', ','));

const usedText = (l: Lang, p: number | null) =>
  p === null
    ? '–'
    : new Intl.NumberFormat(l.code === 'en' ? 'en-GB' : l.code, {
        style: 'percent',
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
      }).format(p / 100);

function varianceRows(
  l: Lang,
  fw: FinanceWords,
  rows: readonly VarianceRow[],
  label: (r: VarianceRow) => string,
  total: VarianceRow,
): TableCell[][] {
  const line = (r: VarianceRow, bold: boolean): TableCell[] => [
    { text: bold ? fw.total : label(r), bold },
    num(l.money(r.planned), bold),
    num(l.money(r.actual), bold),
    {
      ...(num(l.signed(r.variance), bold) as object),
      color: r.variance.amount > 0 ? WARN : undefined,
    } as TableCell,
    num(usedText(l, r.usedPercent), bold),
  ];
  return [...rows.map((r) => line(r, false)), line(total, true)];
}

function varianceTable(
  l: Lang,
  fw: FinanceWords,
  first: string,
  rows: readonly VarianceRow[],
  label: (r: VarianceRow) => string,
  total: VarianceRow,
): Content {
  return table(
    ['*', 'auto', 'auto', 'auto', 'auto'],
    head([first, fw.planned, fw.actual, fw.variance, fw.used], 1),
    varianceRows(l, fw, rows, label, total),
  );
}

/** Planned against actual by category and by activity, the income, the rates used and what could not be converted. */
export function financeSection(f: AnnualFinance | null, year: number, l: Lang): Content[] {
  const title = section(l.w.financeTitle);
  if (!f) return [keep([title, note(l.fill(l.w.noFinance, { year }))], 0)];
  const fw = f.words[l.code] ?? Object.values(f.words)[0];
  if (!fw) return [];
  const category = (r: VarianceRow) => (r.category ? (fw.categories[r.category] ?? r.category) : '');
  const activity = (r: VarianceRow) =>
    r.activityId === null ? fw.committeeBudget : (f.activityLabels[r.activityId] ?? r.activityId);
  const out: Content[] = [
    keep(
      [
        title,
        note(l.fill(l.w.financeIntro, { year, currency: f.reporting })),
        sub(fw.byCategory),
        varianceTable(l, fw, fw.category, f.byCategory, category, f.total),
      ],
      f.byCategory.length,
    ),
  ];
  if (f.byActivity.length > 1)
    out.push(
      keep(
        [sub(fw.byActivity), varianceTable(l, fw, fw.activity, f.byActivity, activity, f.total)],
        f.byActivity.length,
      ),
    );
  if (f.income.length > 0)
    out.push(
      keep(
        [
          sub(fw.income),
          table(['*', 'auto'], head([fw.source, fw.received], 1), [
            ...f.income.map((r): TableCell[] => {
              const kind = fw.incomeKinds[r.source.kind] ?? r.source.kind;
              return [r.source.name ? `${r.source.name} (${kind})` : kind, num(l.money(r.received))];
            }),
            [{ text: fw.total, bold: true }, num(l.money(f.incomeTotal), true)],
          ]),
        ],
        f.income.length,
      ),
    );
  out.push(
    f.ratesUsed.length === 0
      ? keep([sub(fw.ratesUsed), note(fw.noRatesUsed)], 0)
      : keep(
          [
            sub(fw.ratesUsed),
            note(fw.ratesNote),
            table(
              ['auto', 'auto', '*'],
              head([fw.rate, fw.rateDate, fw.source]),
              f.ratesUsed.map((r) => [
                { text: `1 ${r.from} = ${rateText(l, r.rate)} ${r.to}`, noWrap: true },
                l.day(r.date),
                fw.rateSources[r.source],
              ]),
            ),
          ],
          f.ratesUsed.length,
        ),
  );
  if (f.unconverted.length > 0)
    out.push(
      keep(
        [
          { text: fw.unconverted, style: 'sub', color: WARN },
          note(fw.unconvertedNote),
          table(
            ['auto', '*'],
            head([fw.date, fw.amount], 1),
            f.unconverted.map((u) => [l.day(u.date), num(l.money(u.amount))]),
          ),
        ],
        f.unconverted.length,
      ),
    );
  return out;
}
