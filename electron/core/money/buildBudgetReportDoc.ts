import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CashPosition } from '../../../shared/domain/budget/cash';
import type { CofinancingCheck, CofinancingIssue } from '../../../shared/domain/budget/cofinancing';
import type { BudgetSummary } from '../../../shared/domain/budget/summary';
import type { OwedToVolunteer } from '../../../shared/domain/budget/volunteers';
import type { IncomeSource } from '../../../shared/domain/budget/categories';
import type { CategoryNamer } from '../../../shared/domain/budget/categoryNames';
import { sum, type Money } from '../../../shared/domain/money/money';
import { head, num, reportFormat, tableLayout, varianceTable, type ReportFormat } from './reportTables';
import { fill, reportWords } from './reportWords';

export interface BudgetReportInput {
  language: string;
  committeeName: string;
  /** What the report covers: "Youth exchange Buziaș–Ornans, 2026", or a year. */
  scope: string;
  preparedOn: string;
  summary: BudgetSummary;
  cofinancing: CofinancingCheck | null;
  /**
   * The cash month by month, exactly as the Budget screen shows it (`budgetCash`, in the
   * reporting currency, the funders' balances of `cofinancing` included).
   */
  cash: CashPosition;
  volunteers: readonly OwedToVolunteer[];
  /** Names each category in the report's language (`categoryNamer`): the committee's own names, the built-in headings. */
  categoryName: CategoryNamer;
  activityLabels: Readonly<Record<string, string>>;
}

const section = (text: string): Content => ({ text, style: 'section' });

/** A heading stays with its table: short sections never split; long ones at least keep the head row. */
function keep(stack: Content[], rows: number): Content {
  return rows <= 18 ? { stack, unbreakable: true } : { stack };
}

/** A rate as written in the report's language: 4,975 in ro, fr and de. */
function decimalMark(f: ReportFormat, rate: string): string {
  return f.language === 'en' ? rate : rate.replace('.', ',');
}

function sourceName(f: ReportFormat, s: IncomeSource): string {
  const kind = f.words.incomeKinds[s.kind];
  return s.name ? `${s.name} (${kind})` : kind;
}

function ratesSection(f: ReportFormat, s: BudgetSummary): Content[] {
  const w = f.words;
  if (s.ratesUsed.length === 0) return [section(w.ratesUsed), { text: w.noRatesUsed, margin: [0, 2, 0, 14] }];
  return [
    keep(
      [
        section(w.ratesUsed),
        { text: w.ratesNote, style: 'note' },
        {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            widths: ['auto', 'auto', 'auto', '*'],
            body: [
              head([w.rate, w.rateDate, w.source, w.note], 99),
              ...s.ratesUsed.map((r) => [
                { text: `1 ${r.from} = ${decimalMark(f, r.rate)} ${r.to}`, noWrap: true },
                f.date(r.date),
                w.rateSources[r.source],
                r.note,
              ]),
            ],
          },
          layout: tableLayout,
          margin: [0, 4, 0, 14],
        },
      ],
      s.ratesUsed.length,
    ),
  ];
}

function unconvertedSection(f: ReportFormat, s: BudgetSummary): Content[] {
  const w = f.words;
  if (s.unconverted.length === 0) return [];
  return [
    keep(
      [
        { text: w.unconverted, style: 'section', color: '#a61b1b' },
        { text: w.unconvertedNote, style: 'note' },
        {
          table: {
            headerRows: 1,
            widths: ['auto', '*', 'auto'],
            body: [
              head([w.date, w.amount, w.nearestRate], 1),
              ...s.unconverted.map((u) => [
                f.date(u.date),
                num(f.money(u.amount)),
                u.missing.nearest
                  ? `1 ${u.missing.nearest.from} = ${decimalMark(f, u.missing.nearest.rate)} ${u.missing.nearest.to}, ${f.date(u.missing.nearest.date)}`
                  : w.none,
              ]),
            ],
          },
          layout: tableLayout,
          margin: [0, 4, 0, 14],
        },
      ],
      s.unconverted.length,
    ),
  ];
}

