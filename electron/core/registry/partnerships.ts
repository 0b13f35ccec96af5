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
import type { Tx } from '../store/transaction';
import { settingsOf } from '../store/views';
import type { ServiceContext } from '../context';
import { draftFields } from './partnershipDraft';
import { sortedSummaries } from './partnershipIndex';
import {
  checked,
  findPartnership,
  invalid,
  notFound,
  replaceIn,
  replacePartnership,
} from './partnershipWrites';
import { removePlanOf } from '../planning/planningLinks';
import { detachActivities } from './linkActivities';
import { localIsoDate } from '../today';

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

  /** Creates a link inside a transaction, so a caller can write more in the same commit. */
  function createIn(tx: Tx, draft: PartnershipDraft): Partnership {
    const stamp = tx.now.toISOString();
    const status = draft.status ?? 'prospect';
    const since = draft.statusSince ?? localIsoDate(tx.now);
    if (since > localIsoDate(tx.now)) {
      throw invalid('A link cannot have been in a status since a day in the future', {
        path: ['statusSince'],
        code: 'date_in_future',
      });
    }
    // Read inside the transaction, so two quick creates cannot both miss each other.
    if (!draft.allowDuplicate) refuseSameTown(tx.all('partnerships'), draft);
    const created = tx.insert('partnerships', {
      ...draftFields(draft, undefined, tx.newId),
      status,
      // Without its day, the status carries the day it was typed in, which is no event of the link.
      statusHistory: [
        draft.statusSince === undefined
          ? { status, date: since, note: '', entered: true }
          : { status, date: since, note: '' },
      ],
      objectives: [],
      health: emptyHealth(),
      timeline: [],
      createdAt: stamp,
    });
    checked(created);
    return created;
  }

  return {
    createIn,

    list(filter: PartnershipFilter): PartnershipSummary[] {
      const data = ctx.store().data;
      const rows = sortedSummaries(data, settingsOf(data).dormantAfterMonths, today());
      const words = foldForSearch(filter.text ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const only = filter.ids ? new Set(filter.ids) : null;
      const out: PartnershipSummary[] = [];
      for (const { summary, haystack } of rows) {
        if (only && !only.has(summary.id)) continue;
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
      const id = draft.id;
      const { value } = await ctx.store().transaction((tx) => {
        if (id === undefined) return createIn(tx, draft);
        return replaceIn(
          tx,
          id,
          (current) => {
            if (draft.status !== undefined && draft.status !== current.status) {
              throw invalid('Change the status with partnership:setStatus so it is recorded', {
                path: ['status'],
                code: 'status_change_via_history',
              });
            }
            return { ...current, ...draftFields(draft, current, tx.newId) };
          },
          draft.rev,
        );
      });
      return value;
    },

    /**
     * Deletes a link with what hangs on it: its charter goes, a shortlist mark is detached, and
     * a network activity it shared with other links stays with them. An activity of this link
     * alone (with its participants, hosts and money) is never deleted with it: the deletion is
     * refused until those activities are deleted or given another link.
     */
    async delete(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        const link = tx.get('partnerships', id);
        if (!link) throw notFound(id);
        detachActivities(tx, link);
        removePlanOf(tx, id);
        tx.remove('partnerships', id);
        for (const a of tx.all('agreements')) if (a.partnershipId === id) tx.remove('agreements', a.id);
        for (const e of tx.all('shortlist')) {
          if (e.partnershipId !== id) continue;
          // The candidate keeps its notes; it is no longer "chosen" for a link that is gone.
          tx.patch('shortlist', e.id, {
            partnershipId: null,
            status: e.status === 'chosen' ? 'considering' : e.status,
          });
        }
      });
      return { id };
    },

    setStatus({ id, status, date, note }: StatusChangeInput): Promise<Partnership> {
      return replacePartnership(ctx, id, (current) => {
        const problem = statusChangeProblem(current, status, date, today());
        if (problem?.code === 'transition_not_allowed') {
          // Worded to need no article, which would have to agree with the status ("an exploring link").
          throw invalid(`A link cannot go from status ${current.status} to status ${status}`, {
            path: [problem.field],
            code: problem.code,
          });
        }
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
