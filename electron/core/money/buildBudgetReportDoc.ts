import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CofinancingCheck, CofinancingIssue } from '../../../shared/domain/budget/cofinancing';
import type { BudgetSummary } from '../../../shared/domain/budget/summary';
import type { OwedToVolunteer } from '../../../shared/domain/budget/volunteers';
import type { IncomeSource } from '../../../shared/domain/budget/categories';
import type { CategoryNamer } from '../../../shared/domain/budget/categoryNames';
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
 * category, activity and year, income, co-financing, debts to volunteers, the rates used and
 * the amounts that could not be converted. Pure; a fresh definition on every call.
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
