import { z } from 'zod';

/**
 * ISO 4217 minor-unit exponents of the currencies committees budget and report in, and of
 * those of their partners. Kept as data rather than read from Intl: Intl gives display
 * digits (CLDR), which differ from ISO 4217 (HUF: Intl shows 0 digits, ISO counts 2; IQD:
 * Intl 0, ISO 3), and a stored amount must not change meaning when a browser updates.
 */
export const CURRENCY_EXPONENTS = {
  EUR: 2,
  RON: 2,
  PLN: 2,
  HUF: 2,
  CZK: 2,
  BGN: 2,
  GBP: 2,
  CHF: 2,
  SEK: 2,
  DKK: 2,
  NOK: 2,
  ISK: 0,
  USD: 2,
  CAD: 2,
  AUD: 2,
  MDL: 2,
  UAH: 2,
  RSD: 2,
  ALL: 2,
  MKD: 2,
  BAM: 2,
  TRY: 2,
  GEL: 2,
  AMD: 2,
  AZN: 2,
  BYN: 2,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  KWD: 3,
  BHD: 3,
  JOD: 3,
  OMR: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
} as const satisfies Record<string, 0 | 2 | 3>;

export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;
export type Exponent = (typeof CURRENCY_EXPONENTS)[CurrencyCode];

export const CURRENCY_CODES = Object.keys(CURRENCY_EXPONENTS) as [CurrencyCode, ...CurrencyCode[]];

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENTS, code);
}

/** A currency the app knows the exponent of; anything else is refused with `unknown_currency`. */
export const Currency = z.enum(CURRENCY_CODES, { error: 'unknown_currency' });

export function exponentOf(code: CurrencyCode): Exponent {
  return CURRENCY_EXPONENTS[code];
}

/** 10^exponent, the number of minor units in one major unit (100 for EUR, 1 for JPY, 1000 for KWD). */
export function minorPerMajor(code: CurrencyCode): number {
  return 10 ** CURRENCY_EXPONENTS[code];
}
