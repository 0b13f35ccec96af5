import { countryLanguages } from '../../../shared/domain/countryLanguages';
import type { PartnershipDraft } from '../../../shared/domain/partnership';
import type { CreateFromShortlist, ShortlistDraft, ShortlistEntry } from '../../../shared/domain/shortlist';
import { samePlace } from '../../../shared/domain/shortlist';
import { AppFailure } from '../../../shared/ipc/errors';
import { SINGLETON_ID } from '../store/records';
import type { ServiceContext } from '../context';
import type { PartnershipService } from '../registry/partnerships';
import { invalid } from '../registry/partnershipWrites';

const notFound = (id: string) => new AppFailure('NOT_FOUND', `No shortlisted candidate with id ${id}`);

/** The shortlist of candidate towns (key 1), and turning a candidate into a prospect link. */
export function shortlistService(ctx: ServiceContext, partnerships: PartnershipService) {
  return {
    list: (): ShortlistEntry[] => ctx.store().data.shortlist,

    async save({ id, rev, ...draft }: ShortlistDraft): Promise<ShortlistEntry> {
      const { value } = await ctx.store().transaction((tx): ShortlistEntry => {
        const current = id === undefined ? undefined : tx.get('shortlist', id);
        if (id !== undefined && !current) throw notFound(id);
        const twin = tx.all('shortlist').find((e) => e.id !== id && samePlace(e.place, draft.place));
        if (twin)
          throw invalid('This town is already on the shortlist', {
            path: ['place'],
            code: 'already_shortlisted',
          });
        const fields = {
          place: draft.place,
          themes: draft.themes,
          notes: draft.notes,
          status: draft.status,
          scoreWhenAdded: current ? current.scoreWhenAdded : draft.scoreWhenAdded,
          partnershipId: current?.partnershipId ?? null,
          createdAt: current?.createdAt ?? tx.now.toISOString(),
        };
        return current
          ? tx.put('shortlist', { ...fields, id: current.id }, rev)
          : tx.insert('shortlist', fields);
      });
      return value;
    },

    async delete(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('shortlist', id)) throw notFound(id);
        tx.remove('shortlist', id);
      });
      return { id };
    },

    /**
     * Creates a prospect partnership pre-filled from the candidate (the town, its country's
     * languages, the themes and notes recorded) and marks the candidate chosen, in one commit:
     * a retry after a failure finds either nothing done or everything done, never half.
     */
    async createPartnership({
      id,
      kind,
      allowDuplicate,
    }: CreateFromShortlist): Promise<{ entry: ShortlistEntry; partnershipId: string }> {
      const { value } = await ctx.store().transaction((tx) => {
        const entry = tx.get('shortlist', id);
        if (!entry) throw notFound(id);
        if (entry.partnershipId !== null && tx.get('partnerships', entry.partnershipId)) {
          throw invalid('A partnership was already created from this candidate', {
            path: ['id'],
            code: 'already_created',
          });
        }
        const partnerLanguages = [...countryLanguages(entry.place.country)];
        const homeLanguages = tx.get('municipality', SINGLETON_ID.municipality)?.languages ?? [];
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
        const created = partnerships.createIn(tx, draft);
        const linked = tx.patch('shortlist', id, { status: 'chosen', partnershipId: created.id });
        return { entry: linked, partnershipId: created.id };
      });
      return value;
    },
  };
}
export type ShortlistService = ReturnType<typeof shortlistService>;
