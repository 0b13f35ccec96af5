import type { Partnership, PartnershipDraft } from '../../../shared/domain/partnership';
import { linksWithSameTown } from '../../../shared/domain/duplicates';
import { emptyHealth } from '../../../shared/domain/partnershipHealth';
import { AppFailure } from '../../../shared/ipc/errors';
import {
  correctHistory,
  statusChangeProblem,
  type HistoryProblem,
} from '../../../shared/domain/statusHistory';
import { foldForSearch, type PartnershipSummary } from '../../../shared/domain/partnershipSummary';
import type {
  PartnershipFilter,
  StatusChangeInput,
  StatusCorrectionInput,
} from '../../../shared/ipc/channels/partnerships';
import type { ServiceContext } from './context';
import { carryViews, positionOf, sortedSummaries } from './partnershipIndex';
import { checked, findPartnership, invalid, notFound, replacePartnership } from './partnershipWrites';
import { localIsoDate } from './today';

const HISTORY_MESSAGES: Record<HistoryProblem['code'], string> = {
  transition_not_allowed: 'The link cannot move from its current status to that one',
  date_before_last_status: 'The change cannot predate the one before it',
  date_after_next_status: 'The change cannot come after the one that follows it',
  date_in_future: 'A status change cannot be dated in the future',
};

function historyFailure(problem: HistoryProblem) {
  return invalid(HISTORY_MESSAGES[problem.code], { path: [problem.field], code: problem.code });
}

/** A new link whose partner town is already one of ours is refused until the secretary confirms it. */
function refuseSameTown(partnerships: readonly Partnership[], draft: PartnershipDraft): void {
  const same = linksWithSameTown(
    partnerships,
    draft.partners.map((t) => t.place),
  );
  if (same.length === 0) return;
  throw new AppFailure(
    'DUPLICATE',
    `${same[0]?.town ?? ''} is already a partner town`,
    // The message of each issue is the id of the link that already has the town, to open it.
    same.map((s) => ({ path: ['partners'], code: 'same_partner_town', message: s.partnershipId })),
  );
}

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
    const since = draft.statusSince ?? today();
    if (since > today()) {
      throw invalid('A link cannot have been in a status since a day in the future', {
        path: ['statusSince'],
        code: 'date_in_future',
      });
    }
    return {
      id: ctx.newId(),
      ...fields,
      status,
      statusHistory: [{ status, date: since, note: '' }],
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
        if (!draft.allowDuplicate) refuseSameTown(ctx.store().data.partnerships, draft);
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
        const problem = statusChangeProblem(current, status, date, today());
        if (problem) throw historyFailure(problem);
        return { ...current, status, statusHistory: [...current.statusHistory, { status, date, note }] };
      });
    },

    /** Corrects the day or note of a recorded change, keeping what it said before. */
    correctStatus({ id, index, date, note, by }: StatusCorrectionInput): Promise<Partnership> {
      return replacePartnership(ctx, id, (current) => {
        const at = ctx.now().toISOString();
        const history = correctHistory(current.statusHistory, { index, date, note, by, at }, today());
        if (!Array.isArray(history)) throw historyFailure(history);
        return { ...current, statusHistory: history };
      });
    },
  };
}
export type PartnershipService = ReturnType<typeof partnershipService>;
