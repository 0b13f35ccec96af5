import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  CLAUSE_KEYS,
  UNNUMBERED_CLAUSES,
  type AgreementContent,
  type ClauseKey,
} from '../../../../../shared/domain/agreement/model';
import type { Translator } from '../../../../../shared/domain/agreement/translator';
import { blockContent, clauseHead, type Align } from './blocks';
import { signatureSection } from './signatures';
import { RULE } from './styles';
import { titleBlock } from './title';

export interface LayoutInput {
  content: AgreementContent;
  armsKeys: readonly (string | null)[];
  width: number;
}

const COLUMN_GAP = 12;

function articleNumber(key: ClauseKey): number | null {
  if (UNNUMBERED_CLAUSES.includes(key)) return null;
  return CLAUSE_KEYS.filter((k) => !UNNUMBERED_CLAUSES.includes(k)).indexOf(key) + 1;
}

/**
 * One clause as a two-column table: row i holds paragraph i in each language, so the two
 * texts stay level. Rows never break, and the heading shares its row with the first
 * paragraph, so a heading can never be left alone at the foot of a page.
 */
function clauseRows(key: ClauseKey, ts: readonly [Translator, Translator]): Content {
  const sides = ts.map((t) => ({
    head: clauseHead(t, key, articleNumber(key)),
    blocks: t.clause(key).blocks,
  }));
  const rowCount = Math.max(1, ...sides.map((s) => s.blocks.length));
  const body: TableCell[][] = [];
  for (let row = 0; row < rowCount; row++) {
    body.push(
      sides.map((side): TableCell => {
        const block = side.blocks[row];
        const parts: Content[] = row === 0 ? [...side.head] : [];
        if (block) parts.push(blockContent(block, 'left'));
        return parts.length > 0 ? { stack: parts } : { text: '' };
      }),
    );
  }
  return {
    table: { widths: ['*', '*'], body, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 1 ? 0.4 : 0),
      vLineColor: () => RULE,
      paddingLeft: (i) => (i === 0 ? 0 : COLUMN_GAP),
      paddingRight: (i) => (i === 0 ? COLUMN_GAP : 0),
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, 0, 0, 12],
  };
}

/** Both languages level with each other, clause by clause, on the same pages. */
export function sideBySide(
  { content, armsKeys, width }: LayoutInput,
  ts: readonly [Translator, Translator],
): Content[] {
  const out: Content[] = [titleBlock(ts, armsKeys, width)];
  const last = CLAUSE_KEYS.length - 1;
  CLAUSE_KEYS.forEach((key, i) => {
    const clause = clauseRows(key, ts);
    // The signatures travel with the last clause: never a page of signatures alone.
    out.push(
      i === last ? { stack: [clause, ...signatureSection(content, ts, width)], unbreakable: true } : clause,
    );
  });
  return out;
}

function clauseStack(t: Translator, key: ClauseKey, align: Align): Content[] {
  const [first, ...rest] = t.clause(key).blocks;
  const opening: Content[] = [...clauseHead(t, key, articleNumber(key))];
  if (first) opening.push(blockContent(first, align));
  return [{ stack: opening, unbreakable: true }, ...rest.map((b) => blockContent(b, align))];
}

/** Each language in full, one after the other, each with its own title and signatures. */
export function sequential(
  { content, armsKeys, width }: LayoutInput,
  ts: readonly [Translator, Translator],
): Content[] {
  const out: Content[] = [];
  ts.forEach((t, n) => {
    const title = titleBlock([t], armsKeys, width);
    out.push(n === 0 ? title : { stack: [title], pageBreak: 'before' });
    const last = CLAUSE_KEYS.length - 1;
    CLAUSE_KEYS.forEach((key, i) => {
      const parts = clauseStack(t, key, 'justify');
      const clause: Content = { stack: parts, margin: [0, 0, 0, 10] };
      out.push(
        i === last
          ? { stack: [clause, ...signatureSection(content, [t], width)], unbreakable: true }
          : clause,
      );
    });
  });
  return out;
}
