import { foldName } from '../../placeNames';
import type { Participant } from '../participant';

export interface ListPerson {
  name: string;
  town: string;
  country: string | null;
}

export type SignatureList =
  | { kind: 'invited'; town: string; country: string | null; people: ListPerson[] }
  | { kind: 'local'; people: ListPerson[] };

/**
 * The lists to be signed, as EU programmes ask for them as evidence: one per invited town
 * (by country, then town) and one for local participants, each in alphabetical order.
 * Cancelled registrations are left out: only those present sign.
 */
export function signatureLists(
  participants: readonly Pick<Participant, 'name' | 'town' | 'country' | 'origin' | 'registration'>[],
  lang: string,
): SignatureList[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = (a: ListPerson, b: ListPerson) => collator.compare(a.name, b.name);
  const towns = new Map<string, { town: string; country: string | null; people: ListPerson[] }>();
  const local: ListPerson[] = [];
  for (const p of participants) {
    if (p.registration === 'cancelled') continue;
    const person = { name: p.name, town: p.town, country: p.country };
    if (p.origin === 'local') {
      local.push(person);
      continue;
    }
    const key = `${p.country ?? ''}|${foldName(p.town)}`;
    const entry = towns.get(key);
    if (entry) entry.people.push(person);
    else towns.set(key, { town: p.town.trim(), country: p.country, people: [person] });
  }
  const invited = [...towns.values()]
    .sort((a, b) => (a.country ?? '~').localeCompare(b.country ?? '~') || collator.compare(a.town, b.town))
    .map((t): SignatureList => ({ kind: 'invited', ...t, people: t.people.sort(byName) }));
  return local.length > 0 ? [...invited, { kind: 'local', people: local.sort(byName) }] : invited;
}
