import type { TFunction } from 'i18next';
import { CURRENCY_CODES } from '../../../shared/domain/money/currencies';
import { amountErrorMessage } from '../../../shared/domain/money/amountMessage';
import { formatAmount } from '../../../shared/domain/money/formatMoney';
import type { Money } from '../../../shared/domain/money/money';
import { parseAmount } from '../../../shared/domain/money/parseAmount';

/** The currencies a committee works in first, then every other one the app knows. */
const FIRST = ['EUR', 'RON', 'PLN', 'HUF', 'CZK', 'BGN', 'GBP', 'CHF', 'SEK', 'DKK'];
export const CURRENCY_OPTIONS = [...FIRST, ...CURRENCY_CODES.filter((c) => !FIRST.includes(c))].map((c) => ({
  value: c,
  label: c,
}));

/** The text typed read into minor units, or the translated reason it cannot be. */
export function readAmount(
  t: TFunction,
  text: string,
  currency: string,
  language: string,
): { ok: true; value: Money } | { ok: false; message: string } {
  const parsed = parseAmount(text, { language, currency });
  if (parsed.ok) return parsed;
  const { key, values } = amountErrorMessage(parsed.error, language);
  return { ok: false, message: t(`money:${key}`, values) };
}

/** An amount as the form shows it again for editing, in the reader's separators and without the code. */
export const amountText = (m: Money, language: string) => formatAmount(m, language);
