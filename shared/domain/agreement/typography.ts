const NBSP = '\u00A0';
const NB_HYPHEN = '\u2011';

/**
 * A name or date that must not break across lines: "Cluj-Napoca" keeps its hyphen as a
 * no-break hyphen, "26. September" its spaces as no-break spaces.
 */
export function unbreakable(text: string): string {
  return text.replace(/-/g, NB_HYPHEN).replace(/ /g, NBSP);
}

/** French elides "de" before a vowel: "la commune d’Ornans", never "de Ornans". */
const ELIDE = /\b([dD])e ((?:[AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜŒ])[\p{L}\u2011'-]*)/gu;

/** Hungarian "az" before a vowel sound, "a" before a consonant; numbers as they are read. */
function hungarianArticle(next: string): 'a' | 'az' {
  const number = /^\d+/.exec(next)?.[0];
  if (number)
    return number.startsWith('5') || (number.startsWith('1') && [1, 4, 7].includes(number.length))
      ? 'az'
      : 'a';
  return /^[aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ]/.test(next) ? 'az' : 'a';
}

/**
 * Printed-text conventions a language's readers expect, applied when a charter is printed
 * so that the secretary can type plain spaces. French: a no-break space inside « » and before
 * : ; ? !, so that a colon or a closing guillemet never starts a line on its own; and "de"
 * elided before a town name that starts with a vowel.
 */
export function typeset(text: string, lang: string): string {
  // A date that ends with its own full stop ("2025. május 9.", "9 май 2025 г.") before the
  // sentence's: one stop. An ellipsis typed as three dots stays.
  const once = text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
  // A dash between words ("toliau – Šalys", "viesojošā kopiena — savas") never starts a line.
  const dashes = DASH_STAYS.has(lang) ? once.replace(/ +([–—]) /g, `${NBSP}$1 `) : once;
  return ownTypography(dashes, lang);
}

/**
 * Finnish joins a name to the noun after it with a hyphen ("Sibiu-kaupunki"), and a name of
 * several words with a space before the hyphen ("Bad Tölz -kaupunki"). Names reach here
 * with no-break spaces (see unbreakable), so the space before the hyphen is one too.
 */
const FINNISH_SEVERAL_WORDS = /(\u00A0[^\s\u00A0]+)-(?=(?:kaupun|kun[nt]|piirikun))/gu;

const DASH_STAYS: ReadonlySet<string> = new Set(['fi', 'et', 'lv', 'lt']);

function ownTypography(text: string, lang: string): string {
  if (lang === 'fi') return text.replace(FINNISH_SEVERAL_WORDS, `$1${NBSP}-`);
  // Greek drops the final ν of the article before most consonants: "στη ρουμανική".
  if (lang === 'el') return text.replace(/(?<!\p{L})στην (?=[βγδζθλμνρσφχΒΓΔΖΘΛΜΝΡΣΦΧ])/gu, 'στη ');
  if (lang === 'hu')
    return text.replace(/\b([aA])\(z\) (\S+)/g, (_m, a: string, next: string) => {
      const article = hungarianArticle(next);
      return `${a === 'A' ? article.replace('a', 'A') : article} ${next}`;
    });
  if (lang !== 'fr') return text;
  return text
    .replace(ELIDE, '$1’$2')
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/ +([:;?!])/g, `${NBSP}$1`);
}
