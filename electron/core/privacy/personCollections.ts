import type { StoreData } from '../store/schema';

/** What the person collections read: members and partnerships, of a store or of a transaction. */
export interface PersonSource {
  readonly members: readonly StoreData['members'][number][];
  readonly partnerships: readonly StoreData['partnerships'][number][];
}
import type { Tx } from '../store/transaction';

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

export const personCollections: readonly PersonCollection[] = [committeeMembers, partnerContacts];
