import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract } from '../../../shared/ipc/contract';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}
// zod 4 keeps a schema's definition on `_zod.def`; a strict object's catchall is `never`.
const defOf = (schema: z.ZodType) => (Reflect.get(schema, '_zod') as { def: Def }).def;

/** Every object schema inside an input that lets unknown keys through, with its path. */
function looseObjects(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (s: z.ZodType | null | undefined, at: string) => (s ? looseObjects(s, at, seen) : []);
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      const here = strict ? [] : [path || '(input)'];
      return [...here, ...Object.entries(def.shape ?? {}).flatMap(([key, s]) => inner(s, `${path}.${key}`))];
    }
    case 'array':
      return inner(def.element, `${path}[]`);
    case 'tuple':
      return [
        ...(def.items ?? []).flatMap((s, i) => inner(s, `${path}[${i}]`)),
        ...inner(def.rest, `${path}[…]`),
      ];
    case 'union':
      return (def.options ?? []).flatMap((s, i) => inner(s, `${path}|${i}`));
    case 'intersection':
      return [...inner(def.left, path), ...inner(def.right, path)];
    case 'record':
      return inner(def.valueType, `${path}{}`);
    case 'pipe':
      return [...inner(def.in, path), ...inner(def.out, path)];
    case 'lazy':
      return def.getter ? inner(def.getter(), path) : [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType, path);
    default:
      return [];
  }
}

describe('every input of the contract', () => {
  it('refuses unknown keys in every object, at every depth, as docs/SECURITY.md says', () => {
    const loose = CHANNELS.flatMap((channel) =>
      looseObjects(contract[channel].input, '').map((path) => `${channel} ${path}`),
    );
    expect(loose).toEqual([]);
  });

  it('refuses a member saved with a key the form does not have, instead of dropping it', () => {
    const result = contract['member:save'].input.safeParse({
      name: 'Ana',
      role: 'member',
      email: '',
      phone: '',
      termStart: null,
      termEnd: null,
      isAdmin: true,
    });
    expect(result.success).toBe(false);
  });

  it('keeps every rule the domain schemas carry: a charter in one language twice is still refused', () => {
    const refined = contract['agreement:save'].input.safeParse({
      partnershipId: 'p1',
      content: { languages: ['ro', 'ro'] },
    });
    expect(refined.success).toBe(false);
    if (!refined.success) expect(refined.error.issues.map((i) => i.message)).toContain('same_language');
  });
});
