import fc from 'fast-check';
import type { z } from 'zod';

/** Strings that pass common field formats, mixed in so generated inputs often get past the first check. */
const plausibleStrings = fc.constantFrom(
  '',
  ' ',
  'abc',
  'Ana Popescu',
  'RO',
  'ro',
  'EUR',
  'ana@example.org',
  '2026-05-09',
  '2026-02-30',
  '2026-11-20T09:00:00.000Z',
  'store-2026-11-20T09-00-00-000Z-manual.json',
  '../store.json',
  '__proto__',
  'constructor',
  'prototype',
  'x'.repeat(5000),
  '\u0000',
  'Șțăîâ',
);

const pollutingKeys = fc.constantFrom('__proto__', 'constructor', 'prototype');

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
}

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
}

// zod 4 keeps a schema's definition on `_zod.def`; reading it needs no private API.
const defOf = (schema: z.ZodType) => (Reflect.get(schema, '_zod') as { def: Def }).def;

/** A string that meets the schema's own format, length and pattern checks. */
function conformingString(def: Def): fc.Arbitrary<string> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 60;
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const pattern = checks.find((c) => c.pattern)?.pattern;
  let base: fc.Arbitrary<string>;
  if (def.format === 'email') base = fc.emailAddress();
  else if (pattern) base = fc.stringMatching(pattern);
  else base = fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 60) });
  return base.filter((v) => v.length >= min && v.length <= max && v.trim().length >= min);
}

function conformingNumber(def: Def): fc.Arbitrary<number> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1000;
  const max = checks.find((c) => c.check === 'less_than')?.value ?? 1_000_000;
  return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
}

/**
 * Inputs shaped like the schema (right keys, plausible values) but with every leaf free
 * to be wrong, so the fuzzer reaches both the validator's corners and the handlers.
 */
export function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const junk = depth > 4 ? fc.constant(null) : fc.anything({ maxDepth: 2 });
  const def = defOf(schema);
  const valid = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'object': {
        const shape = Reflect.get(schema, 'shape') as Record<string, z.ZodType>;
        const keys = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shaped(v, depth + 1)]));
        const base = fc.record(keys, {
          requiredKeys: Object.keys(shape).filter((k) => defOf(shape[k]!).type !== 'optional'),
        });
        return fc.oneof(
          { weight: 4, arbitrary: base },
          {
            weight: 1,
            arbitrary: fc.tuple(base, pollutingKeys, fc.anything({ maxDepth: 1 })).map(([o, k, v]) =>
              Object.defineProperty({ ...(o as object) }, k, {
                value: v,
                enumerable: true,
                configurable: true,
                writable: true,
              }),
            ),
          },
        );
      }
      case 'string':
        return fc.oneof(
          { weight: 3, arbitrary: conformingString(def) },
          plausibleStrings,
          fc.string({ maxLength: 80 }),
        );
      case 'number':
        return fc.oneof(
          { weight: 3, arbitrary: conformingNumber(def) },
          fc.double(),
          fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER + 2),
        );
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? { a: 'a' }));
      case 'literal':
        return fc.constantFrom(...(def.values ?? [null]));
      case 'null':
        return fc.constant(null);
      case 'nullable':
        return fc.option(shaped(def.innerType!, depth + 1), { nil: null });
      case 'optional':
        return fc.option(shaped(def.innerType!, depth + 1), { nil: undefined });
      case 'default':
      case 'readonly':
      case 'catch':
        return shaped(def.innerType!, depth + 1);
      case 'pipe':
        return shaped(def.in!, depth + 1);
      case 'lazy':
        return depth > 4 ? fc.constant(null) : shaped(def.getter!(), depth + 1);
      case 'array':
        return fc.array(shaped(def.element!, depth + 1), { maxLength: depth > 2 ? 1 : 4 });
      case 'tuple':
        return fc.tuple(...(def.items ?? []).map((item) => shaped(item, depth + 1)));
      case 'union':
        return fc.oneof(...(def.options ?? []).map((option) => shaped(option, depth + 1)));
      case 'record':
        return fc.dictionary(
          fc.oneof(fc.string({ maxLength: 10 }), pollutingKeys),
          shaped(def.valueType!, depth + 1),
          { maxKeys: 3 },
        );
      default:
        return junk;
    }
  })();
  // Deep leaves are rarely junk, so whole objects often pass validation and reach handlers.
  return fc.oneof({ weight: depth === 0 ? 4 : 20, arbitrary: valid }, { weight: 1, arbitrary: junk });
}
