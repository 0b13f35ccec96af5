import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The validation design documents shipped for whoever runs the server
 * (resources/couchdb/*-design.json), evaluated in Node the way CouchDB's JavaScript query
 * server calls them: validate_doc_update(newDoc, oldDoc, userCtx, secObj), `this` the design
 * document, a thrown { forbidden } or { unauthorized } refusing the write.
 */
type Doc = Record<string, unknown> & { _id: string };
type UserCtx = { db: string; name: string | null; roles: string[] };
type SecObj = { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } };
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: SecObj) => void;

function load(file: string): { ddoc: Record<string, unknown>; validate: Validate } {
  const ddoc = JSON.parse(readFileSync(`resources/couchdb/${file}`, 'utf8')) as Record<string, unknown>;
  const source = ddoc.validate_doc_update;
  if (typeof source !== 'string') throw new Error(`${file} has no validate_doc_update`);
  // The shipped function, evaluated as CouchDB's query server does.
  const fn = new Function(`return (${source});`)() as Validate;
  return { ddoc, validate: (...args) => fn.apply(ddoc, args) };
}

/** 'ok', or the kind of refusal and its message. */
function outcome(run: () => void): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    const e = error as { forbidden?: string; unauthorized?: string };
    if (e.forbidden !== undefined) return 'forbidden';
    if (e.unauthorized !== undefined) return 'unauthorized';
    throw error;
  }
}

const security = (admins: Partial<SecObj['admins']> = {}): SecObj => ({
  admins: { names: [], roles: [], ...admins },
  members: { names: [], roles: ['committee-sibiu', 'committee-lyon'] },
});
const user = (name: string | null, roles: string[], db: string): UserCtx => ({ db, name, roles });

describe('the committee database design document', () => {
  const { ddoc, validate } = load('committee-design.json');
  const db = 'committee-sibiu';
  const doc: Doc = { _id: 'members:1', collection: 'members', fields: { name: 'Ana' } };
  const check = (ctx: UserCtx, newDoc: Doc = doc, oldDoc: Doc | null = null, sec = security()) =>
    outcome(() => validate(newDoc, oldDoc, ctx, sec));

  it('is the design document _design/twinning, a committee kind', () => {
    expect(ddoc._id).toBe('_design/twinning');
    expect(ddoc.twinning).toMatchObject({ kind: 'committee' });
  });

  it('lets a member with the edit role write, change and delete', () => {
    const ana = user('ana', ['committee-sibiu', 'committee-sibiu:edit'], db);
    expect(check(ana)).toBe('ok');
    expect(check(ana, { ...doc, fields: { name: 'Ana P' } }, doc)).toBe('ok');
    expect(check(ana, { _id: doc._id, _deleted: true }, doc)).toBe('ok');
  });

  it('refuses every write of a read-only member, deletions too', () => {
    const ion = user('ion', ['committee-sibiu'], db);
    expect(check(ion)).toBe('forbidden');
    expect(check(ion, { ...doc, fields: { name: 'x' } }, doc)).toBe('forbidden');
    expect(check(ion, { _id: doc._id, _deleted: true }, doc)).toBe('forbidden');
  });

  it('does not take the edit role of another committee for this one', () => {
    expect(check(user('jean', ['committee-lyon', 'committee-lyon:edit'], db))).toBe('forbidden');
  });

  it('lets server admins and the database admins (by name or role) write', () => {
    expect(check(user('root', ['_admin'], db))).toBe('ok');
    expect(check(user('maria', [], db), doc, null, security({ names: ['maria'] }))).toBe('ok');
    expect(
      check(
        user('maria', ['committee-sibiu:admin'], db),
        doc,
        null,
        security({ roles: ['committee-sibiu:admin'] }),
      ),
    ).toBe('ok');
  });

  it('asks an anonymous writer to sign in', () => {
    expect(check(user(null, [], db))).toBe('unauthorized');
  });

  it('fails closed where the server gives no database name', () => {
    const noDb = { name: 'ana', roles: ['committee-sibiu:edit'] };
    expect(check(noDb as UserCtx)).toBe('forbidden');
  });
});

