import type { SecretOp, SecretStore } from '../sync/secrets';

/**
 * The shell's secret store reaches the core over the worker's port: the core asks, the main
 * thread (where Electron's safeStorage lives) answers. Only the sync password crosses, and
 * only between the two threads of one process.
 */
export type SecretRequest = { type: 'secret'; id: number; op: SecretOp; name?: string; value?: string };
export type SecretReply =
  | { type: 'secretReply'; id: number; ok: true; value: unknown }
  | { type: 'secretReply'; id: number; ok: false; message: string };

/** Main side: one request answered with the shell's store (none: browser mode, refused). */
export async function answerSecret(
  store: SecretStore | undefined,
  request: SecretRequest,
): Promise<SecretReply> {
  const fail = (message: string): SecretReply => ({
    type: 'secretReply',
    id: request.id,
    ok: false,
    message,
  });
  if (!store) return fail('This shell has no secret store');
  try {
    const name = request.name ?? '';
    let value: unknown = null;
    if (request.op === 'state') value = await store.state();
    else if (request.op === 'read') value = await store.read(name);
    else if (request.op === 'write') await store.write(name, request.value ?? '');
    else if (request.op === 'remove') await store.remove(name);
    else return fail('Unknown secret operation');
    return { type: 'secretReply', id: request.id, ok: true, value };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Worker side: a secret store whose every call is a request to the main thread. */
export function secretsOverPort(post: (request: SecretRequest) => void): {
  store: SecretStore;
  reply(message: SecretReply): void;
} {
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const ask = <T>(op: SecretOp, name?: string, value?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      post({
        type: 'secret',
        id,
        op,
        ...(name === undefined ? {} : { name }),
        ...(value === undefined ? {} : { value }),
      });
    });
  return {
    store: {
      state: () => ask('state'),
      read: (name) => ask('read', name),
      write: (name, value) => ask('write', name, value),
      remove: (name) => ask('remove', name),
    },
    reply(message) {
      const pending = waiting.get(message.id);
      if (!pending) return;
      waiting.delete(message.id);
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new Error(message.message));
    },
  };
}
