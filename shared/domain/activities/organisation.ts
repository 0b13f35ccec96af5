import { z } from 'zod';
import { CountryCode, Id, OptionalEmail, OptionalPhone, requiredText, text } from '../common';

/** The local bodies that take part in activities (key 2: involve the whole community). */
export const OrganisationKind = z.enum([
  'school',
  'club',
  'association',
  'publicBody',
  'church',
  'business',
  'other',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

const organisationFields = {
  name: requiredText(200),
  kind: OrganisationKind,
  town: text(120),
  country: CountryCode.nullable(),
  contactName: text(120),
  email: OptionalEmail,
  phone: OptionalPhone,
  notes: text(2000),
};

export const Organisation = z.object({ id: Id, ...organisationFields });
export type Organisation = z.infer<typeof Organisation>;

/** `id` names an existing organisation to edit; a new one gets its id from the core. */
export const OrganisationDraft = z.object({ id: Id.optional(), ...organisationFields }).strict();
export type OrganisationDraft = z.infer<typeof OrganisationDraft>;
