import type { AgreementContent, Ceremony, CharterObjective } from '../../../shared/domain/agreement/model';
import { seedContent, type SeedParty } from '../../../shared/domain/agreement/seed';
import type { Municipality } from '../../../shared/domain/committee';
import type { Partnership, PartnerTown } from '../../../shared/domain/partnership';

/** The partnership's objectives as the charter lists them, with their texts per language. */
export function charterObjectives(p: Partnership): CharterObjective[] {
  return p.objectives.map((o) => ({ id: o.id, statement: o.statement, texts: { ...o.texts } }));
}

/** Roles that name the person who signs for a town, in the languages committees write them in. */
const SIGNING_ROLE =
  /mayor|maire|primar|bürgermeister|burgermeister|burmistrz|wójt|polgármester|sindaco|alcalde|starost|župan|starosta|kmet|δήμαρχ|кмет|мэр|мер/i;

function latest<T extends { date: string }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

function resolutionOf(p: Partnership, council: string) {
  const r = latest(p.resolutions.filter((x) => x.council === council));
  return r ? { number: r.number, date: r.date } : null;
}

function homeParty(p: Partnership, home: Municipality | null, fallbackCountry: string): SeedParty {
  return {
    name: home?.name ?? '',
    country: home?.country ?? fallbackCountry,
    region: home?.region ?? '',
    languages: home?.languages ?? p.languages,
    resolution: resolutionOf(p, 'home'),
    signatories: [{ name: '' }],
  };
}

function partnerParty(p: Partnership, town: PartnerTown): SeedParty {
  const signers = town.contacts.filter((c) => SIGNING_ROLE.test(c.role)).slice(0, 2);
  return {
    name: town.place.name,
    country: town.place.country,
    region: town.place.region,
    languages: town.languages.length > 0 ? town.languages : p.languages,
    resolution: resolutionOf(p, town.id),
    signatories: signers.length > 0 ? signers.map((c) => ({ name: c.name, office: c.role })) : [{ name: '' }],
  };
}

/** Ceremonies from the recorded signings: one shared, one per town, or the towns' names to fill in. */
function signing(p: Partnership, names: readonly [string, string]): AgreementContent['signing'] {
  const sorted = [...p.signings].sort((a, b) => a.date.localeCompare(b.date));
  const ceremony = (s: { place: string; date: string } | undefined, name: string): Ceremony => ({
    place: s?.place || name,
    date: s?.date ?? null,
    places: {},
  });
  if (sorted.length === 1)
    return { separate: false, ceremonies: [ceremony(sorted[0], names[0]), ceremony(sorted[0], names[1])] };
  const atHome = sorted.find((s) => s.place === names[0]) ?? sorted[0];
  const atPartner =
    sorted.find((s) => s !== atHome && s.place === names[1]) ?? sorted.find((s) => s !== atHome);
  return { separate: true, ceremonies: [ceremony(atHome, names[0]), ceremony(atPartner, names[1])] };
}

/**
 * A first draft of the charter between the committee's town and one partner town, from
 * what the partnership records; every part of it stays editable.
 */
export function proposeAgreement(
  p: Partnership,
  home: Municipality | null,
  newId: () => string,
): AgreementContent {
  const partner = p.partners[0] as PartnerTown;
  const a = homeParty(p, home, partner.place.country);
  const b = partnerParty(p, partner);
  const content = seedContent({ parties: [a, b], objectives: charterObjectives(p) }, newId);
  return { ...content, signing: signing(p, [a.name, b.name]) };
}
