import type { Partnership, PartnershipDraft } from '../../../shared/domain/partnership';
import { emptyHealth } from '../../../shared/domain/partnershipHealth';
import { canTransition } from '../../../shared/domain/partnershipLifecycle';
import { foldForSearch, type PartnershipSummary } from '../../../shared/domain/partnershipSummary';
import type { PartnershipFilter, StatusChangeInput } from '../../../shared/ipc/channels/partnerships';
import type { Tx } from '../store/transaction';
import { settingsOf } from '../store/views';
import type { ServiceContext } from './context';
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
import { localIsoDate } from './today';

export function partnershipService(ctx: ServiceContext) {
  const today = () => localIsoDate(ctx.now());

  /** Creates a link inside a transaction, so a caller can write more in the same commit. */
  function createIn(tx: Tx, draft: PartnershipDraft): Partnership {
    const stamp = tx.now.toISOString();
    const status = draft.status ?? 'prospect';
    const created = tx.insert('partnerships', {
      ...draftFields(draft, undefined, tx.newId),
      status,
      statusHistory: [{ status, date: localIsoDate(tx.now), note: '' }],
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
      const rows = sortedSummaries(data.partnerships, settingsOf(data).dormantAfterMonths, today());
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

    /** Deletes a link with what hangs on it: its charter goes, a shortlist mark is detached. */
    async delete(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('partnerships', id)) throw notFound(id);
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
        if (!canTransition(current.status, status)) {
          throw invalid(`A ${current.status} link cannot become ${status}`, {
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
