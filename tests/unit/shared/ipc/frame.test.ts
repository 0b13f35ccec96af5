import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bytes, hasBytes } from '../../../../shared/ipc/bytes';
import { decodeFrame, encodeFrame } from '../../../../shared/ipc/frame';

const roundTrip = (value: unknown) => {
  const decoded = decodeFrame(encodeFrame(value));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.value;
};

/** What JSON itself makes of a value: -0 is written as 0 (not the frame's doing, so not its test). */
const asJsonReads = (value: unknown): unknown => {
  if (Object.is(value, -0)) return 0;
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(asJsonReads);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJsonReads(v)]));
};

describe('the binary frame of browser mode', () => {
  it('carries bytes beside the JSON fields they belong to, unchanged and still bytes', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255]);
    const value = roundTrip({
      ok: true,
      data: { bytes: pdf, fileName: 'charter.pdf', parts: [new Uint8Array(0)] },
    });
    expect(value).toEqual({
      ok: true,
      data: { bytes: pdf, fileName: 'charter.pdf', parts: [new Uint8Array(0)] },
    });
    expect((value as { data: { bytes: unknown } }).data.bytes).toBeInstanceOf(Uint8Array);
  });

  it('round-trips any JSON value with any byte arrays inside', () => {
    const bytes = fc.uint8Array({ maxLength: 64 });
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        bytes,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(roundTrip(value)).toEqual(asJsonReads(value));
      }),
      { examples: [[{ '': -0 }]] },
    );
  });

  it('keeps a key named __proto__ a plain key instead of changing the prototype', () => {
    const frame = encodeFrame(JSON.parse('{"__proto__": {"polluted": true}, "bytes": {"$bytes": 0}}'));
    const decoded = decodeFrame(frame);
    expect(decoded.ok).toBe(false);
    const value = roundTrip(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['an empty body', new Uint8Array(0)],
    ['a header longer than the body', new Uint8Array([0, 0, 1, 0, 123])],
    ['a header that is not JSON', new Uint8Array([0, 0, 0, 2, 0x7b, 0x7b])],
    [
      'parts that do not add up',
      (() => {
        const frame = encodeFrame({ bytes: new Uint8Array([1, 2, 3]) });
        return frame.subarray(0, frame.length - 1);
      })(),
    ],
  ])('refuses %s with a reason instead of throwing', (_name, frame) => {
    const decoded = decodeFrame(frame);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason.length).toBeGreaterThan(0);
  });

  it('refuses a placeholder for a part the frame does not hold', () => {
    const head = new TextEncoder().encode(JSON.stringify({ value: { bytes: { $bytes: 3 } }, parts: [] }));
    const frame = new Uint8Array(4 + head.length);
    new DataView(frame.buffer).setUint32(0, head.length);
    frame.set(head, 4);
    expect(decodeFrame(frame)).toMatchObject({ ok: false });
  });
});

describe('a byte field in the contract', () => {
  it('accepts a Uint8Array or Buffer within its limit and names anything else', () => {
    const field = Bytes(4);
    expect(field.safeParse(new Uint8Array(4)).success).toBe(true);
    expect(field.safeParse(Buffer.from('abcd')).success).toBe(true);
    expect(field.safeParse(new Uint8Array(5)).error?.issues[0]?.message).toBe('too_big');
    expect(field.safeParse('YWJjZA==').error?.issues[0]?.message).toBe('bytes_expected');
    expect(field.safeParse([1, 2]).success).toBe(false);
  });

  it('finds bytes nested in a value, and only there', () => {
    expect(hasBytes({ a: [{ b: new Uint8Array(1) }] })).toBe(true);
    expect(hasBytes({ a: [{ b: 'x' }], n: 1 })).toBe(false);
  });
});
