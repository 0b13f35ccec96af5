import { z } from 'zod';
import { Id, IsoDate, PartialDate } from './common';
import { PartnershipStatus } from './partnership';

export const AnniversaryItem = z.object({
  partnershipId: Id,
  title: z.string(),
  years: z.int().positive(),
  signedOn: PartialDate,
  year: z.int(),
  /** Null when only the signing's year is known: the milestone is announced for its year. */
  date: IsoDate.nullable(),
  daysAhead: z.int().min(0),
});

export const DormantWarning = z.object({
  partnershipId: Id,
  title: z.string(),
  status: PartnershipStatus,
  lastActivity: IsoDate.nullable(),
});

/** What the home screen shows about the registry: milestones ahead, links going quiet, counts. */
export const Dashboard = z.object({
  today: IsoDate,
  horizonDays: z.int().positive(),
  dormantAfterMonths: z.int().positive(),
  counts: z.record(PartnershipStatus, z.int().min(0)),
  total: z.int().min(0),
  anniversaries: z.array(AnniversaryItem),
  /** The oldest silences first, at most DORMANT_WARNINGS_SHOWN; `dormantTotal` counts them all. */
  dormant: z.array(DormantWarning),
  dormantTotal: z.int().min(0),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const DORMANT_WARNINGS_SHOWN = 20;
