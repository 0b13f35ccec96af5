import { describe, expect, it } from 'vitest';
import { FILTER_QUERIES, keystrokes } from '../../../bench/rows/partnerships';
import { registryStore } from '../../../bench/rows/registryStore';
import { StoreData } from '../../../electron/core/store/schema';

describe('the registry bench rows', () => {
  it('type a word one keystroke at a time, from the first letter to the whole word', () => {
    expect(keystrokes('Sibiu')).toEqual(['S', 'Si', 'Sib', 'Sibi', 'Sibiu']);
    expect(keystrokes('')).toEqual([]);
  });

  it('open a store the app itself would accept, the same on every run', () => {
    const store = registryStore(300);
    expect(StoreData.safeParse(store).success).toBe(true);
    expect(store.partnerships).toHaveLength(300);
    expect(JSON.stringify(registryStore(300))).toBe(JSON.stringify(store));
  });

  it('filter with queries that all fit the channel and include single letters matching most links', () => {
    const texts = FILTER_QUERIES.map((q) => q.text);
    expect(texts).toContain('S');
    expect(texts.every((t) => t.length > 0 && t.length <= 200)).toBe(true);
  });
});
