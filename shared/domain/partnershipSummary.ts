import { z } from 'zod';
import { keysInPlace } from './healthEvidence';
import { CountryCode, Id, IsoDate, PartialDate, Timestamp } from './common';
import {
  firstSigning,
  PartnershipKind,
  PartnershipStatus,
  partnershipTitle,
  type Partnership,
} from './partnership';
import { isDormant, lastActivityDate } from './partnershipLifecycle';
import { foldText } from './placeNames';

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
  firstSigned: PartialDate.nullable(),
  lastActivity: IsoDate.nullable(),
  healthDone: z.int().min(0).max(10),
  dormant: z.boolean(),
  updatedAt: Timestamp,
});
export type PartnershipSummary = z.infer<typeof PartnershipSummary>;

/** `lastActivityEnd`: the last day of the link's latest activity, if any (see lastActivityDate). */
export function summarize(
  p: Partnership,
  dormantAfterMonths: number,
  today: string,
  lastActivityEnd: string | null = null,
): PartnershipSummary {
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    title: partnershipTitle(p),
    countries: [...new Set(p.partners.map((t) => t.place.country))],
    firstSigned: firstSigning(p),
    lastActivity: lastActivityDate(p, lastActivityEnd),
    healthDone: keysInPlace(p),
    dormant: isDormant(p, dormantAfterMonths, today, lastActivityEnd),
    updatedAt: p.updatedAt,
  };
}

/** Lower case without accents, so "Sibiu" finds "sibiu", "Besancon" "Besançon" and "lodz" "Łódź". */
export const foldForSearch = foldText;
