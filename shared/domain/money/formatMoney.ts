import { exponentOf, type CurrencyCode } from './currencies';
import { toDecimalString, type Money } from './money';

/** The UI languages and the regional conventions their numbers follow (as renderer/i18n/format.ts). */
export const MONEY_LOCALES = { en: 'en-GB', ro: 'ro-RO', fr: 'fr-FR', de: 'de-DE' } as const;
export type MoneyLanguage = keyof typeof MONEY_LOCALES;

export function moneyLocale(language: string): string {
  return MONEY_LOCALES[language as MoneyLanguage] ?? language;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Intl with the table's exponent, not CLDR's display digits (HUF shows its fillér, IQD its
 * fils), so that what is shown is exactly what is stored. The amount goes to Intl as a
 * decimal string, which Intl formats exactly, beyond 2^53 too.
 */
function formatter(language: string, currency: CurrencyCode, withCurrency: boolean): Intl.NumberFormat {
  const key = `${language}|${currency}|${withCurrency}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = exponentOf(currency);
    f = new Intl.NumberFormat(moneyLocale(language), {
      ...(withCurrency ? { style: 'currency', currency } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Intl formats a decimal string exactly (ES2023), so the amount never becomes a float. */
function decimal(m: Money): Intl.StringNumericLiteral {
  return toDecimalString(m) as Intl.StringNumericLiteral;
}

/** Format for reading: "1.234,56 RON" (ro), "1 234,56 €" (fr), "€1,234.56" (en). */
export function formatMoney(m: Money, language: string): string {
  return formatter(language, m.currency, true).format(decimal(m));
}

/** Format for a number field: the amount alone, with the language's separators ("1.234,56"). */
export function formatAmount(m: Money, language: string): string {
  return formatter(language, m.currency, false).format(decimal(m));
}

/** The symbol Intl writes for a currency in a language ("€", "JP¥", "RON"), to recognise it in typed text. */
export function currencySymbol(currency: CurrencyCode, language: string): string {
  const parts = formatter(language, currency, true).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}
