import { z } from 'zod';
import { CountryCode, Id, IsoDate, Timestamp } from './common';
import { firstSigning, PartnershipKind, PartnershipStatus, partnershipTitle, type Partnership } from './partnership';
import { isDormant, lastActivityDate } from './partnershipLifecycle';

/**
 * One row of the registry list: only what the list shows and sorts by, so 30,000 rows
 * cross the boundary (and its output validation) quickly.
 */
export const PartnershipSummary = z.object({
  id: Id,
  kind: PartnershipKind,
  status: PartnershipStatus,
  title: z.string(),
  countries: z.array(CountryCode),
  firstSigned: IsoDate.nullable(),
  lastActivity: IsoDate.nullable(),
  healthDone: z.int().min(0).max(10),
  dormant: z.boolean(),
  updatedAt: Timestamp,
});
export type PartnershipSummary = z.infer<typeof PartnershipSummary>;

export function summarize(p: Partnership, dormantAfterMonths: number, today: string): PartnershipSummary {
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    title: partnershipTitle(p),
    countries: [...new Set(p.partners.map((t) => t.place.country))],
    firstSigned: firstSigning(p),
    lastActivity: lastActivityDate(p),
    healthDone: p.health.filter((c) => c.done).length,
    dormant: isDormant(p, dormantAfterMonths, today),
    updatedAt: p.updatedAt,
  };
}

const ASCII_ONLY = /^[ -~]*$/;

/** Lower case without accents, so "Sibiu" finds "sibiu" and "Besancon" finds "Besançon". */
export function foldForSearch(value: string): string {
  // Printable ASCII has nothing to decompose; skipping normalize() halves indexing 30,000 links.
  if (ASCII_ONLY.test(value)) return value.toLowerCase();
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
