import { z } from 'zod';
import { AgreementV5, MemberV5, PartnershipV5 } from './migrations/frozenRecordsV5';

/**
 * Version 7's records: the v5 shapes plus what the second wave added to them, every new field
 * optional or defaulted, so a file written before the field existed still reads (structural,
 * like the frozen schemas: texts are any string, lengths are not checked). Without these, a
 * field the domain gained would be dropped at the next opening of the store.
 */
const Text = z.string();
const Language = z.string();
const Stamp = z.string();

const StatusChangeV7 = PartnershipV5.shape.statusHistory.element.extend({
  entered: z.literal(true).optional(),
  corrections: z.array(z.object({ at: Stamp, by: Text, date: z.string(), note: Text })).optional(),
});
const ObjectiveV7 = PartnershipV5.shape.objectives.element.extend({
  texts: z.record(Language, Text).default({}),
});
export const PartnershipV7 = PartnershipV5.extend({
  statusHistory: z.array(StatusChangeV7),
  objectives: z.array(ObjectiveV7),
});

const LibraryLanguage = z.enum([
  'en',
  'ro',
  'fr',
  'de',
  'pl',
  'hu',
  'it',
  'es',
  'cs',
  'sk',
  'nl',
  'pt',
  'hr',
  'sl',
  'bg',
  'el',
  'sv',
  'da',
  'no',
  'fi',
  'et',
  'lv',
  'lt',
]);
const ContentV5 = AgreementV5.shape.draft;
const PartyV5 = ContentV5.shape.parties.def.items[0];
const PartyV7 = PartyV5.extend({
  designation: z.enum(['city', 'town', 'commune', 'district']).default('town'),
  names: z.record(Language, z.object({ town: Text.default(''), region: Text.default('') })).default({}),
});
const CeremonyV7 = ContentV5.shape.signing.shape.ceremonies.def.items[0].extend({
  places: z.record(Language, Text).default({}),
});
const ContentV7 = ContentV5.extend({
  parties: z.tuple([PartyV7, PartyV7]),
  signing: z.object({ separate: z.boolean(), ceremonies: z.tuple([CeremonyV7, CeremonyV7]) }),
  texts: z.record(
    Language,
    z.object({
      basedOn: LibraryLanguage.nullable(),
      // Keyed by any label name: texts kept before a label existed simply lack it.
      labels: z.record(z.string(), Text),
      clauses: ContentV5.shape.texts.valueType.shape.clauses,
    }),
  ),
  objectives: z
    .array(z.object({ id: z.string().min(1), statement: Text, texts: z.record(Language, Text).default({}) }))
    .default([]),
  originals: z.enum(['first', 'second', 'both']).default('first'),
});
const VersionV5 = AgreementV5.shape.versions.element;
export const AgreementV7 = AgreementV5.extend({
  draft: ContentV7,
  versions: z.array(VersionV5.extend({ content: ContentV7 })),
});

export const MemberV7 = MemberV5.extend({ address: z.enum(['ms', 'mr', 'none']).optional() });
