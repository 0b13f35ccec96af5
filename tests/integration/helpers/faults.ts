import { createRequire, syncBuiltinESMExports } from 'node:module';

type FsPromises = typeof import('node:fs/promises');
type FunctionName = {
  [K in keyof FsPromises]: FsPromises[K] extends (...args: never[]) => unknown ? K : never;
}[keyof FsPromises];

// The CommonJS object behind `node:fs/promises`; after changing it, syncBuiltinESMExports
// makes every ESM `import { open } from 'node:fs/promises'` see the change.
const fsp = createRequire(import.meta.url)('node:fs/promises') as FsPromises;

export function fsError(code: string, syscall: string, path = ''): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall} '${path}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

/** Replaces one fs/promises function until the returned undo is called. */
export function override<K extends keyof FsPromises>(
  name: K,
  replacement: (original: FsPromises[K]) => FsPromises[K],
): () => void {
  const original = fsp[name];
  fsp[name] = replacement(original);
  syncBuiltinESMExports();
  return () => {
    fsp[name] = original;
    syncBuiltinESMExports();
  };
}

/**
 * Makes one fs/promises function reject with the error `fault` returns for its arguments
 * (or behave normally when it returns null). A Proxy keeps the function's overloads intact.
 */
export function failWhen<K extends FunctionName>(
  name: K,
  fault: (args: unknown[]) => NodeJS.ErrnoException | null,
): () => void {
  return override(
    name,
    (original) =>
      new Proxy(original, {
        apply(target, self, args: unknown[]) {
          const error = fault(args);
          return error ? Promise.reject(error) : Reflect.apply(target, self, args);
        },
      }),
  );
}