function cofinancingSection(f: ReportFormat, c: CofinancingCheck | null): Content[] {
  if (!c || c.funders.length === 0) return [];
  const w = f.words;
  return [
    keep(
      [
        section(w.cofinancing),
        {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
            body: [
              head([w.source, w.planned, w.cap, w.received, w.advanceDue, w.balanceDue], 1),
              ...c.funders.map((x) => [
                sourceName(f, x.source),
                num(f.money(x.planned)),
                num(x.cap ? f.money(x.cap) : '–'),
                num(f.money(x.received)),
                num(f.money(x.advanceDue)),
                num(f.money(x.balanceDue)),
              ]),
            ],
          },
          layout: tableLayout,
          margin: [0, 4, 0, c.issues.length > 0 ? 4 : 14],
        },
        ...c.issues.map((issue, i) => ({
          text: cofinancingIssue(f, c, issue),
          color: '#a61b1b',
          margin: [0, 0, 0, i === c.issues.length - 1 ? 14 : 2] as [number, number, number, number],
        })),
      ],
      c.funders.length + c.issues.length,
    ),
  ];
}

/** What is wrong with the plan, in a sentence a committee can act on. */
function cofinancingIssue(f: ReportFormat, c: CofinancingCheck, issue: CofinancingIssue): string {
  const w = f.words;
  if (issue.code === 'gap') return fill(w.gap, { amount: f.money(issue.missing) });
  if (issue.code === 'surplus') return fill(w.surplus, { amount: f.money(issue.extra) });
  const funder = c.funders.find((x) => x.key === issue.key);
  return fill(w.overCap, {
    source: funder ? sourceName(f, funder.source) : issue.key,
    planned: f.money(issue.planned),
    cap: f.money(issue.cap),
  });
}

const red = '#a61b1b';

/** Amounts side by side in every month: a wider gap before each, so two never read as one. */
const cashLayout = { ...tableLayout, paddingLeft: (i: number) => (i === 0 ? 4 : 16) };

/** A balance below zero in red, so a month the committee was short cannot be missed. */
const balanceCell = (f: ReportFormat, m: Money, bold = false): TableCell =>
  ({ ...(num(f.money(m), bold) as object), color: m.amount < 0 ? red : '#1a1a1a' }) as TableCell;

/**
 * Cash over time: for each month from the first entry to the last, the money that came into the
 * committee's account and went out of it, and the balance at the month's end; then where it
 * will stand once funders pay what they still owe and volunteers are paid back.
 */
function cashSection(f: ReportFormat, c: CashPosition): Content[] {
  if (c.points.length === 0) return [];
  const w = f.words;
  const r = c.closing.currency;
  // Integer minor units, so the totals are exactly the sums of the rows printed above them.
  const totalIn = sum(
    c.points.map((p) => p.income),
    r,
  );
  const totalOut = sum(
    c.points.map((p) => p.expense),
    r,
  );
  const ahead: [string, Money][] = [
    [w.cashClosing, c.closing],
    [w.owedToVolunteers, c.owedToVolunteers],
    [w.cashDue, c.dueFromFunders],
    [w.cashProjected, c.projected],
  ];
  return [
    keep(
      [
        section(w.cashByMonth),
        { text: w.cashNote, style: 'note' },
        {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            widths: ['*', 'auto', 'auto', 'auto'],
            body: [
              head([w.month, w.moneyIn, w.moneyOut, w.monthEndBalance], 1),
              ...c.points.map((p) => [
                f.month(p.month),
                num(f.money(p.income)),
                num(f.money(p.expense)),
                balanceCell(f, p.balance),
              ]),
              [
                { text: w.total, bold: true },
                num(f.money(totalIn), true),
                num(f.money(totalOut), true),
                balanceCell(f, c.closing, true),
              ],
            ],
          },
          layout: cashLayout,
          margin: [0, 4, 0, 6],
        },
        {
          table: {
            widths: ['*', 'auto'],
            body: ahead.map(([label, m], i) => [
              { text: label, bold: i === ahead.length - 1 },
              balanceCell(f, m, i === ahead.length - 1),
            ]),
          },
          layout: 'noBorders',
          margin: [0, 0, 0, c.unconverted.length > 0 ? 2 : 14],
        },
        ...(c.unconverted.length > 0
          ? [
              {
                text: fill(w.cashLeftOut, { count: c.unconverted.length }),
                style: 'note',
                margin: [0, 0, 0, 14] as [number, number, number, number],
              },
            ]
          : []),
      ],
      c.points.length + ahead.length + 2,
    ),
  ];
}

