import type { Content } from 'pdfmake/interfaces';
import type { AgreementContent, Ceremony } from '../../../../../shared/domain/agreement/model';
import type { Translator } from '../../../../../shared/domain/agreement/translator';
import { RULE } from './styles';

/** Left blank on purpose: a charter is often printed before the date is fixed. */
const BLANK = '……………………';
/** Room for a round seal of at least 40 mm (113.4 pt), as town halls use. */
const SEAL_DIAMETER = 116;
const SIGN_LINE = '#333333';

export function doneAt(t: Translator, ceremony: Ceremony): string {
  return t.label('doneAt', { place: t.place(ceremony) || BLANK, date: t.date(ceremony.date) || BLANK });
}

function joined(ts: readonly Translator[], text: (t: Translator) => string): string {
  return [...new Set(ts.map(text).filter((s) => s.trim() !== ''))].join(' / ');
}

function seal(ts: readonly Translator[]): Content {
  const r = SEAL_DIAMETER / 2;
  return {
    stack: [
      {
        canvas: [
          {
            type: 'ellipse',
            x: r,
            y: r,
            r1: r,
            r2: r,
            lineWidth: 0.5,
            lineColor: RULE,
            dash: { length: 2, space: 2 },
          },
        ],
      },
      { text: joined(ts, (t) => t.label('seal')), style: 'small', margin: [0, 3, 0, 0] },
    ],
    margin: [0, 10, 0, 0],
  };
}

/** One party's heading: its own ceremony when the towns sign apart, then "For {town}". */
function partyHead(content: AgreementContent, index: 0 | 1, ts: readonly Translator[]): Content {
  const ceremony = content.signing.ceremonies[index];
  const stack: Content[] = [];
  if (content.signing.separate) {
    for (const t of ts) stack.push({ text: doneAt(t, ceremony), style: 'doneAt', margin: [0, 0, 0, 4] });
  }
  stack.push({
    text: joined(ts, (t) => t.label('forParty', { town: t.town(index) })),
    style: 'partyCaption',
    margin: [0, 4, 0, 0],
  });
  return { stack };
}

/** One party's signatories, each on a line to sign, then the seal. */
function partyBody(
  content: AgreementContent,
  index: 0 | 1,
  ts: readonly Translator[],
  width: number,
): Content {
  const party = content.parties[index];
  const stack: Content[] = [];
  for (const signatory of party.signatories) {
    stack.push(
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: Math.min(width, 190),
            y2: 0,
            lineWidth: 0.5,
            lineColor: SIGN_LINE,
          },
        ],
        margin: [0, 40, 0, 3],
      },
      { text: signatory.name, style: 'signName' },
      { text: joined(ts, (t) => t.office(signatory)), style: 'office', margin: [0, 1, 0, 0] },
    );
  }
  stack.push(seal(ts));
  return { stack };
}

/**
 * Place and date (once, when both towns sign together) and the two parties' blocks side
 * by side; the caller keeps this together with the end of the text.
 */
export function signatureSection(
  content: AgreementContent,
  ts: readonly Translator[],
  width: number,
): Content[] {
  const columnWidth = (width - 24) / 2;
  const section: Content[] = [];
  if (!content.signing.separate) {
    const [ceremony] = content.signing.ceremonies;
    section.push(
      ts.length === 2
        ? {
            columns: ts.map((t) => ({ text: doneAt(t, ceremony), style: 'doneAt' })),
            columnGap: 24,
            margin: [0, 14, 0, 6],
          }
        : { text: doneAt(ts[0] as Translator, ceremony), style: 'doneAt', margin: [0, 14, 0, 6] },
    );
  }
  // The headings in a row of their own, so that a caption on two lines in one language
  // does not lower that party's signature line below the other's.
  section.push(
    {
      columns: [partyHead(content, 0, ts), partyHead(content, 1, ts)],
      columnGap: 24,
      margin: [0, content.signing.separate ? 18 : 4, 0, 0],
    },
    {
      columns: [partyBody(content, 0, ts, columnWidth), partyBody(content, 1, ts, columnWidth)],
      columnGap: 24,
    },
  );
  return section;
}
