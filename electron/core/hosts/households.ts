import { HostHousehold, type HostHouseholdDraft } from '../../../shared/domain/activities/household';
import type { HouseholdRecord } from '../../../shared/ipc/channels/hosts';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { RecordMeta } from '../store/records';
import type { StoreData } from '../store/schema';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';
import { localIsoDate } from '../today';

const noHousehold = (id: string) => new AppFailure('NOT_FOUND', `No household with id ${id}`);

function checked(h: HostHousehold): HostHousehold {
  const parsed = HostHousehold.safeParse(h);
  if (parsed.success) return parsed.data;
  throw new AppFailure('VALIDATION', 'The household would not be valid', toFieldIssues(parsed.error.issues));
}

type Reader = Pick<StoreData, 'activities' | 'hostAssignments'>;

/** The placements of a household in activities that end today or later. */
function upcoming(db: Reader, householdId: string, today: string) {
  const ahead = new Set(db.activities.filter((a) => a.endDate >= today).map((a) => a.id));
  return db.hostAssignments.filter((a) => a.householdId === householdId && ahead.has(a.activityId));
}

/** The most guests the household hosts in any one activity: its beds may not go below. */
function mostGuests(tx: Tx, householdId: string): { count: number; title: string } {
  const per = new Map<string, number>();
  for (const a of tx.all('hostAssignments'))
    if (a.householdId === householdId) per.set(a.activityId, (per.get(a.activityId) ?? 0) + 1);
  let most = { count: 0, title: '' };
  for (const [activityId, count] of per)
    if (count > most.count) most = { count, title: tx.get('activities', activityId)?.title ?? '' };
  return most;
}

/**
 * The register of host families, kept from one activity to the next. A household is removed
 * only when it hosts no guest of an activity not yet over (`household_has_guests`: the
 * secretary moves those guests first); its placements in activities already over go with
 * it, and those activities' host sheets then list the guests as not placed.
 */
export function householdService(ctx: ServiceContext) {
  const today = () => localIsoDate(ctx.now());
  const view = (db: Reader, h: HostHousehold & RecordMeta): HouseholdRecord => ({
    ...h,
    upcomingGuests: upcoming(db, h.id, today()).length,
  });
  const readerOf = (tx: Tx): Reader => ({
    activities: [...tx.all('activities')],
    hostAssignments: [...tx.all('hostAssignments')],
  });

  return {
    list(): HouseholdRecord[] {
      const db = ctx.store().data;
      return [...db.households].sort((a, b) => a.name.localeCompare(b.name)).map((h) => view(db, h));
    },

    async save(draft: HostHouseholdDraft, rev?: number): Promise<HouseholdRecord> {
      const { id, ...fields } = draft;
      const { value } = await ctx.store().transaction((tx) => {
        if (id === undefined) {
          const { id: _new, ...valid } = checked({ id: 'new', ...fields });
          return view(readerOf(tx), tx.insert('households', valid));
        }
        if (!tx.get('households', id)) throw noHousehold(id);
        const most = mostGuests(tx, id);
        if (fields.beds < most.count) {
          const message = `${most.count} guests of ${most.title} stay here; unassign some before lowering the beds`;
          throw new AppFailure('VALIDATION', message, [
            {
              path: ['beds'],
              code: 'beds_below_guests',
              message,
              params: { count: most.count, activity: most.title },
            },
          ]);
        }
        return view(readerOf(tx), tx.put('households', checked({ id, ...fields }), rev));
      });
      return value;
    },

    async remove(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('households', id)) throw noHousehold(id);
        const ahead = upcoming(readerOf(tx), id, today());
        if (ahead.length > 0) {
          const message = `This household hosts ${ahead.length} guests of activities not yet over; unassign them first`;
          throw new AppFailure('VALIDATION', message, [
            { path: ['id'], code: 'household_has_guests', message, params: { count: ahead.length } },
          ]);
        }
        for (const a of tx.all('hostAssignments'))
          if (a.householdId === id) tx.remove('hostAssignments', a.id);
        for (const p of tx.all('participants'))
          if (p.preferredHouseholdId === id) tx.patch('participants', p.id, { preferredHouseholdId: null });
        tx.remove('households', id);
      });
      return { id };
    },
  };
}
export type HouseholdService = ReturnType<typeof householdService>;
