import type { AgreementContent } from '../../../../shared/domain/agreement/model';
import { seedContent, type AgreementSeed } from '../../../../shared/domain/agreement/seed';

/** A sample charter: its seed, its edits, and whether it is marked SAMPLE on the page. */
export interface SampleAgreement {
  slug: string;
  seed: AgreementSeed;
  edit(content: AgreementContent): AgreementContent;
  watermark: string | null;
}

function withClause(
  content: AgreementContent,
  lang: string,
  key: keyof AgreementContent['texts'][string]['clauses'],
  body: string,
): AgreementContent {
  const text = content.texts[lang];
  if (!text) return content;
  const clause = { ...text.clauses[key], body };
  return {
    ...content,
    texts: { ...content.texts, [lang]: { ...text, clauses: { ...text.clauses, [key]: clause } } },
  };
}

function prependToClause(
  content: AgreementContent,
  lang: string,
  key: 'preamble',
  paragraph: string,
): AgreementContent {
  const body = content.texts[lang]?.clauses[key]?.body ?? '';
  return withClause(content, lang, key, `${paragraph}\n\n${body}`);
}

/**
 * The first recorded twinning: Keighley "adopted" war-ravaged Poix-du-Nord in 1920/1921 and
 * paid for a hall opened on 5 June 1922; the formal charter came in 1986 (DOMAIN.md). The
 * towns, the 1920 adoption and the 1986 charter are historical; the clauses are the app's
 * generic text, not the 1986 charter's words, so every page says SAMPLE. The council
 * resolutions and the mayors' names of 1986 are not recorded here, so the clauses name the
 * offices and the approval clause gives only the year.
 */
export const keighleyPoix: SampleAgreement = {
  slug: 'keighley-poix-du-nord-sample',
  watermark: 'SAMPLE',
  seed: {
    parties: [
      {
        name: 'Keighley',
        country: 'GB',
        region: 'West Yorkshire',
        languages: ['en'],
        signatories: [{ name: 'The Mayor of Keighley', office: '' }],
      },
      {
        name: 'Poix-du-Nord',
        country: 'FR',
        region: 'Nord',
        languages: ['fr'],
        signatories: [{ name: 'Le Maire de Poix-du-Nord', office: '' }],
      },
    ],
    objectives: [],
  },
  edit(content) {
    let c: AgreementContent = {
      ...content,
      signing: {
        separate: true,
        ceremonies: [
          { place: 'Keighley', date: null, places: {} },
          { place: 'Poix-du-Nord', date: null, places: {} },
        ],
      },
    };
    c = prependToClause(
      c,
      'en',
      'preamble',
      'Recalling that in 1920 the people of Keighley adopted Poix-du-Nord, a village laid waste by the Great War, and raised the funds for a hall that was opened there on 5 June 1922,',
    );
    c = prependToClause(
      c,
      'fr',
      'preamble',
      'Rappelant qu’en 1920 les habitants de Keighley ont adopté Poix-du-Nord, village dévasté par la Grande Guerre, et réuni les fonds d’une salle inaugurée le 5 juin 1922,',
    );
    c = withClause(
      c,
      'en',
      'parties',
      'The Town of Keighley ({locationA}), represented by its Mayor,\n\nand\n\nthe Commune of Poix-du-Nord ({locationB}), represented by its Mayor,\n\nhereinafter referred to as “the Parties”,',
    );
    c = withClause(
      c,
      'fr',
      'parties',
      'La ville de Keighley ({locationA}), représentée par son maire,\n\net\n\nla commune de Poix-du-Nord ({locationB}), représentée par son maire,\n\nci-après dénommées «\u202Fles Parties\u202F»,',
    );
    c = withClause(
      c,
      'en',
      'approval',
      'This charter was approved by the Councils of Keighley and of Poix-du-Nord in 1986, confirming a friendship that had endured since 1920.',
    );
    c = withClause(
      c,
      'fr',
      'approval',
      'La présente charte a été approuvée en 1986 par les conseils de Keighley et de Poix-du-Nord, consacrant une amitié nouée dès 1920.',
    );
    return c;
  },
};

/** A modern link between a Romanian and a French town; the link is invented, so every page says SAMPLE. */
export const buziasOrnans: SampleAgreement = {
  slug: 'buzias-ornans-sample',
  watermark: 'SAMPLE',
  seed: {
    parties: [
      {
        name: 'Buziaș',
        country: 'RO',
        region: 'Timiș',
        languages: ['ro'],
        resolution: { number: '112', date: '2024-09-26' },
        signatories: [{ name: 'Ștefan Țurcanu' }],
      },
      {
        name: 'Ornans',
        country: 'FR',
        region: 'Doubs',
        languages: ['fr'],
        resolution: { number: '2024-47', date: '2024-10-03' },
        signatories: [{ name: 'Hélène Fournier' }],
      },
    ],
    objectives: [],
    signedOn: '2025-05-09',
  },
  edit(content) {
    const [a, b] = content.parties;
    const office = (ro: string, fr: string) => ({ ro, fr });
    return {
      ...content,
      parties: [
        {
          ...a,
          signatories: a.signatories.map((s) => ({
            ...s,
            office: office('Primarul orașului Buziaș', 'maire de Buziaș'),
          })),
        },
        {
          ...b,
          signatories: b.signatories.map((s) => ({
            ...s,
            office: office('Primarul comunei Ornans', 'maire d’Ornans'),
          })),
        },
      ],
    };
  },
};

/** A sample's content with fixed ids, so the same sample prints the same bytes of text. */
export function sampleContent(sample: SampleAgreement): AgreementContent {
  let n = 0;
  return sample.edit(seedContent(sample.seed, () => `${sample.slug}-${++n}`));
}
