import type { StoreData } from '../store/schema';
import type { Tx } from '../store/transaction';

/** What the person collections read: the collections holding people, of a store or of a transaction. */
export interface PersonSource {
  readonly members: readonly StoreData['members'][number][];
  readonly partnerships: readonly StoreData['partnerships'][number][];
  readonly agreements: readonly StoreData['agreements'][number][];
  readonly participants: readonly StoreData['participants'][number][];
  readonly activities: readonly StoreData['activities'][number][];
  readonly households: readonly StoreData['households'][number][];
}

export interface PersonRecord {
  collection: string;
  id: string;
  name: string;
  email: string;
  context: string;
  record: unknown;
}

/**
 * A collection that holds people. Each domain that stores people registers here how to
 * find them and how to remove them (inside a transaction), so export and erasure reach
 * every copy.
 */
export interface PersonCollection {
  name: string;
  list(db: PersonSource): PersonRecord[];
  erase(tx: Tx, ids: ReadonlySet<string>): void;
}

const committeeMembers: PersonCollection = {
  name: 'committee.members',
  list: (db) =>
    db.members.map((m) => ({
      collection: 'committee.members',
      id: m.id,
      name: m.name,
      email: m.email,
      context: m.role,
      record: m,
    })),
  // A tombstone keeps only the id and the dates: nothing of the person.
  erase: (tx, ids) => {
    for (const id of ids) if (tx.get('members', id)) tx.remove('members', id);
  },
};

const partnerContacts: PersonCollection = {
  name: 'partnerships.contacts',
  list: (db) =>
    db.partnerships.flatMap((p) =>
      p.partners.flatMap((town) =>
        town.contacts.map((c) => ({
          collection: 'partnerships.contacts',
          id: c.id,
          name: c.name,
          email: c.email,
          context: town.place.name,
          record: c,
        })),
      ),
    ),
  erase: (tx, ids) => {
    for (const p of tx.all('partnerships')) {
      if (!p.partners.some((town) => town.contacts.some((c) => ids.has(c.id)))) continue;
      tx.put('partnerships', {
        ...p,
        partners: p.partners.map((town) => ({
          ...town,
          contacts: town.contacts.filter((c) => !ids.has(c.id)),
        })),
      });
    }
  },
};

/**
 * Participants of activities: found by name or e-mail, exported whole (their sensitive fields,
 * diet, access needs and a minor's emergency contact, with them) and erased with their host
 * placements, which name them.
 */
const activityParticipants: PersonCollection = {
  name: 'activities.participants',
  list: (db) => {
    const titles = new Map(db.activities.map((a) => [a.id, `${a.title} (${a.startDate})`]));
    return db.participants.map((p) => ({
      collection: 'activities.participants',
      id: p.id,
      name: p.name,
      email: p.email,
      context: titles.get(p.activityId) ?? '',
      record: p,
    }));
  },
  erase: (tx, ids) => {
    for (const a of tx.all('hostAssignments'))
      if (ids.has(a.participantId)) tx.remove('hostAssignments', a.id);
    for (const id of ids) if (tx.get('participants', id)) tx.remove('participants', id);
  },
};

type Content = StoreData['agreements'][number]['draft'];

/** A charter's signatories leave both the draft and every frozen version: no copy may keep them. */
const withoutSignatories = (content: Content, ids: ReadonlySet<string>): Content => ({
  ...content,
  parties: content.parties.map((party) => ({
    ...party,
    signatories: party.signatories.filter((s) => !ids.has(s.id)),
  })) as Content['parties'],
});

/**
 * Mayors and other signatories written into charters, often copied from a contact. One
 * signatory appears in the draft and in each kept version under the same id: listed once,
 * with where they appear, and erased from all of them.
 */
const charterSignatories: PersonCollection = {
  name: 'agreements.signatories',
  list: (db) =>
    db.agreements.flatMap((agreement) => {
      const towns = agreement.draft.parties
        .map((p) => p.name.trim())
        .filter(Boolean)
        .join(' – ');
      const found = new Map<string, PersonRecord>();
      const contents = [agreement.draft, ...agreement.versions.map((v) => v.content)];
      for (const content of contents) {
        for (const party of content.parties) {
          for (const signatory of party.signatories) {
            if (found.has(signatory.id) || signatory.name.trim() === '') continue;
            found.set(signatory.id, {
              collection: 'agreements.signatories',
              id: signatory.id,
              name: signatory.name,
              email: '',
              context: towns,
              record: { ...signatory, agreementId: agreement.id, party: party.name },
            });
          }
        }
      }
      return [...found.values()];
    }),
  erase: (tx, ids) => {
    for (const agreement of tx.all('agreements')) {
      const contents = [agreement.draft, ...agreement.versions.map((v) => v.content)];
      if (!contents.some((c) => c.parties.some((party) => party.signatories.some((s) => ids.has(s.id))))) {
        continue;
      }
      tx.put('agreements', {
        ...agreement,
        draft: withoutSignatories(agreement.draft, ids),
        versions: agreement.versions.map((v) => ({ ...v, content: withoutSignatories(v.content, ids) })),
      });
    }
  },
};

/**
 * Host families: the household's contact is the person (named by the contact, else by the
 * household's name). Erasing removes the household and its placements in every activity,
 * so a host sheet printed later lists those guests as not placed.
 */
const householdContacts: PersonCollection = {
  name: 'households.contacts',
  list: (db) =>
    db.households.map((h) => ({
      collection: 'households.contacts',
      id: h.id,
      name: h.contactName.trim() || h.name,
      email: h.email,
      context: [h.name, h.town].filter(Boolean).join(', '),
      record: h,
    })),
  erase: (tx, ids) => {
    for (const a of tx.all('hostAssignments')) if (ids.has(a.householdId)) tx.remove('hostAssignments', a.id);
    for (const p of tx.all('participants'))
      if (p.preferredHouseholdId && ids.has(p.preferredHouseholdId))
        tx.patch('participants', p.id, { preferredHouseholdId: null });
    for (const id of ids) if (tx.get('households', id)) tx.remove('households', id);
  },
};

export const personCollections: readonly PersonCollection[] = [
  committeeMembers,
  partnerContacts,
  charterSignatories,
  activityParticipants,
  householdContacts,
];
