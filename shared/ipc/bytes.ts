import { z } from 'zod';

/**
 * A binary payload (a PDF, an image, an archive) travels as a Uint8Array: structured clone
 * over Electron IPC and worker messages, a binary frame over the loopback host. Checked by
 * its tag rather than instanceof, because a byte array cloned from another realm (a worker,
 * the preload) has another Uint8Array constructor. Node's Buffer is a Uint8Array too.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** A contract field holding at most `max` bytes. */
export const Bytes = (max: number) =>
  z
    .custom<Uint8Array>(isBytes, { message: 'bytes_expected' })
    .refine((bytes) => bytes.byteLength <= max, { message: 'too_big' });

/** True when a value holds a byte array anywhere inside (plain objects and arrays only). */
export function hasBytes(value: unknown, depth = 0): boolean {
  if (isBytes(value)) return true;
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => hasBytes(item, depth + 1));
}
