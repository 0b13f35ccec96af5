import type { Partnership, PartnershipDraft } from '../../../shared/domain/partnership';
import { emptyHealth } from '../../../shared/domain/partnershipHealth';
import { canTransition } from '../../../shared/domain/partnershipLifecycle';
import { foldForSearch, type PartnershipSummary } from '../../../shared/domain/partnershipSummary';
import type { PartnershipFilter, StatusChangeInput } from '../../../shared/ipc/channels/partnerships';
import type { ServiceContext } from './context';
import { carryViews, positionOf, sortedSummaries } from './partnershipIndex';
import { checked, findPartnership, invalid, notFound, replacePartnership } from './partnershipWrites';
import { localIsoDate } from './today';

export function partnershipService(ctx: ServiceContext) {
  const today = () => localIsoDate(ctx.now());
  const withId = <T extends { id?: string | undefined }>(item: T) => ({
    ...item,
    id: item.id ?? ctx.newId(),
  });

  function fromDraft(draft: PartnershipDraft, existing: Partnership | undefined): Partnership {
    const stamp = ctx.now().toISOString();
    const partners = draft.partners.map((t) => ({ ...withId(t), contacts: t.contacts.map(withId) }));
    if (new Set(partners.map((t) => t.id)).size !== partners.length) {
      throw invalid('Two partner towns share an id', { path: ['partners'], code: 'duplicate_id' });
    }
    const fields = {
      kind: draft.kind,
      partners,
      signings: draft.signings.map(withId),
      resolutions: draft.resolutions.map(withId),
      languages: draft.languages,
      themes: draft.themes,
      notes: draft.notes,
    };
    if (existing) return { ...existing, ...fields, updatedAt: stamp };
    const status = draft.status ?? 'prospect';
    return {
      id: ctx.newId(),
      ...fields,
      status,
      statusHistory: [{ status, date: today(), note: '' }],
      objectives: [],
      health: emptyHealth(),
      timeline: [],
      createdAt: stamp,
      updatedAt: stamp,
    };
  }

  return {
    list(filter: PartnershipFilter): PartnershipSummary[] {
      const { partnerships, settings } = ctx.store().data;
      const rows = sortedSummaries(partnerships, settings.dormantAfterMonths, today());
      const words = foldForSearch(filter.text ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const out: PartnershipSummary[] = [];
      for (const { summary, haystack } of rows) {
        if (filter.status && summary.status !== filter.status) continue;
        if (filter.kind && summary.kind !== filter.kind) continue;
        if (filter.country && !summary.countries.includes(filter.country)) continue;
        if (words.length > 0 && !words.every((w) => haystack.includes(w))) continue;
        out.push(summary);
      }
      return out;
    },

    get: (id: string): Partnership => findPartnership(ctx, id),

    async save(draft: PartnershipDraft): Promise<Partnership> {
      if (draft.id === undefined) {
        const created = checked(fromDraft(draft, undefined));
        await ctx.store().update((db) => {
          const partnerships = [...db.partnerships, created];
          carryViews(db.partnerships, partnerships, { kind: 'put', record: created });
          return { ...db, partnerships };
        });
        return created;
      }
      const id = draft.id;
      return replacePartnership(ctx, id, (current) => {
        if (draft.status !== undefined && draft.status !== current.status) {
          throw invalid('Change the status with partnership:setStatus so it is recorded', {
            path: ['status'],
            code: 'status_change_via_history',
          });
        }
        return fromDraft(draft, current);
      });
    },

    async delete(id: string): Promise<{ id: string }> {
      await ctx.store().update((db) => {
        if (positionOf(db.partnerships, id) === undefined) throw notFound(id);
        const partnerships = db.partnerships.filter((p) => p.id !== id);
        carryViews(db.partnerships, partnerships, { kind: 'remove', id });
        // A candidate made into this link keeps its notes but no longer points to it.
        const shortlist = db.shortlist.some((e) => e.partnershipId === id)
          ? db.shortlist.map((e) => (e.partnershipId === id ? { ...e, partnershipId: null } : e))
          : db.shortlist;
        return { ...db, partnerships, shortlist };
      });
      return { id };
    },

    setStatus({ id, status, date, note }: StatusChangeInput): Promise<Partnership> {
      return replacePartnership(ctx, id, (current) => {
        if (!canTransition(current.status, status)) {
          // Worded to need no article, which would have to agree with the status ("an exploring link").
          throw invalid(`A link cannot go from status ${current.status} to status ${status}`, {
            path: ['status'],
            code: 'transition_not_allowed',
          });
        }
        const last = current.statusHistory[current.statusHistory.length - 1];
        if (last && date < last.date) {
          throw invalid('The change cannot predate the previous one', {
            path: ['date'],
            code: 'date_before_last_status',
          });
        }
        if (date > today()) {
          throw invalid('A status change cannot be dated in the future', {
            path: ['date'],
            code: 'date_in_future',
          });
        }
        return { ...current, status, statusHistory: [...current.statusHistory, { status, date, note }] };
      });
    },
  };
}
export type PartnershipService = ReturnType<typeof partnershipService>;
