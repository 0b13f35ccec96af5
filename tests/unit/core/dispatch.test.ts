import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Logger } from '../../../electron/core/dispatch';
import type { Handlers } from '../../../electron/core/handlerTypes';
import { CHANNELS } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/errors';

const member = {
  id: 'm1',
  name: 'Ana Popescu',
  role: 'chair',
  email: 'ana@example.org',
  phone: '',
  termStart: null,
  termEnd: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  rev: 1,
} as const;

/** Every channel gets a handler that fails loudly unless the test provides one. */
function handlersWith(overrides: Partial<Handlers>): Handlers {
  const entries = CHANNELS.map((channel) => [
    channel,
    overrides[channel] ??
      (() => {
        throw new Error(`handler ${channel} should not be called`);
      }),
  ]);
  return Object.fromEntries(entries) as Handlers;
}

function setup(overrides: Partial<Handlers> = {}) {
  const log: Logger = { error: vi.fn() };
  return { dispatch: createDispatch(handlersWith(overrides), log), log };
}

describe('createDispatch', () => {
  it('passes parsed input to the handler and returns its output as a value', async () => {
    const save = vi.fn((draft: { name: string }) => ({ ...member, name: draft.name }));
    const { dispatch } = setup({ 'member:save': save });
    const draft = { name: '  Ion  ', role: 'chair', email: '', phone: '', termStart: null, termEnd: null };
    const result = await dispatch('member:save', draft);
    expect(result).toEqual({ ok: true, data: { ...member, name: 'Ion' } });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ name: 'Ion' }));
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL and calls nothing', async () => {
    const { dispatch } = setup();
    const result = await dispatch('committee:drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('does not treat inherited object keys as channels', async () => {
    const { dispatch } = setup();
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('answers a channel name that is not a string with UNKNOWN_CHANNEL', async () => {
    const { dispatch } = setup();
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch(null, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a channel name whose toString is broken without throwing (found by the fuzzer)', async () => {
    const { dispatch } = setup();
    for (const name of [{ toString: [] }, Object.create(null), Symbol('x')]) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('rejects input of the wrong shape with VALIDATION naming each bad field', async () => {
    const save = vi.fn();
    const { dispatch } = setup({ 'committee:save': save });
    const result = await dispatch('committee:save', {
      name: '',
      legalForm: 'club',
      address: 'Str. Mare 1',
      email: 'not-an-address',
      registrationNumber: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['name', 'required'],
      ['legalForm', 'invalid_value'],
      ['email', 'invalid_email'],
    ]);
    expect(save).not.toHaveBeenCalled();
  });

  it('rejects extra keys on a strict input', async () => {
    const { dispatch } = setup({ 'member:delete': ({ id }) => ({ id }) });
    const result = await dispatch('member:delete', { id: 'm1', cascade: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ code: 'unrecognized_keys' }] },
    });
  });

  it('rejects input that is not an object at all', async () => {
    const { dispatch } = setup();
    for (const input of [undefined, null, 'text', 7, []]) {
      expect(await dispatch('member:delete', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });

  it('returns an expected failure thrown by a handler as its own error value', async () => {
    const { dispatch, log } = setup({
      'member:delete': () => {
        throw new AppFailure('NOT_FOUND', 'No member with id m9');
      },
    });
    expect(await dispatch('member:delete', { id: 'm9' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No member with id m9' },
    });
    expect(log.error).not.toHaveBeenCalled();
  });

  it('turns an unexpected error into INTERNAL, logs it, and does not leak its message', async () => {
    const { dispatch, log } = setup({
      'committee:get': async () => {
        throw new TypeError('secret path /home/ana/x is undefined');
      },
    });
    const result = await dispatch('committee:get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('refuses to return output that breaks the contract', async () => {
    const { dispatch, log } = setup({
      'member:delete': () => ({ id: 'has spaces, not an id' }),
    });
    expect(await dispatch('member:delete', { id: 'm1' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('strips output keys the contract does not declare', async () => {
    const { dispatch } = setup({
      'member:delete': ({ id }) => ({ id, internalSecret: 'x' }),
    });
    expect(await dispatch('member:delete', { id: 'm1' })).toEqual({ ok: true, data: { id: 'm1' } });
  });
});
