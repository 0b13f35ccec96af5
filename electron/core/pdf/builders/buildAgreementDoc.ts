import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgreementContent } from '../../../../shared/domain/agreement/model';
import type { Translator } from '../../../../shared/domain/agreement/translator';
import { sequential, sideBySide } from './agreement/layouts';
import { agreementStyles, contentWidth, PAGE_MARGINS, PAGE_SIZE } from './agreement/styles';
import { ARMS_KEYS, townsLine } from './agreement/title';

export interface PrintableAgreement {
  content: AgreementContent;
  /** Image sources for the coats of arms: data URLs of bytes the core read and checked. */
  arms: readonly [string | null, string | null];
  /** Printed faintly across every page, e.g. SAMPLE for invented demonstration data. */
  watermark?: string | null;
}

/**
 * A charter as a pdfmake document definition. Pure: the same agreement and translators give
 * the same definition; a fresh object each call, since pdfmake changes what it is given.
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
  const layoutInput = { content, armsKeys, width: contentWidth(content.paper) };
  const body = content.layout === 'side-by-side' ? sideBySide(layoutInput, t) : sequential(layoutInput, t);
  const running = townsLine(content);

  return {
    pageSize: PAGE_SIZE[content.paper],
    pageMargins: PAGE_MARGINS,
    language: t[0].lang,
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
      text: t.map((tr) => tr.label('page', { page, pages })).join('   ·   '),
      style: 'small',
      alignment: 'center',
      margin: [left, 26, right, 0],
    }),
    ...(agreement.watermark
      ? { watermark: { text: agreement.watermark, opacity: 0.06, bold: true, font: 'NotoSans' } }
      : {}),
    content: body,
    styles: agreementStyles,
    defaultStyle: {
      font: 'NotoSerif',
      fontSize: content.layout === 'side-by-side' ? 9.75 : 10.5,
      color: '#1a1a1a',
    },
  };
}