describe('the registry design document', () => {
  const { ddoc, validate } = load('registry-design.json');
  const db = 'registry';
  const link = (owner: string | undefined, fields: Record<string, unknown> = {}): Doc => ({
    _id: `partnerships:${owner ?? 'none'}-1`,
    collection: 'partnerships',
    ...(owner === undefined ? {} : { owner }),
    fields: { town: 'Lyon', ...fields },
  });
  const sibiuEditor = user('ana', ['committee-sibiu', 'committee-sibiu:edit'], db);
  const check = (ctx: UserCtx, newDoc: Doc, oldDoc: Doc | null = null, sec = security()) =>
    outcome(() => validate(newDoc, oldDoc, ctx, sec));

  it('is the design document _design/twinning, a registry kind', () => {
    expect(ddoc._id).toBe('_design/twinning');
    expect(ddoc.twinning).toMatchObject({ kind: 'registry' });
  });

  it("lets a committee's editor add and change its own links", () => {
    expect(check(sibiuEditor, link('committee-sibiu'))).toBe('ok');
    expect(check(sibiuEditor, link('committee-sibiu', { town: 'Lyon 2' }), link('committee-sibiu'))).toBe(
      'ok',
    );
  });

  it("forbids writing another committee's link, or taking it over", () => {
    expect(check(sibiuEditor, link('committee-lyon'))).toBe('forbidden');
    expect(check(sibiuEditor, link('committee-lyon', { town: 'x' }), link('committee-lyon'))).toBe(
      'forbidden',
    );
    expect(check(sibiuEditor, link('committee-sibiu'), link('committee-lyon'))).toBe('forbidden');
  });

  it('forbids a link that names no committee', () => {
    expect(check(sibiuEditor, link(undefined))).toBe('forbidden');
  });

  it('lets a committee delete only its own links', () => {
    const gone = (id: string): Doc => ({ _id: id, _deleted: true });
    expect(check(sibiuEditor, gone('a'), link('committee-sibiu'))).toBe('ok');
    expect(check(sibiuEditor, gone('a'), link('committee-lyon'))).toBe('forbidden');
    expect(check(sibiuEditor, gone('a'), null)).toBe('forbidden');
  });

  it("forbids a committee's read-only member from writing even its own links", () => {
    const ion = user('ion', ['committee-sibiu'], db);
    expect(check(ion, link('committee-sibiu'))).toBe('forbidden');
    expect(check(ion, { _id: 'a', _deleted: true }, link('committee-sibiu'))).toBe('forbidden');
  });

  it("lets the association's admins write any link", () => {
    const admin = user('assoc', ['registry:admin'], db);
    expect(check(admin, link('committee-lyon'), null, security({ roles: ['registry:admin'] }))).toBe('ok');
    expect(check(user('root', ['_admin'], db), { _id: 'a', _deleted: true }, link('committee-lyon'))).toBe(
      'ok',
    );
  });

  it('asks an anonymous writer to sign in', () => {
    expect(check(user(null, [], db), link('committee-sibiu'))).toBe('unauthorized');
  });
});

describe('the example security objects', () => {
  it('name members and admins as CouchDB expects', () => {
    for (const file of ['committee-security.json', 'registry-security.json']) {
      const sec = JSON.parse(readFileSync(`resources/couchdb/${file}`, 'utf8')) as SecObj;
      for (const part of [sec.admins, sec.members]) {
        expect(Array.isArray(part.names) && Array.isArray(part.roles)).toBe(true);
      }
      // Without members the database would be open to every user of the server.
      expect(sec.members.names.length + sec.members.roles.length).toBeGreaterThan(0);
    }
  });
});
