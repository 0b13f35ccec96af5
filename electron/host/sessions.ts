import { createHash, randomBytes } from 'node:crypto';

/** A one-time code lives this long unused: long enough to paste, short for a code seen in argv. */
export const CODE_TTL_MS = 10 * 60_000;
/** A tab's secret not seen for this long is forgotten, even across restarts. */
export const SECRET_IDLE_MS = 14 * 24 * 60 * 60_000;
const MAX_REMEMBERED = 50;

/** What is kept of a tab's secret: never the secret, only its hash, and when it was last used. */
export interface KnownSecret {
  hash: string;
  lastSeen: number;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export interface Sessions {
  /** A fresh one-time code for a URL: valid once, for CODE_TTL_MS. */
  issueCode(): string;
  /** Trades a code for a new per-tab secret and burns the code; null if unknown, used or expired. */
  exchange(code: string): string | null;
  /** True for a secret this host (or, through `remembered`, an earlier run) handed out. */
  accepts(secret: string): boolean;
  remembered(): KnownSecret[];
}

export interface SessionOptions {
  now?: () => number;
  /** Secrets handed out before a restart (from the device file), so open tabs reconnect. */
  remembered?: KnownSecret[];
  /** Called when the remembered secrets change, to store them. */
  onChange?: (known: KnownSecret[]) => void;
}

/**
 * Browser mode's keys. The URL the browser is opened with carries only a one-time code (an
 * argv is readable by every local account); the tab trades it for a secret it keeps in
 * sessionStorage and sends as a header, and the code is dead from then on.
 */
export function createSessions(options: SessionOptions = {}): Sessions {
  const now = options.now ?? Date.now;
  const codes = new Map<string, number>();
  const known = new Map<string, number>();
  for (const entry of options.remembered ?? []) {
    if (now() - entry.lastSeen < SECRET_IDLE_MS) known.set(entry.hash, entry.lastSeen);
  }
  const remembered = () => [...known].map(([hash, lastSeen]) => ({ hash, lastSeen }));
  const changed = () => options.onChange?.(remembered());

  return {
    issueCode() {
      const code = randomBytes(24).toString('base64url');
      codes.set(code, now() + CODE_TTL_MS);
      return code;
    },
    exchange(code) {
      const expires = codes.get(code);
      codes.delete(code);
      for (const [other, until] of codes) if (until <= now()) codes.delete(other);
      if (expires === undefined || expires <= now()) return null;
      const secret = randomBytes(32).toString('base64url');
      known.set(hashSecret(secret), now());
      while (known.size > MAX_REMEMBERED) known.delete(known.keys().next().value as string);
      changed();
      return secret;
    },
    accepts(secret) {
      const hash = hashSecret(secret);
      const lastSeen = known.get(hash);
      if (lastSeen === undefined) return false;
      if (now() - lastSeen >= SECRET_IDLE_MS) {
        known.delete(hash);
        changed();
        return false;
      }
      // Stored at most hourly: a write per request would be wasteful.
      if (now() - lastSeen > 60 * 60_000) {
        known.set(hash, now());
        changed();
      }
      return true;
    },
    remembered,
  };
}
