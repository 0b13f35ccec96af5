import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgreementContent } from '../../../../shared/domain/agreement/model';
import { originalsToPrint, type PaperMark } from '../../../../shared/domain/agreement/paper';
import { translatorPair, type Translator } from '../../../../shared/domain/agreement/translator';
import { sequential, sideBySide } from './agreement/layouts';
import { agreementStyles, contentWidth, PAGE_MARGINS, PAGE_SIZE } from './agreement/styles';
import { ARMS_KEYS, townsLine } from './agreement/title';

export interface PrintableAgreement {
  content: AgreementContent;
  /** Image sources for the coats of arms: data URLs of bytes the core read and checked. */
  arms: readonly [string | null, string | null];
  /** Printed faintly across every page, e.g. SAMPLE for invented demonstration data. */
  watermark?: string | null;
  /** Draft or kept version: printed across a draft's pages and in every footer. */
  paper?: PaperMark | null;
}

/** The footer's second line in both languages: what this paper is. */
function paperLine(paper: PaperMark, content: AgreementContent, ts: readonly Translator[]): string {
  const dates = (t: Translator) => {
    const ceremonies = content.signing.separate
      ? content.signing.ceremonies
      : [content.signing.ceremonies[0]];
    return ceremonies
      .map((c) => t.date(c.date))
      .filter((d) => d !== '')
      .join(', ');
  };
  const one = (t: Translator) => {
    if (paper.kind === 'draft') return t.label('draftOf', { date: t.date(paper.date) });
    const kept = t.label('version', { n: paper.number, date: t.date(paper.date) });
    const signed = paper.signed && dates(t) ? `, ${t.label('signedOn', { dates: dates(t) })}` : '';
    return `${kept}${signed}`;
  };
  return `${[...new Set(ts.map(one))].join(' / ')} · ${paper.id}`;
}

function watermarkText(agreement: PrintableAgreement, ts: readonly Translator[]): string | null {
  const marks: string[] = [];
  if (agreement.paper?.kind === 'draft')
    marks.push([...new Set(ts.map((t) => t.label('draft')))].join(' / '));
  if (agreement.watermark) marks.push(agreement.watermark);
  return marks.length > 0 ? marks.join(' · ') : null;
}

/**
 * A charter as a pdfmake document definition. Pure: the same agreement and translators give
 * the same definition; a fresh object each call, since pdfmake changes what it is given.
 * Each original chosen (content.originals) follows the other from a new page.
 */
export function buildAgreementDoc(
  agreement: PrintableAgreement,
  t: readonly [Translator, Translator],
): TDocumentDefinitions {
  const { content } = agreement;
  const [left, , right] = PAGE_MARGINS as [number, number, number, number];
  const images: Record<string, string> = {};
  const armsKeys = agreement.arms.map((src, i) => {
    const key = ARMS_KEYS[i];
    if (!src || !key) return null;
    images[key] = src;
    return key;
  });
  const width = contentWidth(content.paper);
  const originals = originalsToPrint(content).map((c) => ({
    content: c,
    ts: c === content ? t : translatorPair(c),
    arms: c === content ? armsKeys : [...armsKeys].reverse(),
  }));
  const body: Content[] = originals.flatMap((o, i) => {
    const input = { content: o.content, armsKeys: o.arms, width };
    const pages = content.layout === 'side-by-side' ? sideBySide(input, o.ts) : sequential(input, o.ts);
    const [opening, ...rest] = pages;
    return i === 0 || !opening ? pages : [{ stack: [opening], pageBreak: 'before' } as Content, ...rest];
  });
  const first = originals[0] ?? { ts: t };
  const running = townsLine(first.ts[0]);
  const watermark = watermarkText(agreement, t);
  const paper = agreement.paper ? paperLine(agreement.paper, content, t) : null;

  return {
    pageSize: PAGE_SIZE[content.paper],
    pageMargins: PAGE_MARGINS,
    language: first.ts[0].lang,
    info: {
      title: `${t[0].label('title')} / ${t[1].label('title')}: ${running}`,
      subject: running,
      creator: 'Twinning Desk',
      producer: 'Twinning Desk (pdfmake)',
    },
    images,
    header: (page): Content | null =>
      page === 1
        ? null
        : { text: running, style: 'runningHead', alignment: 'center', margin: [left, 34, right, 0] },
    footer: (page, pages): Content => ({
      stack: [
        { text: t.map((tr) => tr.label('page', { page, pages })).join('   ·   ') },
        ...(paper ? [{ text: paper, margin: [0, 2, 0, 0] } as Content] : []),
      ],
      style: 'small',
      alignment: 'center',
      margin: [left, paper ? 20 : 26, right, 0],
    }),
    ...(watermark ? { watermark: { text: watermark, opacity: 0.07, bold: true, font: 'NotoSans' } } : {}),
    content: body,
    styles: agreementStyles,
    defaultStyle: {
      font: 'NotoSerif',
      fontSize: content.layout === 'side-by-side' ? 9.75 : 10.5,
      color: '#1a1a1a',
    },
  };
}
