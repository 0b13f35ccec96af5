import { describe, expect, it } from 'vitest';
import { CLAUSE_LIBRARY, libraryText } from '../../../../../shared/domain/agreement/clauses';
import {
  CLAUSE_KEYS,
  Designation,
  LABEL_KEYS,
  LIBRARY_LANGUAGES,
  type AgreementContent,
} from '../../../../../shared/domain/agreement/model';
import {
  formatDate,
  makeTranslator,
  placeholderValues,
} from '../../../../../shared/domain/agreement/translator';
import { fillPlaceholders } from '../../../../../shared/domain/agreement/fill';
import { seedContent } from '../../../../../shared/domain/agreement/seed';
import { startText } from '../../../../../shared/domain/agreement/seed';

/** A Romanian city and a partner town whose language is `lang`. */
function charter(lang: string, edit: (c: AgreementContent) => AgreementContent = (c) => c) {
  let n = 0;
  const content = seedContent(
    {
      parties: [
        { name: 'Sibiu', country: 'RO', region: 'Sibiu County', languages: ['ro'], designation: 'city' },
        { name: 'Ornans', country: 'FR', region: 'Doubs', languages: [lang === 'ro' ? 'fr' : lang] },
      ],
      objectives: [],
    },
    () => `id-${++n}`,
  );
  return edit(content);
}

const textIn = (content: AgreementContent, lang: string, key: (typeof CLAUSE_KEYS)[number]) => {
  const t = makeTranslator(content, lang, content.texts[lang] ?? startText(lang));
  return t
    .clause(key)
    .blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.join('\n')))
    .join('\n');
};

