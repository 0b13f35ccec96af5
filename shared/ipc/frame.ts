import { isBytes } from './bytes';

/**
 * Browser mode's binary body: a JSON envelope and the raw bytes it refers to, in one request
 * or response. Layout: a 4-byte big-endian length N, N bytes of UTF-8 JSON
 * `{ "value": …, "parts": [length, …] }` where each byte array of the value became
 * `{ "$bytes": index }`, then the parts, one after the other. Nothing is base64.
 */
export const FRAME_TYPE = 'application/vnd.twinning.frame';

const MAX_DEPTH = 64;
const PLACEHOLDER = '$bytes';

/** defineProperty, not assignment: a key named __proto__ stays a plain key. */
function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

export function encodeFrame(value: unknown): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const strip = (node: unknown, depth: number): unknown => {
    if (isBytes(node)) return { [PLACEHOLDER]: parts.push(node) - 1 };
    if (depth >= MAX_DEPTH || node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item) => strip(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) setKey(out, key, strip(item, depth + 1));
    return out;
  };
  const head = new TextEncoder().encode(
    JSON.stringify({ value: strip(value, 0), parts: parts.map((p) => p.byteLength) }),
  );
  const frame = new Uint8Array(4 + head.byteLength + parts.reduce((sum, p) => sum + p.byteLength, 0));
  new DataView(frame.buffer).setUint32(0, head.byteLength);
  frame.set(head, 4);
  let at = 4 + head.byteLength;
  for (const part of parts) {
    frame.set(part, at);
    at += part.byteLength;
  }
  return frame;
}

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads a frame back; the byte arrays it returns are views into `frame`. */
export function decodeFrame(frame: Uint8Array): Decoded {
  if (frame.byteLength < 4) return { ok: false, reason: 'The frame is shorter than its header' };
  const headLength = new DataView(frame.buffer, frame.byteOffset, 4).getUint32(0);
  if (4 + headLength > frame.byteLength) return { ok: false, reason: 'The frame header is cut short' };
  let head: { value?: unknown; parts?: unknown };
  try {
    head = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(4, 4 + headLength)));
  } catch {
    return { ok: false, reason: 'The frame header is not JSON' };
  }
  const lengths = head?.parts;
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isInteger(n) && n >= 0))
    return { ok: false, reason: 'The frame does not list its parts' };
  const parts: Uint8Array[] = [];
  let at = 4 + headLength;
  for (const length of lengths as number[]) {
    parts.push(frame.subarray(at, at + length));
    at += length;
  }
  if (at !== frame.byteLength) return { ok: false, reason: 'The frame parts do not add up to its length' };
  let bad = false;
  const revive = (node: unknown, depth: number): unknown => {
    if (depth >= MAX_DEPTH || node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item) => revive(item, depth + 1));
    const keys = Object.keys(node);
    if (keys.length === 1 && keys[0] === PLACEHOLDER) {
      const index = (node as Record<string, unknown>)[PLACEHOLDER];
      const part = typeof index === 'number' ? parts[index] : undefined;
      if (!part) bad = true;
      return part;
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) setKey(out, key, revive(item, depth + 1));
    return out;
  };
  const value = revive(head.value, 0);
  return bad ? { ok: false, reason: 'The frame refers to a part it does not hold' } : { ok: true, value };
}
