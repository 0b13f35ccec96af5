import type { Partnership } from '../../../shared/domain/partnership';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Tx } from '../store/transaction';

/**
 * Before a link is deleted: its network activities (shared with other links) lose it, and
 * a host that was one of its towns becomes unknown; an activity of this link alone makes
 * the deletion refused, naming how many, so nothing planned disappears with the link.
 */
export function detachActivities(tx: Tx, link: Pick<Partnership, 'id' | 'partners'>): void {
  const own = tx.all('activities').filter((a) => a.partnershipIds.includes(link.id));
  const alone = own.filter((a) => a.partnershipIds.length === 1);
  if (alone.length > 0) {
    const message = `This link has ${alone.length} activities of its own; delete them or add another link to them first`;
    throw new AppFailure('VALIDATION', message, [
      { path: ['activities'], code: 'link_has_activities', message, params: { count: alone.length } },
    ]);
  }
  const towns = new Set(link.partners.map((t) => t.id));
  for (const a of own)
    tx.patch('activities', a.id, {
      partnershipIds: a.partnershipIds.filter((p) => p !== link.id),
      host: a.host !== null && towns.has(a.host) ? null : a.host,
    });
}
