import type { AgreementContent } from '../../../../../shared/domain/agreement/model';
import { seedContent } from '../../../../../shared/domain/agreement/seed';

let next = 0;
const newId = () => `id-${++next}`;

/** A French–German charter between Vienne and Esslingen, complete enough to print. */
export function printableCharter(): AgreementContent {
  const content = seedContent(
    {
      parties: [
        {
          name: 'Vienne',
          country: 'FR',
          region: 'Isère',
          languages: ['fr'],
          resolution: { number: '2026-041', date: '2026-03-12' },
          signatories: [{ name: 'Thierry Kovacs', office: 'Maire' }],
        },
        {
          name: 'Esslingen am Neckar',
          country: 'DE',
          region: 'Baden-Württemberg',
          languages: ['de'],
          resolution: { number: 'GR 17/2026', date: '2026-04-02' },
          signatories: [{ name: 'Matthias Klopfer', office: 'Oberbürgermeister' }],
        },
      ],
      objectives: [
        {
          id: 'o1',
          statement: 'Deux échanges scolaires par an',
          texts: { de: 'Zwei Schüleraustausche im Jahr' },
        },
      ],
    },
    newId,
  );
  return content;
}
