import {
  BUILT_IN_CATEGORIES,
  CATEGORY_LANGUAGES,
  isBuiltInCategory,
  type BuiltInCategory,
  type CategoryLanguage,
} from './categories';

/** What a category name is resolved from: the committee's records (only what naming needs). */
export interface NamedCategory {
  key: string;
  name: string;
  names: Readonly<Record<CategoryLanguage, string>>;
  retired: boolean;
}

/** The words the reader's language brings: the built-in headings, and a name for a key nobody named. */
export interface CategoryWords {
  builtIn: Readonly<Record<BuiltInCategory, string>>;
  /** A key with no record and no built-in name (a record still on its way from another laptop). */
  unnamed: string;
}

export type CategoryNamer = (key: string) => string;

const languageOf = (language: string): CategoryLanguage | null =>
  (CATEGORY_LANGUAGES as readonly string[]).includes(language) ? (language as CategoryLanguage) : null;

/**
 * The one place a category key becomes the words a reader sees, on screen and in every
 * printed or exported file: the committee's name in this language, else its name, else the
 * built-in heading in this language. A key never reaches the reader.
 */
export function categoryNamer(
  records: readonly NamedCategory[],
  language: string,
  words: CategoryWords,
): CategoryNamer {
  const lang = languageOf(language);
  const byKey = new Map(records.map((r) => [r.key, r]));
  const cache = new Map<string, string>();
  return (key) => {
    let name = cache.get(key);
    if (name === undefined) {
      const r = byKey.get(key);
      name =
        (lang && r?.names[lang]) ||
        r?.name ||
        (isBuiltInCategory(key) ? words.builtIn[key] : '') ||
        words.unnamed;
      cache.set(key, name);
    }
    return name;
  };
}

/** Every key the committee can see: the built-in ones in their order, then its own. */
export function categoryKeys(records: readonly NamedCategory[]): string[] {
  const own = records.filter((r) => !isBuiltInCategory(r.key)).map((r) => r.key);
  return [...BUILT_IN_CATEGORIES, ...own];
}

/**
 * The order categories are listed in, everywhere: the built-in headings in the order funders
 * use, then the committee's own by name; never by key.
 */
export function categoryOrder(
  records: readonly NamedCategory[],
  name: CategoryNamer,
): (a: string | null, b: string | null) => number {
  const rank = (key: string | null) => {
    if (key === null) return -1;
    const i = (BUILT_IN_CATEGORIES as readonly string[]).indexOf(key);
    return i >= 0 ? i : BUILT_IN_CATEGORIES.length;
  };
  return (a, b) => rank(a) - rank(b) || (a && b ? name(a).localeCompare(name(b)) : 0);
}

/**
 * The categories a form offers: every one not retired, and the one a line already has even
 * if it was retired since (so editing an old line keeps its category). Built-in ones first in
 * their fixed order, then the committee's own by name.
 */
export function categoryChoices(
  records: readonly NamedCategory[],
  name: CategoryNamer,
  current: string | null = null,
): { value: string; label: string }[] {
  const retired = new Set(records.filter((r) => r.retired).map((r) => r.key));
  const builtIn = BUILT_IN_CATEGORIES.filter((k) => !retired.has(k) || k === current);
  const own = records
    .filter((r) => !isBuiltInCategory(r.key) && (!r.retired || r.key === current))
    .map((r) => r.key)
    .sort(categoryOrder(records, name));
  const keys = [...builtIn, ...own];
  if (current !== null && !keys.includes(current)) keys.push(current);
  return keys.map((key) => ({ value: key, label: name(key) }));
}

/** Every name a category goes by, trimmed and folded, so a second category cannot take one. */
export function namesOf(c: NamedCategory, words: readonly CategoryWords[]): string[] {
  const names = [c.name, ...CATEGORY_LANGUAGES.map((l) => c.names[l])];
  if (isBuiltInCategory(c.key) && c.name === '')
    names.push(...words.map((w) => w.builtIn[c.key as BuiltInCategory]));
  return names.map(foldName).filter((n) => n !== '');
}

export const foldName = (name: string): string => name.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * A key for a new category of the committee's own, made from its name ("Choir costumes" →
 * "choir-costumes"), never one taken: it only has to be stable and unique, not readable.
 */
export function keyForName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'category';
  const start = /^[a-z0-9]/.test(base) ? base : `c-${base}`;
  if (!taken.has(start) && !isBuiltInCategory(start)) return start;
  for (let n = 2; ; n++) {
    const key = `${start}-${n}`;
    if (!taken.has(key) && !isBuiltInCategory(key)) return key;
  }
}
