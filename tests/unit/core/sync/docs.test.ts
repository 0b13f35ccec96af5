import { describe, expect, it } from 'vitest';
import {
  canonical,
  differingFields,
  docId,
  fieldsOf,
  parseDocId,
  SYNCED,
  toDoc,
} from '../../../../electron/core/sync/docs';

describe('records as sync documents', () => {
  it('names a document by collection and id, and reads the name back', () => {
    expect(docId('members', 'm-1')).toBe('members:m-1');
    expect(parseDocId('members:m-1')).toEqual({ collection: 'members', id: 'm-1' });
    expect(parseDocId('tasks:a:b')).toEqual({ collection: 'tasks', id: 'a:b' });
  });

  it('ignores documents that are not records of a synced collection', () => {
    expect(parseDocId('settings:settings')).toBeNull();
    expect(parseDocId('_design/validate')).toBeNull();
    expect(parseDocId('members:')).toBeNull();
    expect(parseDocId('unknown:x')).toBeNull();
    expect(SYNCED).not.toContain('settings');
    expect(SYNCED).toContain('participants');
  });

  it('keeps the record without this store’s revision and time, and keeps those apart', () => {
    const record = { id: 'm-1', rev: 7, updatedAt: '2026-11-20T09:00:00.000Z', name: 'Ana' };
    expect(fieldsOf(record)).toEqual({ id: 'm-1', name: 'Ana' });
    expect(toDoc('members', record, '3-abc')).toEqual({
      _id: 'members:m-1',
      _rev: '3-abc',
      collection: 'members',
      fields: { id: 'm-1', name: 'Ana' },
      writtenRev: 7,
      writtenAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('compares content whatever the key order, and names the fields that differ', () => {
    expect(canonical({ b: 1, a: { d: 2, c: 3 } })).toBe(canonical({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonical([1, 2])).not.toBe(canonical([2, 1]));
    expect(
      differingFields([
        { name: 'Ana', role: 'chair', phone: '' },
        { name: 'Ana', role: 'treasurer', email: 'a@example.org', phone: '' },
      ]),
    ).toEqual(['email', 'role']);
  });
});
