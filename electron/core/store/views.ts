import type { CommitteeProfile } from '../../../shared/domain/committee';
import type { Settings } from '../../../shared/domain/settings';
import type { StoreData } from './schema';

/** Readers' views of the singletons and of the committee profile the window shows as one. */
export function settingsOf(db: Readonly<StoreData>): Settings {
  const record = db.settings[0];
  if (!record) throw new Error('The store holds no settings record');
  return { locale: record.locale, dormantAfterMonths: record.dormantAfterMonths };
}

export function committeeOf(db: Readonly<StoreData>): CommitteeProfile {
  const m = db.municipality[0];
  const c = db.committeeInfo[0];
  return {
    municipality: m
      ? {
          name: m.name,
          country: m.country,
          region: m.region,
          population: m.population,
          languages: m.languages,
          coordinates: m.coordinates,
          rev: m.rev,
        }
      : null,
    committee: c
      ? {
          name: c.name,
          legalForm: c.legalForm,
          address: c.address,
          email: c.email,
          registrationNumber: c.registrationNumber,
          rev: c.rev,
        }
      : null,
    members: db.members,
  };
}
