import type { Migration, MigrationContext } from './index';
import { StoreV5, type AgreementContentV5 } from './schemaV5';

/**
 * Version 6 keeps files in the one attachment store (attachments/, each named by the SHA-256
 * of its bytes). The shape does not change; each coat of arms is renamed from images/'s
 * `arms-<uuid>` to the name its bytes got when the store was opened (openStore copies the
 * files first and keeps the old-to-new names in attachments/legacy-names.json). A name with no
 * file behind it stays as it was: printing then says that coat of arms is missing.
 */
export const attachmentsMigration: Migration = {
  to: 6,
  name: 'attachments',
  up(raw, context?: MigrationContext) {
    const db = StoreV5.parse(raw);
    const rename = (content: AgreementContentV5): AgreementContentV5 => ({
      ...content,
      parties: content.parties.map((party) => {
        const renamed = party.coatOfArms && context?.legacyImages.get(party.coatOfArms.file);
        return renamed && party.coatOfArms
          ? { ...party, coatOfArms: { ...party.coatOfArms, file: renamed } }
          : party;
      }) as AgreementContentV5['parties'],
    });
    return {
      ...db,
      schemaVersion: 6,
      agreements: db.agreements.map((a) => ({
        ...a,
        draft: rename(a.draft),
        versions: a.versions.map((v) => ({ ...v, content: rename(v.content) })),
      })),
    };
  },
};
