import { isBytes } from '../../../shared/ipc/bytes';

const MAX_DEPTH = 64;

/**
 * Finds the byte arrays in a message so postMessage moves them instead of copying them.
 * A view over part of a larger buffer (a pooled Buffer, a slice of a request body) is copied
 * first: transferring its buffer would detach bytes that belong to someone else. With
 * `owned: false` every byte array is copied, so the sender keeps what it still holds.
 */
export function prepareTransfer<T>(value: T, owned: boolean): { value: T; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const walk = (node: unknown, depth: number): unknown => {
    if (isBytes(node)) {
      const whole =
        owned &&
        node.buffer instanceof ArrayBuffer &&
        node.byteOffset === 0 &&
        node.byteLength === node.buffer.byteLength &&
        !transfer.includes(node.buffer);
      const bytes = whole ? node : new Uint8Array(node);
      transfer.push(bytes.buffer as ArrayBuffer);
      return bytes;
    }
    if (depth >= MAX_DEPTH || node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item) => walk(item, depth + 1));
    if (Object.getPrototypeOf(node) !== Object.prototype) return node;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) out[key] = walk(item, depth + 1);
    return out;
  };
  return { value: walk(value, 0) as T, transfer };
}
