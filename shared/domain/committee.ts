import { z } from 'zod';
import {
  Coordinates,
  CountryCode,
  Id,
  IsoDate,
  LanguageCode,
  OptionalEmail,
  OptionalPhone,
  Rev,
  Timestamp,
  requiredText,
  text,
} from './common';

export const Municipality = z.object({
  name: requiredText(120),
  country: CountryCode,
  region: text(120),
  population: z.int().min(0).max(50_000_000).nullable(),
  languages: z.array(LanguageCode).min(1).max(10),
  coordinates: Coordinates.nullable(),
});
export type Municipality = z.infer<typeof Municipality>;

export const LegalForm = z.enum(['association', 'municipal-department', 'foundation', 'other']);
export type LegalForm = z.infer<typeof LegalForm>;

export const CommitteeInfo = z.object({
  name: requiredText(200),
  legalForm: LegalForm,
  address: text(500),
  email: OptionalEmail,
  registrationNumber: text(100),
});
export type CommitteeInfo = z.infer<typeof CommitteeInfo>;

/**
 * What the home-town and committee forms send and get back: `rev` is the revision the form was
 * loaded at (none before the first save), so a save over a newer change is refused as CONFLICT
 * instead of overwriting it, as every other edit is (docs/records.md).
 */
export const MunicipalityEdit = Municipality.extend({ rev: Rev.optional() });
export type MunicipalityEdit = z.infer<typeof MunicipalityEdit>;
export const SavedMunicipality = Municipality.extend({ rev: Rev });
export type SavedMunicipality = z.infer<typeof SavedMunicipality>;
export const CommitteeInfoEdit = CommitteeInfo.extend({ rev: Rev.optional() });
export type CommitteeInfoEdit = z.infer<typeof CommitteeInfoEdit>;
export const SavedCommitteeInfo = CommitteeInfo.extend({ rev: Rev });
export type SavedCommitteeInfo = z.infer<typeof SavedCommitteeInfo>;

export const MemberRole = z.enum(['chair', 'secretary', 'treasurer', 'member']);
export type MemberRole = z.infer<typeof MemberRole>;

/**
 * How the member is addressed, so French titles agree ("Présidente" for Ms, "Président" for Mr).
 * 'none' keeps the neutral or masculine form. Stored members may lack it (records from before
 * it existed), which reads as 'none'; the form always sends it.
 */
export const FormOfAddress = z.enum(['ms', 'mr', 'none']);
export type FormOfAddress = z.infer<typeof FormOfAddress>;

const memberFields = {
  name: requiredText(120),
  role: MemberRole,
  email: OptionalEmail,
  phone: OptionalPhone,
  termStart: IsoDate.nullable(),
  termEnd: IsoDate.nullable(),
};

const termInOrder = (m: { termStart: string | null; termEnd: string | null }) =>
  m.termStart === null || m.termEnd === null || m.termStart <= m.termEnd;
const termIssue = { message: 'term_end_before_start', path: ['termEnd'] };

export const MemberDraft = z
  .object({ id: Id.optional(), rev: Rev.optional(), ...memberFields, address: FormOfAddress.default('none') })
  .refine(termInOrder, termIssue);
export type MemberDraft = z.infer<typeof MemberDraft>;

export const Member = z
  .object({
    id: Id,
    ...memberFields,
    address: FormOfAddress.optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    rev: Rev,
  })
  .refine(termInOrder, termIssue);
export type Member = z.infer<typeof Member>;

export const CommitteeProfile = z.object({
  municipality: SavedMunicipality.nullable(),
  committee: SavedCommitteeInfo.nullable(),
  members: z.array(Member),
});
export type CommitteeProfile = z.infer<typeof CommitteeProfile>;
