import { z } from 'zod';

/**
 * Why a field holds sensitive personal data. The Personal data screen finds these fields
 * through the registry (not a hand-kept list), so a field added later cannot be forgotten
 * by export, erasure or the deletion offered after an activity.
 */
export const SensitivePurpose = z.enum(['diet', 'health', 'access', 'emergencyContact', 'minorCheck']);
export type SensitivePurpose = z.infer<typeof SensitivePurpose>;

export const sensitive = z.registry<{ purpose: SensitivePurpose }, z.ZodType>();

/** Marks a field schema as sensitive; register it last, since wrapping makes a new schema. */
export function markSensitive<T extends z.ZodType>(schema: T, purpose: SensitivePurpose): T {
  sensitive.add(schema as z.ZodType, { purpose });
  return schema;
}

export interface SensitiveField {
  key: string;
  purpose: SensitivePurpose;
}

/** The sensitive keys of an object schema, in the order the schema declares them. */
export function sensitiveFields(schema: { shape: Readonly<Record<string, z.ZodType>> }): SensitiveField[] {
  const found: SensitiveField[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const meta = sensitive.get(field);
    if (meta) found.push({ key, purpose: meta.purpose });
  }
  return found;
}
