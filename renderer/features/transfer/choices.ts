import type { ImportChoice, ImportPreview, PreviewRow } from '../../../shared/domain/importPreview';
import type { PartnerPlace } from '../../../shared/domain/partnership';
import { partnerPlaceFromPlace } from '../../../shared/domain/shortlist';

/** What the user decided for an ambiguous row. */
export type RowDecision =
  { mode: 'option'; geonameId: number } | { mode: 'manual'; name: string } | { mode: 'skip' };

export function manualPlace(row: PreviewRow, name: string): PartnerPlace {
  return {
    name: name.trim(),
    country: row.country ?? '',
    region: '',
    population: null,
    coordinates: null,
    geonameId: null,
    source: 'manual',
  };
}

/** The choices to send with the commit, or the lines still waiting for a decision. */
export function buildChoices(
  preview: ImportPreview,
  decisions: ReadonlyMap<number, RowDecision>,
): { choices: ImportChoice[]; pending: number[] } {
  const choices: ImportChoice[] = [];
  const pending: number[] = [];
  for (const row of preview.rows) {
    if (row.status !== 'ambiguous') continue;
    const d = decisions.get(row.line);
    if (!d || (d.mode === 'manual' && d.name.trim() === '')) {
      pending.push(row.line);
      continue;
    }
    if (d.mode === 'skip') choices.push({ line: row.line, place: null });
    else if (d.mode === 'manual') choices.push({ line: row.line, place: manualPlace(row, d.name) });
    else {
      const option = row.options.find((o) => o.geonameId === d.geonameId);
      if (option) choices.push({ line: row.line, place: partnerPlaceFromPlace(option) });
      else pending.push(row.line);
    }
  }
  return { choices, pending };
}

/** How many partnerships the commit would add. */
export function importCount(preview: ImportPreview, decisions: ReadonlyMap<number, RowDecision>): number {
  const chosen = preview.rows.filter(
    (r) => r.status === 'ambiguous' && decisions.has(r.line) && decisions.get(r.line)?.mode !== 'skip',
  );
  return preview.counts.ok + chosen.length;
}
