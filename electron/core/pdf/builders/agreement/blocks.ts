import type { Content } from 'pdfmake/interfaces';
import type { Block } from '../../../../../shared/domain/agreement/fill';
import type { Translator } from '../../../../../shared/domain/agreement/translator';
import type { ClauseKey } from '../../../../../shared/domain/agreement/model';

export type Align = 'left' | 'justify';

export function blockContent(block: Block, align: Align): Content {
  if (block.kind === 'paragraph')
    return { text: block.text, style: 'body', alignment: align, margin: [0, 0, 0, 6] };
  return {
    ul: block.items.map((item) => ({ text: item, style: 'body' })),
    margin: [4, 0, 0, 6],
    markerColor: '#5c5c5c',
  };
}

/** The article caption and the heading of a clause; empty parts are left out. */
export function clauseHead(t: Translator, key: ClauseKey, articleNumber: number | null): Content[] {
  const head: Content[] = [];
  if (articleNumber !== null)
    head.push({
      text: t.label('article', { n: articleNumber }).toLocaleUpperCase(t.lang),
      style: 'article',
      margin: [0, 0, 0, 2],
    });
  const heading = t.clause(key).heading;
  if (heading.trim() !== '') head.push({ text: heading, style: 'heading', margin: [0, 0, 0, 6] });
  return head;
}
