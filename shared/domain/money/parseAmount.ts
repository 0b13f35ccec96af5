import { exponentOf, isCurrencyCode } from './currencies';
import { currencySymbol, MONEY_LOCALES } from './formatMoney';
import type { Money } from './money';

/** Stable codes the UI translates (money namespace, `amountError.<code>`). */
export type AmountErrorCode =
  | 'empty'
  | 'unknown_currency'
  | 'invalid_characters'
  | 'misplaced_separator'
  | 'too_many_decimals'
  | 'negative_not_allowed'
  | 'too_large';

export interface AmountError {
  code: AmountErrorCode;
  /** For too_many_decimals: how many decimals the currency has (0 for JPY, 3 for KWD). */
  decimals?: number;
}

export type AmountParse = { ok: true; value: Money } | { ok: false; error: AmountError };

export interface ParseAmountOptions {
  /** The UI language: en reads "1,234.56"; ro, fr and de read "1.234,56" and "1 234,56". */
  language: string;
  currency: string;
  allowNegative?: boolean;
}

// Spaces people and Intl put between thousands: space, no-break space, narrow no-break space, thin space.
const SPACES = [' ', '\u00a0', '\u202f', '\u2009'];
const MINUS = /^[-\u2212]/;

interface Marks {
  decimal: string;
  groups: readonly string[];
}

function marks(language: string): Marks {
  // English uses a point for decimals; Romanian, French and German a comma.
  return language === 'en'
    ? { decimal: '.', groups: [',', ...SPACES, "'"] }
    : { decimal: ',', groups: ['.', ...SPACES, "'"] };
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function fail(code: AmountErrorCode, decimals?: number): AmountParse {
  return { ok: false, error: decimals === undefined ? { code } : { code, decimals } };
}

/** Whether "1.234.567" is grouped by thousands with one mark: the first group 1–3 digits, the others 3. */
function wellGrouped(integer: string, groups: readonly string[]): string | null {
  const used = [...new Set([...integer].filter((ch) => groups.includes(ch)))];
  if (used.length === 0) return integer;
  if (used.length > 1) return null;
  const parts = integer.split(used[0] as string);
  const [first = '', ...rest] = parts;
  if (first.length < 1 || first.length > 3 || rest.some((p) => p.length !== 3)) return null;
  return parts.join('');
}

/**
 * Reads an amount as a person types it into minor units, character by character: no float on
 * the way. Accepts the language's thousands marks (or none), its decimal mark, a leading minus
 * and the currency's code or symbol around the number ("1.234,56 RON", "€1,234.56").
 */
export function parseAmount(input: string, options: ParseAmountOptions): AmountParse {
  const { language, currency } = options;
  if (!isCurrencyCode(currency)) return fail('unknown_currency');
  let s = input;
  // The code, and the symbol as any UI language writes it ("€" pasted into the Romanian UI).
  const languages = [language, ...Object.keys(MONEY_LOCALES)];
  for (const mark of [currency, ...languages.map((l) => currencySymbol(currency, l))]) {
    s = s.split(mark).join(' ');
  }
  s = s.trim().replace(/^[\s\u00a0\u202f\u2009]+|[\s\u00a0\u202f\u2009]+$/g, '');
  if (s === '') return fail(input.trim() === '' ? 'empty' : 'invalid_characters');

  let negative = false;
  if (MINUS.test(s)) {
    negative = true;
    s = s.slice(1).replace(/^[\s\u00a0\u202f]+/, '');
  } else if (s.startsWith('+')) s = s.slice(1);

  const m = marks(language);
  for (const ch of s) {
    if (!(ch >= '0' && ch <= '9') && ch !== m.decimal && !m.groups.includes(ch)) {
      return fail('invalid_characters');
    }
  }
  const pieces = s.split(m.decimal);
  if (pieces.length > 2) return fail('misplaced_separator');
  const [integerText = '', fraction = ''] = pieces;
  if (pieces.length === 2 && fraction === '') return fail('misplaced_separator');
  if ([...fraction].some((ch) => ch < '0' || ch > '9')) return fail('misplaced_separator');
  const integer = integerText === '' && fraction !== '' ? '0' : wellGrouped(integerText, m.groups);
  if (integer === null || integer === '')
    return fail(integer === '' ? 'invalid_characters' : 'misplaced_separator');

  const exp = exponentOf(currency);
  // Trailing zeros are harmless ("12,50" for JPY is not; "12,500" for EUR is 12,50).
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exp) return fail('too_many_decimals', exp);
  const minor = BigInt(integer + significant.padEnd(exp, '0'));
  if (minor > MAX) return fail('too_large');
  if (negative && minor !== 0n && !options.allowNegative) return fail('negative_not_allowed');
  const amount = Number(negative ? -minor : minor) + 0;
  return { ok: true, value: { amount, currency } };
}
