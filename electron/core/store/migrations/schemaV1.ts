import { z } from 'zod';

/**
 * The store file as schema version 1 wrote it, frozen here so the migration to 2 keeps
 * parsing old files exactly even as the live schemas in shared/domain change.
 * Deliberately self-contained: only zod, no imports from shared/domain.
 */
const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Timestamp = z.string().datetime();

const MunicipalityV1 = z.object({
  name: z.string().trim().min(1).max(120),
  country: z.string().regex(/^[A-Z]{2}$/),
  region: z.string().trim().max(120),
  population: z.int().min(0).max(50_000_000).nullable(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .min(1)
    .max(10),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
});

const CommitteeInfoV1 = z.object({
  name: z.string().trim().min(1).max(200),
  legalForm: z.enum(['association', 'municipal-department', 'foundation', 'other']),
  address: z.string().trim().max(500),
  email: z.union([z.literal(''), z.email().max(254)]),
  registrationNumber: z.string().trim().max(100),
});

const MemberV1 = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  role: z.enum(['chair', 'secretary', 'treasurer', 'member']),
  email: z.union([z.literal(''), z.email().max(254)]),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/),
  termStart: IsoDate.nullable(),
  termEnd: IsoDate.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const StoreV1 = z.object({
  schemaVersion: z.literal(1),
  revision: z.number().int().min(0),
  settings: z.object({ locale: z.enum(['en', 'ro', 'fr', 'de']).nullable() }),
  committee: z.object({
    municipality: MunicipalityV1.nullable(),
    committee: CommitteeInfoV1.nullable(),
    members: z.array(MemberV1),
  }),
});
export type StoreV1 = z.infer<typeof StoreV1>;
