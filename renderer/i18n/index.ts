import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLocale } from '../../shared/i18n/menu';
import { UI_LOCALES, type UiLocale } from '../../shared/domain/settings';

type Catalog = Record<string, unknown>;
const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });

/** { en: { common: {...}, committee: {...} }, ro: {...}, ... } from locales/<lang>/<namespace>.json */
function buildResources(): Record<string, Record<string, Catalog>> {
  const resources: Record<string, Record<string, Catalog>> = {};
  for (const [path, catalog] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (resources[match[1]] ??= {})[match[2]] = catalog;
  }
  return resources;
}

export function systemLocale(): UiLocale {
  return pickLocale(null, navigator.language);
}

export async function initI18n(locale: UiLocale): Promise<typeof i18n> {
  const resources = buildResources();
  await i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...UI_LOCALES],
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18n;
}

export async function changeLocale(locale: UiLocale): Promise<void> {
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export { i18n };