describe('the clause library', () => {
  it.each(LIBRARY_LANGUAGES)('has every clause, label and designation in %s, none empty', (lang) => {
    const entry = CLAUSE_LIBRARY[lang];
    for (const key of CLAUSE_KEYS) {
      expect(entry.clauses[key].heading.trim(), `${lang} ${key}`).not.toBe('');
      expect(entry.clauses[key].body.trim(), `${lang} ${key}`).not.toBe('');
    }
    for (const key of LABEL_KEYS) expect(entry.labels[key].trim(), `${lang} ${key}`).not.toBe('');
    for (const d of Designation.options) {
      expect(entry.designations[d].party, `${lang} ${d}`).toContain('{town}');
      expect(entry.designations[d].council, `${lang} ${d}`).toContain('{town}');
    }
    expect(entry.defaultObjectives.length).toBeGreaterThan(0);
  });

  it('writes Romanian with s and t comma below, never the cedilla forms', () => {
    const all = JSON.stringify(CLAUSE_LIBRARY.ro);
    expect(all).not.toMatch(/[şţŞŢ]/);
    expect(all).toMatch(/ș/);
    expect(all).toMatch(/ț/);
  });

  it('uses only placeholders the printer knows, in every language', () => {
    const content = charter('de');
    const vars = placeholderValues(content, 'en');
    for (const lang of LIBRARY_LANGUAGES) {
      const text = libraryText(lang);
      for (const key of CLAUSE_KEYS) {
        const filled = fillPlaceholders(`${text.clauses[key].heading}\n${text.clauses[key].body}`, vars);
        expect(filled.unknown, `${lang} ${key}`).toEqual([]);
      }
    }
  });

  it('starts a language the library lacks from an empty text, never from English', () => {
    const text = startText('ga');
    expect(text.basedOn).toBeNull();
    for (const key of CLAUSE_KEYS) expect(text.clauses[key].body).toBe('');
  });

  it('lists the current objectives in the language of each column', () => {
    const content = charter('de', (c) => ({
      ...c,
      objectives: [
        { id: 'o1', statement: 'Schimburi anuale de elevi', texts: { de: 'Jährlicher Schüleraustausch' } },
      ],
    }));
    expect(textIn(content, 'ro', 'objectives')).toContain('Schimburi anuale de elevi');
    expect(textIn(content, 'de', 'objectives')).toContain('Jährlicher Schüleraustausch');
    expect(textIn(content, 'de', 'objectives')).not.toContain('Schimburi');
  });

  it('falls back to the library objectives of each language when the partnership has none', () => {
    expect(textIn(charter('de'), 'de', 'objectives')).toContain('die Freundschaft');
    expect(textIn(charter('hu'), 'hu', 'objectives')).toContain('a barátság');
  });

  it.each([
    ['pl', 'w językach rumuńskim i polskim'],
    ['it', 'in lingua rumena e in lingua italiana'],
    ['cs', 'v rumunštině a v češtině'],
    ['sk', 'v rumunčine a v slovenčine'],
    ['hr', 'na rumunjskom i hrvatskom jeziku'],
    ['sl', 'v romunščini in slovenščini'],
    ['hu', 'román és magyar nyelven'],
    ['el', 'στη ρουμανική και στην ελληνική γλώσσα'],
    ['bg', 'на румънски и български език'],
    ['nl', 'in het Roemeens en in het Nederlands'],
    ['pt', 'em romeno e em português'],
    ['no', 'hvert på rumensk og norsk'],
    ['fi', 'kumpikin romanian ja suomen kielellä'],
    ['et', 'kumbki rumeenia ja eesti keeles'],
    ['lv', 'katrs rumāņu un latviešu valodā'],
    ['lt', 'kiekvienas rumunų ir lietuvių kalbomis'],
  ])('names the two languages as %s grammar wants them', (lang, expected) => {
    expect(textIn(charter(lang), lang, 'languages')).toContain(expected);
  });

  it('writes each party with its legal designation, in every clause that names it', () => {
    const ro = charter('ro');
    expect(textIn(ro, 'ro', 'parties')).toContain('Municipiul Sibiu');
    expect(textIn(ro, 'ro', 'approval')).toContain('de Consiliul Local al Municipiului Sibiu prin');
    expect(textIn(ro, 'ro', 'parties')).toContain('Comuna Ornans');
    const de = charter('de');
    expect(textIn(de, 'de', 'approval')).toContain('Gemeinderat der Gemeinde Ornans');
    const pl = charter('pl', (c) => ({
      ...c,
      parties: [c.parties[0], { ...c.parties[1], designation: 'district' }],
    }));
    expect(textIn(pl, 'pl', 'parties')).toContain('Powiat Ornans');
    expect(textIn(pl, 'pl', 'approval')).toContain('uchwałą Rady Miasta Sibiu nr');
  });

  it.each([
    [
      'fi',
      'Sibiu-kaupunki (Sibiu, Romania), jota edustaa',
      'Sibiu-kaupungin valtuusto 26. syyskuuta 2027 tekemällään päätöksellä nro 312/2027',
      'Ornans-kunta',
    ],
    [
      'et',
      'Linn Sibiu (Sibiu, Rumeenia), keda esindab',
      'linna Sibiu volikogu otsusega nr 312/2027 (26. september 2027)',
      'Vald Ornans',
    ],
    [
      'lv',
      'Pilsēta Sibiu (Sibiu, Rumānija), kuru pārstāv',
      'pilsētas Sibiu dome ar lēmumu Nr. 312/2027 (2027. gada 26. septembris)',
      'Novads Ornans',
    ],
    [
      'lt',
      'Miestas Sibiu (Sibiu, Rumunija), kuriam atstovauja',
      'miesto Sibiu tarybos 2027 m. rugsėjo 26 d. sprendimu Nr. 312/2027',
      'Savivaldybė Ornans',
    ],
  ])(
    'keeps the town names of the %s text in the nominative, after a designation that takes the case',
    (lang, parties, approval, commune) => {
      const c = charter(lang, (x) => ({
        ...x,
        parties: [
          { ...x.parties[0], resolution: { number: '312/2027', date: '2027-09-26' } },
          { ...x.parties[1], designation: 'commune' },
        ],
      }));
      const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2011/g, '-');
      expect(plain(textIn(c, lang, 'parties'))).toContain(parties);
      expect(plain(textIn(c, lang, 'parties'))).toContain(commune);
      expect(plain(textIn(c, lang, 'approval'))).toContain(approval);
    },
  );

  it('keeps a Latvian or Lithuanian dash on the line of the word before it', () => {
    expect(textIn(charter('lv'), 'lv', 'finance')).toContain('kopiena\u00A0— savas');
    expect(textIn(charter('lt'), 'lt', 'parties')).toContain('toliau\u00A0– Šalys');
  });

  it('writes a Finnish name of several words with a space before the hyphen', () => {
    const c = charter('fi', (x) => ({
      ...x,
      parties: [x.parties[0], { ...x.parties[1], name: 'Bad Tölz', designation: 'city' }],
    }));
    expect(textIn(c, 'fi', 'parties')).toContain('Bad\u00A0Tölz\u00A0-kaupunki');
    expect(textIn(c, 'fi', 'parties')).toContain('Sibiu-kaupunki');
  });

  it.each([
    ['fi', '9. toukokuuta 2025'],
    ['et', '9. mai 2025'],
    ['lv', '2025. gada 9. maijs'],
    ['lt', '2025 m. gegužės 9 d.'],
  ])('writes a date as %s running text does', (lang, expected) => {
    expect(formatDate('2025-05-09', lang).replace(/\u00A0/g, ' ')).toBe(expected);
  });

  it('elides French "de" before a town that starts with a vowel', () => {
    const text = textIn(charter('fr'), 'fr', 'parties') + textIn(charter('fr'), 'fr', 'preamble');
    expect(text).toContain('la commune d’Ornans');
    expect(text).toContain('de Sibiu et d’Ornans');
    expect(text).not.toContain('de Ornans');
  });

  it('chooses the Hungarian article by the sound that follows it', () => {
    const text = textIn(charter('hu'), 'hu', 'preamble');
    expect(text).toContain('a Sibiu és az Ornans polgárai');
    expect(text).not.toContain('a(z)');
  });

  it('writes regions as each language names them, never an English "County" in another language', () => {
    const c = charter('hu');
    expect(placeholderValues(c, 'ro').regionA).toBe('județul Sibiu');
    expect(placeholderValues(c, 'hu').regionA).toBe('Szeben megye');
    expect(placeholderValues(c, 'de').regionA).toBe('Kreis Hermannstadt');
    const named = charter('hu', (x) => ({
      ...x,
      parties: [{ ...x.parties[0], names: { hu: { town: 'Nagyszeben', region: '' } } }, x.parties[1]],
    }));
    expect(textIn(named, 'hu', 'parties')).toContain('Nagyszeben város (Szeben megye, Románia)');
    expect(textIn(named, 'ro', 'parties')).toContain('Municipiul Sibiu (județul Sibiu, România)');
  });

  it('puts a narrow no-break space before French colons and inside guillemets', () => {
    const body = CLAUSE_LIBRARY.fr.clauses.parties.body + CLAUSE_LIBRARY.fr.clauses.areas.body;
    expect(body).toContain('«\u202Fles Parties\u202F»');
    expect(body).not.toMatch(/ [:;»]/);
  });
});
