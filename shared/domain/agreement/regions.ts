/**
 * Region names per language for the regions of the towns in the samples and fixtures,
 * checked by hand (GeoNames' alternate names for regions are not available offline; the
 * gazetteer has English names only). Any other region prints as recorded, or as the
 * secretary types it for each language on the Parties tab.
 * `local` is the region's own name, used by languages without an entry of their own.
 */
interface RegionNames {
  local: string;
  names: Readonly<Record<string, string>>;
}

const ROMANIAN_COUNTY = (local: string, hu: string, de: string): RegionNames => ({
  local,
  names: {
    en: `${local} County`,
    ro: `județul ${local}`,
    fr: `județ de ${local}`,
    de: `Kreis ${de}`,
    hu: `${hu} megye`,
    it: `distretto di ${local}`,
    es: `distrito de ${local}`,
    pt: `distrito de ${local}`,
    pl: `okręg ${local}`,
    cs: `župa ${local}`,
    sk: `župa ${local}`,
    nl: `district ${local}`,
  },
});

const TABLE: Readonly<Record<string, RegionNames>> = {
  'sibiu county': ROMANIAN_COUNTY('Sibiu', 'Szeben', 'Hermannstadt'),
  'cluj county': ROMANIAN_COUNTY('Cluj', 'Kolozs', 'Klausenburg'),
  'timiș county': ROMANIAN_COUNTY('Timiș', 'Temes', 'Temesch'),
  'brașov county': ROMANIAN_COUNTY('Brașov', 'Brassó', 'Kronstadt'),
  'alba county': ROMANIAN_COUNTY('Alba', 'Fehér', 'Alba'),
  bavaria: {
    local: 'Bayern',
    names: {
      en: 'Bavaria',
      de: 'Bayern',
      fr: 'Bavière',
      ro: 'Bavaria',
      hu: 'Bajorország',
      pl: 'Bawaria',
      it: 'Baviera',
      es: 'Baviera',
      pt: 'Baviera',
      cs: 'Bavorsko',
      sk: 'Bavorsko',
      nl: 'Beieren',
      hr: 'Bavarska',
      sl: 'Bavarska',
      bg: 'Бавария',
      el: 'Βαυαρία',
      sv: 'Bayern',
      da: 'Bayern',
      fi: 'Baijeri',
      et: 'Baieri',
      lv: 'Bavārija',
      lt: 'Bavarija',
    },
  },
  'baden-württemberg': { local: 'Baden-Württemberg', names: {} },
  saxony: {
    local: 'Sachsen',
    names: {
      en: 'Saxony',
      de: 'Sachsen',
      fr: 'Saxe',
      ro: 'Saxonia',
      hu: 'Szászország',
      pl: 'Saksonia',
      it: 'Sassonia',
      es: 'Sajonia',
      pt: 'Saxónia',
      cs: 'Sasko',
      sk: 'Sasko',
      nl: 'Saksen',
      hr: 'Saska',
      sl: 'Saška',
      bg: 'Саксония',
      el: 'Σαξονία',
      sv: 'Sachsen',
      da: 'Sachsen',
      fi: 'Saksi',
      et: 'Saksimaa',
      lv: 'Saksija',
      lt: 'Saksonija',
    },
  },
  hesse: {
    local: 'Hessen',
    names: {
      en: 'Hesse',
      fr: 'Hesse',
      ro: 'Hessa',
      it: 'Assia',
      es: 'Hesse',
      pl: 'Hesja',
      cs: 'Hesensko',
      sk: 'Hesensko',
      bg: 'Хесен',
      el: 'Έσση',
      fi: 'Hessen',
      et: 'Hessen',
      lv: 'Hesene',
      lt: 'Hesenas',
    },
  },
  brittany: {
    local: 'Bretagne',
    names: {
      en: 'Brittany',
      ro: 'Bretania',
      hu: 'Bretagne',
      pl: 'Bretania',
      it: 'Bretagna',
      es: 'Bretaña',
      pt: 'Bretanha',
      cs: 'Bretaň',
      sk: 'Bretónsko',
      de: 'Bretagne',
      hr: 'Bretanja',
      sl: 'Bretanja',
      bg: 'Бретан',
      el: 'Βρετάνη',
      fi: 'Bretagne',
      et: 'Bretagne',
      lv: 'Bretaņa',
      lt: 'Bretanė',
    },
  },
  'hauts-de-france': { local: 'Hauts-de-France', names: {} },
  'bourgogne-franche-comté': { local: 'Bourgogne-Franche-Comté', names: {} },
  'île-de-france': { local: 'Île-de-France', names: {} },
  'grand est': { local: 'Grand Est', names: {} },
  'west yorkshire': { local: 'West Yorkshire', names: {} },
  'lesser poland': {
    local: 'Małopolska',
    names: {
      en: 'Lesser Poland',
      de: 'Kleinpolen',
      fr: 'Petite-Pologne',
      ro: 'Polonia Mică',
      hu: 'Kis-Lengyelország',
      cs: 'Malopolsko',
      sk: 'Malopoľsko',
      fi: 'Vähä-Puola',
      et: 'Väike-Poola',
      lv: 'Mazpolija',
      lt: 'Mažoji Lenkija',
    },
  },
  'lower silesia': {
    local: 'Dolny Śląsk',
    names: {
      en: 'Lower Silesia',
      de: 'Niederschlesien',
      fr: 'Basse-Silésie',
      ro: 'Silezia Inferioară',
      cs: 'Dolní Slezsko',
      sk: 'Dolné Sliezsko',
      fi: 'Ala-Sleesia',
      et: 'Alam-Sileesia',
      lv: 'Lejassilēzija',
      lt: 'Žemutinė Silezija',
    },
  },
};

const key = (region: string) =>
  region.trim().toLocaleLowerCase('en').replace('baden-wurttemberg', 'baden-württemberg');

/** The region as `lang` writes it; recorded names not in the table print as recorded. */
export function regionIn(region: string, lang: string): string {
  const found = TABLE[key(region)] ?? TABLE[`${key(region)} county`];
  if (!found) return region.trim();
  return found.names[lang] ?? found.local;
}

/** Whether the table knows this region (the Parties tab says so, or asks for a name per language). */
export function knownRegion(region: string): boolean {
  return TABLE[key(region)] !== undefined || TABLE[`${key(region)} county`] !== undefined;
}
