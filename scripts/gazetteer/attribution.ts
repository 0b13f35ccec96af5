import type { GazetteerMeta } from '../../electron/core/data/places/format';

/** ATTRIBUTION.md for resources/data/places, generated with the data so the versions never drift. */
export function attributionText(meta: GazetteerMeta): string {
  return `# Gazetteer data: attribution

The files in this folder (\`places.tsv\`, \`keys.txt\`, the \`.bin\` indexes, \`regions.json\`,
\`meta.json\`) are derived from the [GeoNames](https://www.geonames.org/) geographical database,
which is licensed under the
[Creative Commons Attribution 4.0 License (CC BY 4.0)](https://creativecommons.org/licenses/by/4.0/).
The data is provided "as is" without warranty or any representation of accuracy, timeliness or
completeness.

- Places: GeoNames \`cities500\` (populated places with 500 or more inhabitants, and seats of
  administrative divisions), as shipped in the npm package \`${meta.sourcePackage}\`. The newest
  modification date in that file is **${meta.sourceDate}**.
- Region (admin1) and district (admin2) names: GeoNames \`admin1CodesASCII.txt\` and
  \`admin2Codes.txt\`, as shipped in the npm package \`${meta.adminNamesPackage}\` (CC BY 4.0).
- Countries: ${meta.countries.join(', ')}.
- ${meta.places} places, ${meta.alternateNames} alternate names.

## Changes made to the GeoNames data

Produced by \`npm run data:places\` (\`scripts/build-gazetteer.ts\`):

- only the countries listed above; historical, abandoned and destroyed places (PPLH, PPLQ,
  PPLW, PPLCH) are left out;
- alternate names are limited to the Latin, Greek and Cyrillic scripts; airport codes,
  names with digits or slashes, and GeoNames' all-lower-case machine transliterations are
  dropped; spellings that differ only by case or accents are kept once (with accents);
- Romanian and Moldovan names are written with ș and ț (comma below) instead of the cedilla
  forms ş and ţ; ţ is corrected everywhere, ş in names of Romanian and Moldovan places (but not
  in plainly Turkish ones such as "Bükreş") and in names that are recognisably Romanian elsewhere;
- Romanian and Moldovan places named without diacritics take the diacritic spelling from their
  alternate names ("Chisinau" → "Chișinău");
- sixteen large cities that GeoNames names by their English exonym are shown under their local
  name ("Bucharest" → "București", "Munich" → "München"); the exonym remains an alternate name;
- the search keys and indexes are derived from the names (lower case, accents removed).
`;
}
