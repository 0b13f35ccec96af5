import type { Content } from 'pdfmake/interfaces';
import type { Translator } from '../../../../../shared/domain/agreement/translator';
import { RULE } from './styles';

/** Image keys in the document's images dictionary, one per party that has a coat of arms. */
export const ARMS_KEYS = ['armsA', 'armsB'] as const;
const ARMS_SIZE = 64;

function arms(key: string | null): Content {
  return key ? { image: key, fit: [ARMS_SIZE, ARMS_SIZE], alignment: 'center' } : { text: '' };
}

/** The two towns as one language names them, joined by a middle dot. */
export function townsLine(t: Translator): string {
  return `${t.town(0)}  ·  ${t.town(1)}`;
}

/**
 * The first lines of a charter: the title in each language given (two in side-by-side,
 * one per text in sequential), the towns' names, and the coats of arms either side.
 */
export function titleBlock(
  ts: readonly Translator[],
  armsKeys: readonly (string | null)[],
  width: number,
): Content {
  const [first, ...others] = ts;
  const centre: Content[] = [
    { text: first ? first.label('title') : '', style: 'title', margin: [0, 6, 0, 4] },
    ...others.map((t): Content => ({ text: t.label('title'), style: 'titleSecond', margin: [0, 0, 0, 4] })),
    ...(first
      ? [
          {
            text: townsLine(first).toLocaleUpperCase(first.lang),
            style: 'towns',
            margin: [0, 6, 0, 0],
          } as Content,
        ]
      : []),
  ];
  const hasArms = armsKeys.some((k) => k !== null);
  const heading: Content = hasArms
    ? {
        columns: [
          { width: ARMS_SIZE, stack: [arms(armsKeys[0] ?? null)] },
          { width: '*', stack: centre },
          { width: ARMS_SIZE, stack: [arms(armsKeys[1] ?? null)] },
        ],
        columnGap: 12,
      }
    : { stack: centre };
  return {
    stack: [
      heading,
      {
        canvas: [
          {
            type: 'line',
            x1: width / 2 - 100,
            y1: 0,
            x2: width / 2 + 100,
            y2: 0,
            lineWidth: 0.6,
            lineColor: RULE,
          },
        ],
        margin: [0, 14, 0, 18],
      },
    ],
    unbreakable: true,
  };
}
