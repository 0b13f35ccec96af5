import { defaultBase, libraryText } from './clauses';
import type {
  AgreementContent,
  AgreementParty,
  AgreementText,
  CharterObjective,
  Designation,
  Resolution,
} from './model';

/** What a new agreement starts from: the two towns as the partnership records them. */
export interface SeedParty {
  name: string;
  country: string;
  region: string;
  languages: readonly string[];
  designation?: Designation;
  resolution?: Resolution | null;
  signatories?: readonly { name: string; office?: string }[];
}

export interface AgreementSeed {
  parties: readonly [SeedParty, SeedParty];
  objectives: readonly CharterObjective[];
  signedOn?: string | null;
}

/** The two towns' first languages; a second one when they share their first (links inside one country). */
export function defaultLanguages(a: SeedParty, b: SeedParty): [string, string] {
  const first = a.languages[0] ?? 'en';
  const second =
    b.languages.find((l) => l !== first) ??
    a.languages.find((l) => l !== first) ??
    (first === 'en' ? 'fr' : 'en');
  return [first, second];
}

/** A language's text as the library writes it; an empty text for a language it does not have. */
export function startText(lang: string): AgreementText {
  return libraryText(defaultBase(lang));
}

/** Every French municipality is legally a commune; elsewhere a town until the secretary says more. */
export function defaultDesignation(country: string): Designation {
  return country === 'FR' ? 'commune' : 'town';
}

function party(seed: SeedParty, languages: readonly string[], newId: () => string): AgreementParty {
  const signatories = (seed.signatories ?? [{ name: '' }]).map((s) => ({
    id: newId(),
    name: s.name,
    office: Object.fromEntries(languages.map((l) => [l, s.office ?? ''])),
  }));
  return {
    name: seed.name,
    country: seed.country,
    region: seed.region,
    designation: seed.designation ?? defaultDesignation(seed.country),
    names: {},
    coatOfArms: null,
    signatories,
    resolution: seed.resolution ?? { number: '', date: null },
  };
}

export function seedContent(seed: AgreementSeed, newId: () => string): AgreementContent {
  const [a, b] = seed.parties;
  const languages = defaultLanguages(a, b);
  return {
    languages,
    layout: 'side-by-side',
    paper: 'A4',
    parties: [party(a, languages, newId), party(b, languages, newId)],
    signing: {
      separate: false,
      ceremonies: [
        { place: a.name, date: seed.signedOn ?? null, places: {} },
        { place: b.name, date: null, places: {} },
      ],
    },
    texts: Object.fromEntries(languages.map((l) => [l, startText(l)])),
    objectives: [...seed.objectives],
    originals: 'first',
  };
}
