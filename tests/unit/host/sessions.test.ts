import { describe, expect, it } from 'vitest';
import { CODE_TTL_MS, createSessions, hashSecret, SECRET_IDLE_MS } from '../../../electron/host/sessions';

describe('browser-mode sessions', () => {
  it('trades a one-time code for a secret exactly once', () => {
    const sessions = createSessions();
    const code = sessions.issueCode();
    const secret = sessions.exchange(code);
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(sessions.exchange(code)).toBeNull();
    expect(sessions.accepts(secret as string)).toBe(true);
  });

  it('refuses a code as if it were a secret, and a made-up code', () => {
    const sessions = createSessions();
    const code = sessions.issueCode();
    expect(sessions.accepts(code)).toBe(false);
    expect(sessions.exchange('made-up')).toBeNull();
  });

  it('lets an unused code expire, so one read from a command line goes stale', () => {
    let now = 1_000_000;
    const sessions = createSessions({ now: () => now });
    const code = sessions.issueCode();
    now += CODE_TTL_MS;
    expect(sessions.exchange(code)).toBeNull();
  });

  it('remembers secrets only as hashes, and recognises them after a restart', () => {
    let stored: { hash: string; lastSeen: number }[] = [];
    const first = createSessions({ onChange: (known) => (stored = known) });
    const secret = first.exchange(first.issueCode()) as string;
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored).toEqual([{ hash: hashSecret(secret), lastSeen: expect.any(Number) }]);
    const restarted = createSessions({ remembered: stored });
    expect(restarted.accepts(secret)).toBe(true);
    expect(restarted.accepts(`${secret}x`)).toBe(false);
  });

  it('forgets a secret not used for two weeks', () => {
    let now = 5_000_000_000;
    const sessions = createSessions({ now: () => now });
    const secret = sessions.exchange(sessions.issueCode()) as string;
    now += SECRET_IDLE_MS;
    expect(sessions.accepts(secret)).toBe(false);
    const restarted = createSessions({
      now: () => now,
      remembered: [{ hash: hashSecret(secret), lastSeen: 0 }],
    });
    expect(restarted.accepts(secret)).toBe(false);
  });
});
