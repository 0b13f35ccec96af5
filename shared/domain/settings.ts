import { z } from 'zod';

export const UiLocale = z.enum(['en', 'ro', 'fr', 'de']);
export type UiLocale = z.infer<typeof UiLocale>;
export const UI_LOCALES = UiLocale.options;

/** locale null means: follow the operating system. */
export const Settings = z.object({
  locale: UiLocale.nullable(),
});
export type Settings = z.infer<typeof Settings>;
