import { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}
// zod 4 keeps a schema's definition on `_zod.def`, and clone(def) keeps its checks and refinements.
const defOf = (schema: z.ZodType) => (Reflect.get(schema, '_zod') as { def: Def }).def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * The same schema with every object inside it strict: an unknown key is refused, never
 * silently dropped (a misspelt field, a client sending what it should not). Domain schemas
 * stay as they are, because the stored file is read with them too; only what comes in from
 * the window is held to this.
 */
export function deepStrict<T extends z.ZodType>(schema: T, done = new Map<z.ZodType, z.ZodType>()): T {
  const known = done.get(schema);
  if (known) return known as T;
  const def = defOf(schema);
  const strict = <S extends z.ZodType>(s: S) => deepStrict(s, done);
  const clone = (next: Partial<Def>) => schema.clone({ ...def, ...next } as never) as T;
  let result: T;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, s]) => [k, strict(s)]));
      result = clone({ shape, catchall: z.never() } as Partial<Def>);
      break;
    }
    case 'array':
      result = clone({ element: strict(def.element!) });
      break;
    case 'tuple':
      result = clone({ items: (def.items ?? []).map(strict), rest: def.rest ? strict(def.rest) : null });
      break;
    case 'union':
      result = clone({ options: (def.options ?? []).map(strict) });
      break;
    case 'intersection':
      result = clone({ left: strict(def.left!), right: strict(def.right!) });
      break;
    case 'record':
      result = clone({ valueType: strict(def.valueType!) });
      break;
    case 'pipe':
      result = clone({ in: strict(def.in!), out: strict(def.out!) });
      break;
    default:
      result = WRAPPERS.has(def.type) && def.innerType ? clone({ innerType: strict(def.innerType) }) : schema;
  }
  done.set(schema, result);
  return result;
}

/** Every channel's input made deeply strict; outputs are the core's own and stay as they are. */
export function withStrictInputs<C extends Record<string, { input: z.ZodType; output: z.ZodType }>>(
  channels: C,
): C {
  return Object.fromEntries(
    Object.entries(channels).map(([name, c]) => [name, { ...c, input: deepStrict(c.input) }]),
  ) as C;
}
