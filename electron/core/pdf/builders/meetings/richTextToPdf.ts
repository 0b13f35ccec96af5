import type { Content, ContentText } from 'pdfmake/interfaces';
import type { RichNode } from '../../../../../shared/domain/meetings/richText';

type Inline = string | ContentText;

/** A text node with its marks as pdfmake text properties (bold, italic, underline, strike). */
function inline(node: RichNode): Inline[] {
  if (node.type === 'hardBreak') return ['\n'];
  if (node.text !== undefined) {
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const decoration = marks.has('underline') ? 'underline' : marks.has('strike') ? 'lineThrough' : undefined;
    const link = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
    const style: ContentText = {
      text: node.text,
      ...(marks.has('bold') ? { bold: true } : {}),
      ...(marks.has('italic') ? { italics: true } : {}),
      ...(decoration ? { decoration } : {}),
      ...(typeof link === 'string' && /^https?:|^mailto:/.test(link) ? { link, color: '#1a4f8b' } : {}),
    };
    return Object.keys(style).length === 1 ? [node.text] : [style];
  }
  return (node.content ?? []).flatMap(inline);
}

// Below the document's own section headings (11.5), so the minutes' headings sit inside "Minutes".
const HEADING_SIZES: Readonly<Record<number, number>> = { 1: 11.5, 2: 11, 3: 10.5 };

/**
 * The editor's tree (tiptap JSON) as pdfmake content, node by node: paragraphs, headings,
 * bullet and numbered lists, quotes, rules, and inline bold, italic, underline, struck-out
 * text and links. Never through HTML. A node type it does not know prints as its text.
 */
export function richTextToPdf(nodes: readonly RichNode[]): Content[] {
  return nodes.flatMap((node): Content[] => {
    switch (node.type) {
      case 'paragraph': {
        const text = inline(node);
        return [{ text: text.length > 0 ? text : ' ', margin: [0, 0, 0, 5] }];
      }
      case 'heading': {
        const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 2;
        return [
          { text: inline(node), bold: true, fontSize: HEADING_SIZES[level] ?? 11, margin: [0, 6, 0, 3] },
        ];
      }
      case 'bulletList':
        return [
          {
            ul: (node.content ?? []).map((item) => ({ stack: richTextToPdf(item.content ?? []) })),
            margin: [0, 0, 0, 5],
          },
        ];
      case 'orderedList': {
        const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
        return [
          {
            ol: (node.content ?? []).map((item) => ({ stack: richTextToPdf(item.content ?? []) })),
            start,
            margin: [0, 0, 0, 5],
          },
        ];
      }
      case 'blockquote':
        return [
          {
            stack: richTextToPdf(node.content ?? []),
            margin: [14, 0, 0, 5],
            color: '#444444',
            italics: true,
          },
        ];
      case 'horizontalRule':
        return [
          {
            canvas: [{ type: 'line', x1: 0, y1: 0, x2: 495, y2: 0, lineWidth: 0.5, lineColor: '#8a8a8a' }],
            margin: [0, 4, 0, 8],
          },
        ];
      case 'codeBlock':
        return [{ text: inline(node), fontSize: 9, margin: [0, 0, 0, 5] }];
      default: {
        const text = inline(node);
        return text.length > 0 ? [{ text, margin: [0, 0, 0, 5] }] : [];
      }
    }
  });
}
