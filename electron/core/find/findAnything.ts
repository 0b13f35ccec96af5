import { FIND_MAX_HITS, FIND_MIN_CHARS, type FindHit } from '../../../shared/domain/findAnything';
import { partnershipTitle } from '../../../shared/domain/partnership';
import { foldText } from '../../../shared/domain/placeNames';
import type { ServiceContext } from '../context';

/**
 * Finds partnerships, partner towns, contacts, members, activities and shortlisted
 * towns by any part of their name, accents and case aside. Read only; the first
 * hits of each kind come first so one long list never hides the others.
 */
export function findService(ctx: ServiceContext) {
  return {
    find(text: string): FindHit[] {
      const query = foldText(text.trim());
      if (query.length < FIND_MIN_CHARS) return [];
      const matches = (...names: string[]) => names.some((n) => foldText(n).includes(query));
      const db = ctx.store().data;
      const hits: FindHit[][] = [[], [], [], [], [], []];
      for (const p of db.partnerships) {
        const title = partnershipTitle(p);
        if (matches(title))
          hits[0]!.push({
            kind: 'partnership',
            label: title,
            detail: '',
            target: { screen: 'partnership', id: p.id },
          });
        for (const t of p.partners) {
          if (matches(t.place.name) && t.place.name !== title)
            hits[1]!.push({
              kind: 'town',
              label: t.place.name,
              detail: title,
              target: { screen: 'partnership', id: p.id },
            });
          for (const c of t.contacts)
            if (matches(c.name, c.email))
              hits[2]!.push({
                kind: 'person',
                label: c.name,
                detail: title,
                target: { screen: 'partnership', id: p.id },
              });
        }
      }
      for (const m of db.members)
        if (matches(m.name, m.email))
          hits[3]!.push({ kind: 'member', label: m.name, detail: '', target: { screen: 'committee' } });
      for (const a of db.activities)
        if (matches(a.title))
          hits[4]!.push({
            kind: 'activity',
            label: a.title,
            detail: a.startDate,
            target: { screen: 'activity', id: a.id },
          });
      for (const s of db.shortlist)
        if (matches(s.place.name))
          hits[5]!.push({
            kind: 'candidate',
            label: s.place.name,
            detail: '',
            target: { screen: 'discovery' },
          });
      // Round robin over the kinds, then the rest in order, up to the limit.
      const out: FindHit[] = [];
      for (let i = 0; out.length < FIND_MAX_HITS && hits.some((h) => h.length > i); i++)
        for (const h of hits) if (h[i] && out.length < FIND_MAX_HITS) out.push(h[i]!);
      return out;
    },
  };
}
export type FindService = ReturnType<typeof findService>;