function volunteersSection(f: ReportFormat, volunteers: readonly OwedToVolunteer[]): Content[] {
  if (volunteers.length === 0) return [];
  const w = f.words;
  return [
    keep(
      [
        section(w.owedToVolunteers),
        {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 'auto'],
            body: [
              head([w.volunteer, w.paid, w.owed], 1),
              ...volunteers.map((v) => [v.name, num(f.money(v.paid)), num(f.money(v.owed), true)]),
            ],
          },
          layout: tableLayout,
          margin: [0, 4, 0, 14],
        },
      ],
      volunteers.length,
    ),
  ];
}

/**
 * The budget report a treasurer signs, as a pdfmake definition: planned against actual by
 * category, activity and year, income, the cash month by month, co-financing, debts to
 * volunteers, the rates used and the amounts that could not be converted. Pure; a fresh definition on every call.
 */
export function buildBudgetReportDoc(input: BudgetReportInput): TDocumentDefinitions {
  const words = reportWords(input.language);
  const f = reportFormat(words, input.language);
  const s = input.summary;
  const activity = (id: string | null) =>
    id === null ? words.committeeBudget : (input.activityLabels[id] ?? id);
  const income: Content[] =
    s.income.length === 0
      ? []
      : [
          keep(
            [
              section(words.income),
              {
                table: {
                  headerRows: 1,
                  widths: ['*', 'auto'],
                  body: [
                    head([words.source, words.received], 1),
                    ...s.income.map((r) => [sourceName(f, r.source), num(f.money(r.received))]),
                    [{ text: words.total, bold: true }, num(f.money(s.incomeTotal), true)],
                  ],
                },
                layout: tableLayout,
                margin: [0, 4, 0, 14],
              },
            ],
            s.income.length,
          ),
        ];
  return {
    pageSize: 'A4',
    pageMargins: [50, 56, 50, 56],
    language: input.language,
    info: {
      title: `${words.title}: ${input.committeeName}, ${input.scope}`,
      creator: 'Twinning Desk',
      producer: 'Twinning Desk (pdfmake)',
    },
    footer: (page, pages): Content => ({
      text: fill(words.page, { page, pages }),
      style: 'small',
      alignment: 'center',
      margin: [50, 24, 50, 0],
    }),
    content: [
      { text: input.committeeName, style: 'committee' },
      { text: words.title, style: 'title' },
      { text: input.scope, style: 'scope' },
      {
        text: `${fill(words.reportingCurrency, { currency: s.reporting })}   ·   ${fill(words.generatedOn, { date: f.date(input.preparedOn) })}`,
        style: 'small',
        margin: [0, 0, 0, 16],
      },
      keep(
        [
          section(words.byCategory),
          varianceTable(
            f,
            words.category,
            s.byCategory,
            (r) => (r.category === null ? '' : input.categoryName(r.category)),
            s.total,
          ),
        ],
        s.byCategory.length,
      ),
      ...(s.byActivity.length > 1
        ? [
            keep(
              [
                section(words.byActivity),
                varianceTable(f, words.activity, s.byActivity, (r) => activity(r.activityId), s.total),
              ],
              s.byActivity.length,
            ),
          ]
        : []),
      ...(s.byYear.length > 1
        ? [
            keep(
              [section(words.byYear), varianceTable(f, words.year, s.byYear, (r) => String(r.year), s.total)],
              s.byYear.length,
            ),
          ]
        : []),
      ...income,
      ...cashSection(f, input.cash),
      ...cofinancingSection(f, input.cofinancing),
      ...volunteersSection(f, input.volunteers),
      ...ratesSection(f, s),
      ...unconvertedSection(f, s),
      {
        unbreakable: true,
        stack: [
          section(words.signatures),
          {
            columns: [words.treasurer, words.president].map((role) => ({
              stack: [
                { text: role, style: 'small' },
                { canvas: [{ type: 'line', x1: 0, y1: 40, x2: 200, y2: 40, lineWidth: 0.6 }] },
              ],
            })),
            columnGap: 40,
            margin: [0, 6, 0, 0],
          },
        ],
      },
    ],
    styles: {
      committee: { fontSize: 10, color: '#555555' },
      title: { fontSize: 18, bold: true, margin: [0, 2, 0, 2] },
      scope: { fontSize: 12, margin: [0, 0, 0, 4] },
      section: { fontSize: 11.5, bold: true, margin: [0, 6, 0, 2] },
      tableHead: { bold: true, fontSize: 8.5, color: '#333333' },
      note: { fontSize: 8.5, italics: true, color: '#444444' },
      small: { fontSize: 8.5, color: '#555555' },
    },
    defaultStyle: { font: 'NotoSans', fontSize: 9, color: '#1a1a1a' },
  };
}
