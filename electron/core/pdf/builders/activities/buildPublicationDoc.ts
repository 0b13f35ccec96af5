import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDayRange, joinList } from '../../../../../shared/domain/activities/documents/format';
import { documentWords, fill } from '../../../../../shared/domain/activities/documents/words';
import { activityDocument, placeLine, programmeSummary, RULE } from './common';
import { packHeading, packStyles } from './buildFinalReportDoc';
import { countryOrUnknown } from './packTables';
import type { PackActivity, PublicationInput } from './packTypes';
import { packWords, type PackWords } from './packWords';

/** The programme's funding statement, framed, as it goes beside the EU emblem on the town's page. */
function statementBox(statement: string): Content {
  return {
    margin: [0, 6, 0, 10],
    table: { widths: ['*'], body: [[{ text: statement, bold: true, fontSize: 12, margin: [6, 6, 6, 6] }]] },
    layout: {
      hLineWidth: () => 0.8,
      vLineWidth: () => 0.8,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
    },
  };
}

function activityText(a: PackActivity, lang: string, w: PackWords): Content[] {
  const { event, counts } = a;
  const d = documentWords(lang);
  const para = (text: string): Content => ({ text, fontSize: 10, margin: [0, 0, 0, 4] });
  const towns = counts.byInvitedTown.map((t) =>
    fill(w.fromTown, { town: t.town, country: countryOrUnknown(t.country, lang, w), count: t.count }),
  );
  const description: Content[] = [
    ...(event.themes.length > 0
      ? [
          para(
            fill(w.themesLine, {
              themes: joinList(
                event.themes.map((t) => d.themes[t.theme]),
                lang,
              ),
            }),
          ),
        ]
      : []),
    ...(programmeSummary(event, lang).length > 0
      ? [
          {
            ul: programmeSummary(event, lang),
            fontSize: 9.5,
            margin: [0, 0, 0, 4] as [number, number, number, number],
          },
        ]
      : []),
  ];
  return [
    { text: `${event.title} · ${d.kinds[event.kind]}`, style: 'section' },
    { text: w.participation, style: 'subheading' },
    para(
      fill(counts.invited > 0 ? w.participationLine : w.participationLocal, {
        total: counts.total,
        invited: counts.invited,
      }),
    ),
    ...(towns.length > 0
      ? [{ ul: towns, fontSize: 10, margin: [0, 0, 0, 4] as [number, number, number, number] }]
      : []),
    { text: w.placeAndDates, style: 'subheading' },
    para(
      fill(w.placeLine, {
        dates: formatDayRange(event.startDate, event.endDate, lang),
        place: placeLine(event, lang) || '—',
      }),
    ),
    ...(description.length > 0 ? [{ text: w.description, style: 'subheading' }, ...description] : []),
  ];
}

/**
 * The text a funded town shows on its website for each event, as the programme asks: the
 * funding statement from the programme's data, then per activity who took part (per invited
 * town), where and when, and what happened day by day.
 */
export function buildPublicationDoc(input: PublicationInput): TDocumentDefinitions {
  const { lang } = input;
  const w = packWords(lang);
  const content: Content[] = [
    ...packHeading(input, w.publication),
    ...(input.statement ? [statementBox(input.statement)] : []),
    ...input.activities.flatMap((a) => activityText(a, lang, w)),
  ];
  const doc = activityDocument(`${w.publication}: ${input.title}`, [lang], content);
  return { ...doc, styles: packStyles };
}
