import { countryLanguages } from '../../../shared/domain/countryLanguages';
import type { PartnershipDraft } from '../../../shared/domain/partnership';
import type { CreateFromShortlist, ShortlistDraft, ShortlistEntry } from '../../../shared/domain/shortlist';
import { samePlace } from '../../../shared/domain/shortlist';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ServiceContext } from './context';
import type { PartnershipService } from './partnerships';
import { invalid } from './partnershipWrites';

const notFound = (id: string) => new AppFailure('NOT_FOUND', `No shortlisted candidate with id ${id}`);

/** The shortlist of candidate towns (key 1), and turning a candidate into a prospect link. */
export function shortlistService(ctx: ServiceContext, partnerships: PartnershipService) {
  const entries = () => ctx.store().data.shortlist;

  return {
    list: (): ShortlistEntry[] => entries(),

    async save(draft: ShortlistDraft): Promise<ShortlistEntry> {
      const stamp = ctx.now().toISOString();
      let saved: ShortlistEntry | undefined;
      await ctx.store().update((db) => {
        const current = draft.id === undefined ? undefined : db.shortlist.find((e) => e.id === draft.id);
        if (draft.id !== undefined && !current) throw notFound(draft.id);
        const twin = db.shortlist.find((e) => e.id !== draft.id && samePlace(e.place, draft.place));
        if (twin)
          throw invalid('This town is already on the shortlist', {
            path: ['place'],
            code: 'already_shortlisted',
          });
        const next: ShortlistEntry = {
          id: current?.id ?? ctx.newId(),
          place: draft.place,
          themes: draft.themes,
          notes: draft.notes,
          status: draft.status,
          scoreWhenAdded: current ? current.scoreWhenAdded : draft.scoreWhenAdded,
          partnershipId: current?.partnershipId ?? null,
          createdAt: current?.createdAt ?? stamp,
          updatedAt: stamp,
        };
        saved = next;
        const shortlist = current
          ? db.shortlist.map((e) => (e.id === next.id ? next : e))
          : [...db.shortlist, next];
        return { ...db, shortlist };
      });
      return saved as ShortlistEntry;
    },

    async delete(id: string): Promise<{ id: string }> {
      await ctx.store().update((db) => {
        if (!db.shortlist.some((e) => e.id === id)) throw notFound(id);
        return { ...db, shortlist: db.shortlist.filter((e) => e.id !== id) };
      });
      return { id };
    },

    /**
     * Creates a prospect partnership pre-filled from the candidate (the town, its country's
     * languages, the themes and notes recorded), then marks the candidate chosen and links it.
     */
    async createPartnership({
      id,
      kind,
      allowDuplicate,
    }: CreateFromShortlist): Promise<{ entry: ShortlistEntry; partnershipId: string }> {
      const entry = entries().find((e) => e.id === id);
      if (!entry) throw notFound(id);
      if (
        entry.partnershipId !== null &&
        ctx.store().data.partnerships.some((p) => p.id === entry.partnershipId)
      ) {
        throw invalid('A partnership was already created from this candidate', {
          path: ['id'],
          code: 'already_created',
        });
      }
      const partnerLanguages = [...countryLanguages(entry.place.country)];
      const homeLanguages = ctx.store().data.committee.municipality?.languages ?? [];
      const draft: PartnershipDraft = {
        kind,
        status: 'prospect',
        partners: [{ place: entry.place, languages: partnerLanguages, contacts: [] }],
        signings: [],
        resolutions: [],
        languages: [...new Set([...homeLanguages, ...partnerLanguages])].slice(0, 10),
        themes: entry.themes,
        notes: entry.notes,
        ...(allowDuplicate ? { allowDuplicate } : {}),
      };
      const created = await partnerships.save(draft);
      const linked: ShortlistEntry = {
        ...entry,
        status: 'chosen',
        partnershipId: created.id,
        updatedAt: ctx.now().toISOString(),
      };
      await ctx
        .store()
        .update((db) => ({ ...db, shortlist: db.shortlist.map((e) => (e.id === id ? linked : e)) }));
      return { entry: linked, partnershipId: created.id };
    },
  };
}
export type ShortlistService = ReturnType<typeof shortlistService>;
