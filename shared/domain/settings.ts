import { z } from 'zod';

export const UiLocale = z.enum(['en', 'ro', 'fr', 'de']);
export type UiLocale = z.infer<typeof UiLocale>;
export const UI_LOCALES = UiLocale.options;

export const DEFAULT_DORMANT_AFTER_MONTHS = 24;

/** locale null means: follow the operating system. */
export const Settings = z.object({
  locale: UiLocale.nullable(),
  /** A link with no recorded activity for this many months is flagged as going dormant (key 9). */
  dormantAfterMonths: z.int().min(1).max(240),
});
export type Settings = z.infer<typeof Settings>;
