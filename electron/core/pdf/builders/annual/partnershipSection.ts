import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportedActivity, ReportedPartnership } from '../../../../../shared/domain/annualReport/gather';
import { HEALTH_KEYS } from '../../../../../shared/domain/partnershipHealth';
import { ACCENT, MUTED, WARN, head, keep, note, num, sub, table, type Lang } from './format';

function heading(p: ReportedPartnership, l: Lang): Content {
  const w = l.w;
  const facts = [
    `${w.status}${w.colon}${w.partnershipStatus[p.status]}`,
    ...(p.signedOn ? [`${w.signedOn}${w.colon}${l.partialDay(p.signedOn)}`] : []),
  ];
  return {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 495, y2: 0, lineWidth: 0.8, lineColor: ACCENT }] },
      {
        text: p.towns.map((t) => `${t.name} (${l.country(t.country)})`).join(' – '),
        style: 'partnership',
      },
      { text: facts.join('   ·   '), fontSize: 9, color: MUTED, margin: [0, 0, 0, 6] },
    ],
  };
}

function planBlock(p: ReportedPartnership, year: number, l: Lang): Content[] {
  const w = l.w;
  const title = sub(l.fill(w.planTitle, { year }));
  if (!p.plan.started) return [keep([title, note(w.noPlan)], 0)];
  const out: Content[] = [];
  if (p.plan.actions.length === 0) out.push(keep([title, note(l.fill(w.noActions, { year }))], 0));
  else
    out.push(
      keep(
        [
          title,
          note(l.fill(w.plannedDone, { done: p.plan.done, total: p.plan.actions.length })),
          table(
            ['*', 130, 90],
            head([w.action, w.owner, w.status]),
            p.plan.actions.map((a): TableCell[] => [
              a.title,
              a.owner || { text: w.nobody, color: MUTED },
              { text: w.actionStatus[a.status], bold: a.status === 'done' },
            ]),
          ),
        ],
        p.plan.actions.length,
      ),
    );
  const r = p.plan.review;
  if (!r) out.push(note(l.fill(w.noReview, { year })), { text: '', margin: [0, 0, 0, 6] });
  else
    out.push({
      unbreakable: true,
      stack: [
        { text: l.fill(w.reviewHeld, { date: l.day(r.meetingDate) }), bold: true, fontSize: 9.5 },
        ...(r.done.trim() ? [{ text: [{ text: `${w.reviewDone}${w.colon}`, color: MUTED }, r.done] }] : []),
        ...(r.notes.trim()
          ? [{ text: [{ text: `${w.reviewNotes}${w.colon}`, color: MUTED }, r.notes] }]
          : []),
      ],
      margin: [0, 0, 0, 10],
    });
  return out;
}

function countriesCell(a: ReportedActivity, l: Lang): string {
  return a.counts.byCountry.map((c) => `${l.country(c.country)} ${c.count}`).join('\n') || '–';
}

function youthCell(a: ReportedActivity, l: Lang): string {
  const y = a.counts.youth;
  return y.ageKnown === 0
    ? l.w.noAges
    : l.fill(l.w.youthOf, { share: l.percent(y.share), known: y.ageKnown });
}

function activitiesBlock(p: ReportedPartnership, year: number, l: Lang): Content {
  const w = l.w;
  const title = sub(l.fill(w.activitiesTitle, { year }));
  if (p.activities.length === 0) return keep([title, note(l.fill(w.noActivities, { year }))], 0);
  return keep(
    [
      title,
      table(
        ['*', 76, 62, 'auto', 76, 58],
        head([w.activity, w.dates, w.status, w.people, w.byCountry, w.youth], 3).map((c, i) =>
          i === 4 ? { ...(c as object), alignment: 'left' } : c,
        ) as TableCell[],
        p.activities.map((a): TableCell[] => [
          { stack: [{ text: a.title }, { text: l.d.kinds[a.kind], fontSize: 7.5, color: MUTED }] },
          { text: l.range(a.startDate, a.endDate), fontSize: 8 },
          {
            text: w.activityStatus[a.status],
            color: a.status === 'cancelled' ? WARN : undefined,
            fontSize: 8,
          },
          num(String(a.counts.total)),
          { text: countriesCell(a, l), fontSize: 8 },
          { text: youthCell(a, l), fontSize: 8, alignment: 'right' },
        ]),
      ),
    ],
    p.activities.length,
  );
}

function themesBlock(p: ReportedPartnership, year: number, l: Lang): Content {
  const w = l.w;
  if (p.themes.length === 0) return keep([sub(w.themesTitle), note(l.fill(w.noThemes, { year }))], 0);
  return keep(
    [
      sub(w.themesTitle),
      {
        ul: p.themes.map((t) => ({
          stack: [
            { text: l.d.themes[t.theme], bold: true },
            ...t.by.map((b) => ({
              text: [{ text: `${b.activity}${w.colon}`, color: MUTED }, b.how],
              fontSize: 8.5,
            })),
          ],
          margin: [0, 0, 0, 3],
        })),
        margin: [0, 2, 0, 8],
      },
    ],
    p.themes.reduce((n, t) => n + t.by.length + 1, 0),
  );
}

function healthBlock(p: ReportedPartnership, l: Lang): Content {
  const w = l.w;
  const h = p.health;
  const missing = HEALTH_KEYS.filter((k) => h.missing.includes(k));
  return {
    unbreakable: true,
    stack: [
      sub(w.healthTitle),
      {
        text: l.fill(w.healthSummary, { done: h.done, level: w.level[h.level] }),
        bold: true,
        color: h.level === 'weak' ? WARN : undefined,
      },
      missing.length === 0
        ? { text: w.allKeys, fontSize: 9 }
        : {
            text: [
              { text: `${w.keysMissing}${w.colon}`, color: MUTED },
              missing.map((k) => `${k}. ${w.keys[k]}`).join(' · '),
            ],
            fontSize: 9,
          },
      ...(h.withoutEvidence.length
        ? [
            {
              text: l.fill(w.withoutEvidence, { keys: h.withoutEvidence.join(', ') }),
              fontSize: 9,
              color: MUTED,
            },
          ]
        : []),
    ],
    margin: [0, 0, 0, 18],
  };
}

/** One partnership: planned against done, its activities with their people, themes and health. */
export function partnershipSection(p: ReportedPartnership, year: number, l: Lang): Content[] {
  const plan = planBlock(p, year, l);
  const [first, ...rest] = plan;
  // The heading never ends a page alone: it travels with the plan's first block.
  return [
    { stack: [heading(p, l), ...(first ? [first] : [])], unbreakable: p.plan.actions.length <= 14 },
    ...rest,
    activitiesBlock(p, year, l),
    themesBlock(p, year, l),
    healthBlock(p, l),
  ];
}
