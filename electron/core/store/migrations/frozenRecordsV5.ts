import { z } from 'zod';

/**
 * The records as schema versions 3 to 6 stored them, frozen here so that a later change to
 * the input schemas in shared/ can never change how an old file is read. Structural on
 * purpose: text is any string and lengths are not checked, so a form rule tightened later
 * (a shorter name, a stricter e-mail) never turns a file written under the old rule into a
 * "damaged" one. Enums stay closed: the code has to understand every value it reads.
 */
const Id = z.string().min(1);
const Text = z.string();
const Stamp = z.string();
const Theme = z.enum([
  'culture',
  'youth',
  'citizenship',
  'economy',
  'sustainability',
  'publicServices',
  'inclusion',
  'solidarity',
  'sport',
  'tourism',
  'education',
  'health',
  'environment',
  'democracy',
  'climate',
  'migration',
  'digital',
]);
const Status = z.enum(['prospect', 'exploring', 'negotiating', 'active', 'dormant', 'ended']);
const Coordinates = z.object({ lat: z.number(), lon: z.number() });
const Language = z.string();

export const PlaceV5 = z.object({
  name: Text,
  country: z.string(),
  region: Text,
  population: z.number().nullable(),
  coordinates: Coordinates.nullable(),
  geonameId: z.number().nullable(),
  source: z.enum(['geonames', 'manual']),
});

const ContactV5 = z.object({
  id: Id,
  name: Text,
  role: Text,
  languages: z.array(Language),
  email: Text,
  phone: Text,
});

export const PartnershipV5 = z.object({
  id: Id,
  kind: z.enum(['partnership', 'friendship', 'contact', 'project']),
  partners: z.array(
    z.object({ id: Id, place: PlaceV5, languages: z.array(Language), contacts: z.array(ContactV5) }),
  ),
  status: Status,
  statusHistory: z.array(z.object({ status: Status, date: z.string(), note: Text })),
  signings: z.array(z.object({ id: Id, date: z.string(), place: Text, note: Text })),
  resolutions: z.array(z.object({ id: Id, council: Id, number: Text, date: z.string() })),
  languages: z.array(Language),
  themes: z.array(Theme),
  objectives: z.array(
    z.object({
      id: Id,
      statement: Text,
      theme: Theme,
      indicator: Text,
      target: Text,
      agreedOn: z.string().nullable(),
    }),
  ),
  health: z.array(z.object({ key: z.int().min(1).max(10), done: z.boolean(), evidence: Text })),
  timeline: z.array(
    z.object({
      id: Id,
      date: z.string(),
      kind: z.enum(['visit', 'exchange', 'meeting', 'letter', 'other']),
      title: Text,
      note: Text,
    }),
  ),
  notes: Text,
  createdAt: Stamp,
  updatedAt: Stamp,
});

const ClauseKey = z.enum([
  'parties',
  'preamble',
  'objectives',
  'areas',
  'governance',
  'finance',
  'approval',
  'duration',
  'languages',
]);
const LabelKey = z.enum(['title', 'article', 'page', 'doneAt', 'forParty', 'signature', 'seal']);
const Party = z.object({
  name: Text,
  country: z.string(),
  region: Text,
  coatOfArms: z.object({ file: z.string(), mime: z.enum(['image/png', 'image/jpeg']) }).nullable(),
  signatories: z.array(z.object({ id: Id, name: Text, office: z.record(Language, Text) })),
  resolution: z.object({ number: Text, date: z.string().nullable() }),
});
const Ceremony = z.object({ place: Text, date: z.string().nullable() });
const Content = z.object({
  languages: z.tuple([Language, Language]),
  layout: z.enum(['side-by-side', 'sequential']),
  paper: z.enum(['A4', 'LETTER']),
  parties: z.tuple([Party, Party]),
  signing: z.object({ separate: z.boolean(), ceremonies: z.tuple([Ceremony, Ceremony]) }),
  texts: z.record(
    Language,
    z.object({
      basedOn: z.enum(['en', 'ro', 'fr', 'de']),
      labels: z.record(LabelKey, Text),
      clauses: z.record(ClauseKey, z.object({ heading: Text, body: Text })),
    }),
  ),
});
const VersionStatus = z.enum(['sent', 'signed']);

export const AgreementV5 = z.object({
  id: Id,
  partnershipId: Id,
  draft: Content,
  versions: z.array(
    z.object({
      number: z.int().min(1),
      status: VersionStatus,
      content: Content,
      history: z.array(z.object({ status: VersionStatus, at: Stamp })),
    }),
  ),
  createdAt: Stamp,
  updatedAt: Stamp,
});

export const ShortlistEntryV5 = z.object({
  id: Id,
  place: PlaceV5,
  themes: z.array(Theme),
  notes: Text,
  status: z.enum(['considering', 'contacted', 'declined', 'chosen']),
  scoreWhenAdded: z.number().nullable(),
  partnershipId: Id.nullable(),
  createdAt: Stamp,
  updatedAt: Stamp,
});

export const SettingsV5 = z.object({
  locale: z.enum(['en', 'ro', 'fr', 'de']).nullable(),
  dormantAfterMonths: z.int().min(1),
});

export const MunicipalityV5 = z.object({
  name: Text,
  country: z.string(),
  region: Text,
  population: z.number().nullable(),
  languages: z.array(Language),
  coordinates: Coordinates.nullable(),
});

export const CommitteeInfoV5 = z.object({
  name: Text,
  legalForm: z.enum(['association', 'municipal-department', 'foundation', 'other']),
  address: Text,
  email: Text,
  registrationNumber: Text,
});

export const MemberV5 = z.object({
  id: Id,
  name: Text,
  role: z.enum(['chair', 'secretary', 'treasurer', 'member']),
  email: Text,
  phone: Text,
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  createdAt: Stamp,
  updatedAt: Stamp,
});
