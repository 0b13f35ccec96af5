import type { StoreData } from '../store/schema';

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
 * find them and how to remove them, so export and erasure reach every copy.
 */
export interface PersonCollection {
  name: string;
  list(db: Readonly<StoreData>): PersonRecord[];
  erase(db: Readonly<StoreData>, ids: ReadonlySet<string>): StoreData;
}

const committeeMembers: PersonCollection = {
  name: 'committee.members',
  list: (db) =>
    db.committee.members.map((m) => ({
      collection: 'committee.members',
      id: m.id,
      name: m.name,
      email: m.email,
      context: m.role,
      record: m,
    })),
  erase: (db, ids) => ({
    ...db,
    committee: { ...db.committee, members: db.committee.members.filter((m) => !ids.has(m.id)) },
  }),
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
  erase: (db, ids) => ({
    ...db,
    partnerships: db.partnerships.map((p) =>
      p.partners.some((town) => town.contacts.some((c) => ids.has(c.id)))
        ? {
            ...p,
            partners: p.partners.map((town) => ({
              ...town,
              contacts: town.contacts.filter((c) => !ids.has(c.id)),
            })),
          }
        : p,
    ),
  }),
};

export const personCollections: readonly PersonCollection[] = [committeeMembers, partnerContacts];
