import { describe, expect, it } from 'vitest';
import { holdUnload, prepareToLeave, registerPending } from '../../../renderer/app/pendingChanges';

describe('the pending-changes registry', () => {
  it('saves every autosave before answering the close request, and names only what could not be saved', async () => {
    const saved: string[] = [];
    let charterDirty = true;
    const stopCharter = registerPending({
      flush: () => Promise.resolve().then(() => (saved.push('charter'), (charterDirty = false))),
      unsaved: () => (charterDirty ? 'the charter draft' : null),
    });
    const stopForm = registerPending({ unsaved: () => 'the partnership form' });
    expect(await prepareToLeave()).toEqual({ unsaved: ['the partnership form'] });
    expect(saved).toEqual(['charter']);
    stopCharter();
    stopForm();
    expect(await prepareToLeave()).toEqual({ unsaved: [] });
  });

  it('starts the flushes synchronously on unload, and holds the page only for an unsaved form', () => {
    let started = 0;
    const stopAutosave = registerPending({
      flush: () => (started++, Promise.resolve()),
      unsaved: () => null,
    });
    expect(holdUnload()).toBe(false);
    expect(started).toBe(1);
    const stopForm = registerPending({ unsaved: () => 'the partnership form' });
    expect(holdUnload()).toBe(true);
    stopForm();
    stopAutosave();
  });

  it('names a charter whose save failed, so closing asks instead of losing it', async () => {
    const stop = registerPending({
      flush: () => Promise.reject(new Error('disk full')),
      unsaved: () => 'the charter draft',
    });
    expect(await prepareToLeave()).toEqual({ unsaved: ['the charter draft'] });
    stop();
  });

  it('holds the unload for a charter whose last save failed, even while its retry starts', () => {
    let failed = true;
    const stop = registerPending({
      flush: () => ((failed = false), Promise.resolve()),
      unsaved: () => (failed ? 'the charter draft' : null),
    });
    expect(holdUnload()).toBe(true);
    expect(failed).toBe(false);
    stop();
  });
});
