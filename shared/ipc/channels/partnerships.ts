import { z } from 'zod';
import { CountryCode, Id, IsoDate, text } from '../../domain/common';
import { Dashboard } from '../../domain/dashboard';
import {
  ObjectiveDraft,
  Partnership,
  PartnershipDraft,
  PartnershipKind,
  PartnershipStatus,
  TimelineDraft,
} from '../../domain/partnership';
import { PartnershipSummary } from '../../domain/partnershipSummary';

const byId = z.object({ id: Id }).strict();
const childRef = z.object({ partnershipId: Id, id: Id }).strict();

export const PartnershipFilter = z
  .object({
    status: PartnershipStatus.optional(),
    kind: PartnershipKind.optional(),
    country: CountryCode.optional(),
    /** Matched against town names, regions and contacts, ignoring case and accents. */
    text: z.string().max(200).optional(),
  })
  .strict();
export type PartnershipFilter = z.infer<typeof PartnershipFilter>;

export const StatusChangeInput = z
  .object({ id: Id, status: PartnershipStatus, date: IsoDate, note: text(1000) })
  .strict();
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

/** A correction of the status change at `index` (oldest first): its real day and note, and who corrects it. */
export const StatusCorrectionInput = z
  .object({ id: Id, index: z.int().min(0), date: IsoDate, note: text(1000), by: text(120) })
  .strict();
export type StatusCorrectionInput = z.infer<typeof StatusCorrectionInput>;

export const HealthInput = z
  .object({ partnershipId: Id, key: z.int().min(1).max(10), done: z.boolean(), evidence: text(2000) })
  .strict();
export type HealthInput = z.infer<typeof HealthInput>;

export const DashboardInput = z.object({ horizonDays: z.int().min(1).max(1830).optional() }).strict();

export const partnershipChannels = {
  'partnership:list': { input: PartnershipFilter, output: z.array(PartnershipSummary) },
  'partnership:get': { input: byId, output: Partnership },
  'partnership:save': { input: PartnershipDraft, output: Partnership },
  'partnership:delete': { input: byId, output: z.object({ id: Id }) },
  'partnership:setStatus': { input: StatusChangeInput, output: Partnership },
  'partnership:correctStatus': { input: StatusCorrectionInput, output: Partnership },
  'objective:save': { input: ObjectiveDraft, output: Partnership },
  'objective:delete': { input: childRef, output: Partnership },
  'timeline:save': { input: TimelineDraft, output: Partnership },
  'timeline:delete': { input: childRef, output: Partnership },
  'health:save': { input: HealthInput, output: Partnership },
  'dashboard:get': { input: DashboardInput, output: Dashboard },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
