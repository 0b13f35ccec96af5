import { formatAmount } from './formatMoney';
import type { AmountError } from './parseAmount';

/**
 * The translation key and values for a refused amount (money namespace), so the form shows
 * an example written the way the reader's language writes numbers ("1.234,56" in German).
 */
export function amountErrorMessage(
  error: AmountError,
  language: string,
): { key: string; values: Record<string, string | number> } {
  const example = formatAmount({ amount: 123456, currency: 'EUR' }, language);
  const decimal = language === 'en' ? '.' : ',';
  if (error.code === 'too_many_decimals') {
    return error.decimals === 0
      ? { key: 'amountError.no_decimals', values: {} }
      : { key: 'amountError.too_many_decimals', values: { count: error.decimals ?? 0, decimal } };
  }
  return { key: `amountError.${error.code}`, values: { example, decimal } };
}
