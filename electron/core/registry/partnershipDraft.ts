import type { Partnership, PartnershipDraft } from '../../../shared/domain/partnership';
import { invalid } from './partnershipWrites';

type Fields = Pick<
  Partnership,
  'kind' | 'partners' | 'signings' | 'resolutions' | 'languages' | 'themes' | 'notes'
>;

/**
 * Turns a form's draft into stored fields. Ids belong to the core: a client may name only the
 * ids of items this record already holds; new items get fresh ids, and a resolution naming a
 * new town's council through the town's `key` is pointed at the id the town receives.
 */
export function draftFields(
  draft: PartnershipDraft,
  existing: Partnership | undefined,
  newId: () => string,
): Fields {
  const known = {
    partners: new Set(existing?.partners.map((t) => t.id)),
    contacts: new Set(existing?.partners.flatMap((t) => t.contacts.map((c) => c.id))),
    signings: new Set(existing?.signings.map((s) => s.id)),
    resolutions: new Set(existing?.resolutions.map((r) => r.id)),
  };
  const keep = (id: string | undefined, kind: keyof typeof known, path: (string | number)[]) => {
    if (id === undefined) return newId();
    if (!known[kind].has(id)) {
      throw invalid(`No ${kind} item with id ${id} in this partnership; leave the id out for a new one`, {
        path,
        code: 'unknown_id',
      });
    }
    return id;
  };
  const keys = new Map<string, string>();
  const partners = draft.partners.map(({ key, ...t }, i) => {
    const id = keep(t.id, 'partners', ['partners', i, 'id']);
    if (key !== undefined) keys.set(key, id);
    return {
      ...t,
      id,
      contacts: t.contacts.map((c, j) => ({
        ...c,
        id: keep(c.id, 'contacts', ['partners', i, 'contacts', j, 'id']),
      })),
    };
  });
  const ids = partners.flatMap((t) => [t.id, ...t.contacts.map((c) => c.id)]);
  if (new Set(ids).size !== ids.length) {
    throw invalid('Two partner towns or contacts share an id', { path: ['partners'], code: 'duplicate_id' });
  }
  return {
    kind: draft.kind,
    partners,
    signings: draft.signings.map((s, i) => ({ ...s, id: keep(s.id, 'signings', ['signings', i, 'id']) })),
    resolutions: draft.resolutions.map((r, i) => ({
      ...r,
      id: keep(r.id, 'resolutions', ['resolutions', i, 'id']),
      council: r.council === 'home' ? 'home' : (keys.get(r.council) ?? r.council),
    })),
    languages: draft.languages,
    themes: draft.themes,
    notes: draft.notes,
  };
}
