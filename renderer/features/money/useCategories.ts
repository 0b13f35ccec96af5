import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_CATEGORIES, type BuiltInCategory } from '../../../shared/domain/budget/categories';
import { categoryChoices, categoryNamer } from '../../../shared/domain/budget/categoryNames';
import type { CategoryView } from '../../../shared/ipc/channels/moneyViews';
import { useAppStore } from '../../state/store';

export interface Categories {
  /** The committee's categories, once loaded. */
  list: CategoryView[] | null;
  /** A category's name in the window's language: the committee's own, or the built-in heading ('' for none). */
  name(key: string | null): string;
  /** Every category, retired ones too (a filter finds old entries in them). */
  all: { value: string; label: string }[];
  /** What a form offers: every category not retired, and the one the line already has. */
  choices(current?: string | null): { value: string; label: string }[];
}

/**
 * The committee's categories and the one namer the screens use (the same resolver as the
 * printed reports), so a category's key never shows.
 */
export function useCategories(): Categories {
  const { t, i18n } = useTranslation('money');
  const list = useAppStore((s) => s.categories);
  const load = useAppStore((s) => s.loadCategories);
  useEffect(() => {
    if (!list) void load();
  }, [list, load]);
  return useMemo(() => {
    const builtIn = Object.fromEntries(
      BUILT_IN_CATEGORIES.map((k) => [k, t(`money:category.${k}`)]),
    ) as Record<BuiltInCategory, string>;
    const records = list ?? [];
    const name = categoryNamer(records, i18n.language, { builtIn, unnamed: t('money:categories.unnamed') });
    return {
      list,
      name: (key: string | null) => (key === null ? '' : name(key)),
      all: records.map((c) => ({ value: c.key, label: name(c.key) })),
      choices: (current = null) => categoryChoices(records, name, current),
    };
  }, [list, t, i18n.language]);
}
