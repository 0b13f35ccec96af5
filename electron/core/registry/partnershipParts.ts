import { withHealthCheck } from '../../../shared/domain/partnershipHealth';
import type { ObjectiveDraft, Partnership, TimelineDraft } from '../../../shared/domain/partnership';
import type { HealthInput } from '../../../shared/ipc/channels/partnerships';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ServiceContext } from '../context';
import { detachObjective } from '../planning/planningLinks';
import { replaceIn, replacePartnership } from './partnershipWrites';

function upsert<T extends { id: string }>(list: readonly T[], item: T, isNew: boolean): T[] {
  if (isNew) return [...list, item];
  if (!list.some((x) => x.id === item.id)) throw new AppFailure('NOT_FOUND', `No item with id ${item.id}`);
  return list.map((x) => (x.id === item.id ? item : x));
}

function remove<T extends { id: string }>(list: readonly T[], id: string): T[] {
  if (!list.some((x) => x.id === id)) throw new AppFailure('NOT_FOUND', `No item with id ${id}`);
  return list.filter((x) => x.id !== id);
}

const byDate = <T extends { date: string }>(list: T[]) => list.sort((a, b) => a.date.localeCompare(b.date));

/** Common objectives (key 4), the timeline of exchanges and the ten-key checklist of one link. */
export function partnershipPartsService(ctx: ServiceContext) {
  return {
    saveObjective({ partnershipId, id, texts, ...fields }: ObjectiveDraft): Promise<Partnership> {
      return replacePartnership(ctx, partnershipId, (p) => {
        const kept = p.objectives.find((o) => o.id === id)?.texts ?? {};
        const objective = { id: id ?? ctx.newId(), ...fields, texts: texts ?? kept };
        return { ...p, objectives: upsert(p.objectives, objective, id === undefined) };
      });
    },

    /** The plan's actions that served the objective stop naming it, in the same commit. */
    async deleteObjective(partnershipId: string, id: string): Promise<Partnership> {
      const { value } = await ctx.store().transaction((tx) => {
        detachObjective(tx, partnershipId, id);
        return replaceIn(tx, partnershipId, (p) => ({ ...p, objectives: remove(p.objectives, id) }));
      });
      return value;
    },

    saveTimelineEntry({ partnershipId, id, ...fields }: TimelineDraft): Promise<Partnership> {
      const entry = { id: id ?? ctx.newId(), ...fields };
      return replacePartnership(ctx, partnershipId, (p) => ({
        ...p,
        timeline: byDate(upsert(p.timeline, entry, id === undefined)),
      }));
    },

    deleteTimelineEntry(partnershipId: string, id: string): Promise<Partnership> {
      return replacePartnership(ctx, partnershipId, (p) => ({ ...p, timeline: remove(p.timeline, id) }));
    },

    saveHealth({ partnershipId, key, done, evidence }: HealthInput): Promise<Partnership> {
      return replacePartnership(ctx, partnershipId, (p) => ({
        ...p,
        health: withHealthCheck(p.health, { key, done, evidence }),
      }));
    },
  };
}
export type PartnershipPartsService = ReturnType<typeof partnershipPartsService>;
