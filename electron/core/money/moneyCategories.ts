import {
  BUILT_IN_CATEGORIES,
  BudgetCategory,
  CATEGORY_LANGUAGES,
  INCOME_KINDS,
  isBuiltInCategory,
  type CategoryDraft,
} from '../../../shared/domain/budget/categories';
import {
  categoryNamer,
  foldName,
  keyForName,
  namesOf,
  type CategoryNamer,
} from '../../../shared/domain/budget/categoryNames';
import type { CategoryRecord, CategoryView } from '../../../shared/ipc/channels/moneyViews';
import type { ServiceContext } from '../context';
import { checkedWith, invalid, notFound } from './moneyCommon';
import type { StoreData } from '../store/schema';
import type { Tx } from '../store/transaction';
import { categoryWords, REPORT_WORDS } from './reportWords';

const ALL_WORDS = Object.values(REPORT_WORDS).map((w) => ({
  builtIn: w.categories,
  unnamed: w.unnamedCategory,
}));

/** How many budget lines and spending entries use each category key. */
function usesOf(data: {
  budgetLines: readonly { category: string }[];
  ledger: readonly StoreData['ledger'][number][];
}): Map<string, number> {
  const uses = new Map<string, number>();
  for (const l of data.budgetLines) uses.set(l.category, (uses.get(l.category) ?? 0) + 1);
  for (const e of data.ledger)
    if (e.direction === 'expense') uses.set(e.category, (uses.get(e.category) ?? 0) + 1);
  return uses;
}

/** The one namer every report and export of the core uses, in the file's language. */
export function categoryNamerFor(data: Readonly<StoreData>, language: string): CategoryNamer {
  return categoryNamer(data.budgetCategories, language, categoryWords(language));
}

/**
 * The names of the given categories in one language, as a table, for the builders that take
 * one (the annual report, a funding application's final report): every key is in it, resolved
 * by the same namer, so none is printed as itself.
 */
export function categoryLabelsFor(
  data: Readonly<StoreData>,
  language: string,
  keys: Iterable<string | null>,
): Record<string, string> {
  const name = categoryNamerFor(data, language);
  const labels: Record<string, string> = {};
  for (const key of keys) if (key !== null) labels[key] = name(key);
  return labels;
}

/**
 * A line or an entry names a category the committee has: a built-in one or one of its own.
 * A retired one is kept by the lines that already had it, and not given to any other.
 */
export function requireCategory(tx: Tx, key: string, before: string | null): void {
  const record = tx.all('budgetCategories').find((c) => c.key === key);
  if (!record && !isBuiltInCategory(key))
    throw invalid(`No category ${key}`, { path: ['category'], code: 'unknown_category' });
  if (record?.retired && key !== before)
    throw invalid(`The category ${key} is retired`, { path: ['category'], code: 'category_retired' });
}

/** The committee's list of budget categories: add its own, rename and retire any, delete an unused one of its own. */
export function moneyCategoriesService(ctx: ServiceContext) {
  return {
    list(): CategoryView[] {
      const data = ctx.store().data;
      const uses = usesOf(data);
      const records = new Map(data.budgetCategories.map((c) => [c.key, c]));
      const view = (key: string, builtIn: boolean): CategoryView => {
        const r = records.get(key);
        return {
          key,
          builtIn,
          id: r?.id ?? null,
          rev: r?.rev ?? null,
          name: r?.name ?? '',
          names: r?.names ?? { en: '', ro: '', fr: '', de: '' },
          retired: r?.retired ?? false,
          uses: uses.get(key) ?? 0,
        };
      };
      const own = data.budgetCategories.filter((c) => !isBuiltInCategory(c.key));
      return [...BUILT_IN_CATEGORIES.map((k) => view(k, true)), ...own.map((c) => view(c.key, false))];
    },

    async save(draft: CategoryDraft): Promise<CategoryRecord> {
      const { value } = await ctx.store().transaction((tx) => {
        const all = tx.all('budgetCategories');
        const current =
          draft.id !== undefined
            ? tx.get('budgetCategories', draft.id)
            : draft.key !== undefined
              ? all.find((c) => c.key === draft.key)
              : undefined;
        if (draft.id !== undefined && !current) throw notFound('category', draft.id);
        if (draft.key !== undefined && current && current.key !== draft.key)
          throw invalid('A category keeps its key', { path: ['key'], code: 'category_key_changed' });
        if (draft.key !== undefined && !current && !isBuiltInCategory(draft.key))
          throw invalid(`No category ${draft.key}`, { path: ['key'], code: 'unknown_category' });
        // Never an income kind's key either: the ledger's filter takes both.
        const key =
          current?.key ??
          draft.key ??
          keyForName(draft.name ?? '', new Set([...all.map((c) => c.key), ...INCOME_KINDS]));
        const category = checkedWith(
          BudgetCategory,
          { id: current?.id ?? 'new', key, name: draft.name, names: draft.names, retired: draft.retired },
          'category',
        );
        const { id: _id, ...fields } = category;
        const mine = new Set(namesOf(category, ALL_WORDS));
        const others = [
          ...all.filter((c) => c.key !== key),
          ...BUILT_IN_CATEGORIES.filter((k) => k !== key && !all.some((c) => c.key === k)).map((k) => ({
            key: k,
            name: '',
            names: { en: '', ro: '', fr: '', de: '' },
            retired: false,
          })),
        ];
        const taken = new Set(others.flatMap((c) => namesOf(c, ALL_WORDS)));
        if ([...mine].some((n) => taken.has(n))) {
          // Said at the field that clashes: the name, or the name in one language.
          const clash = CATEGORY_LANGUAGES.find((l) => taken.has(foldName(category.names[l])));
          throw invalid('Another category already has this name', {
            path: taken.has(foldName(category.name)) || !clash ? ['name'] : ['names', clash],
            code: 'duplicate_category_name',
          });
        }
        return current
          ? tx.put('budgetCategories', { ...fields, id: current.id }, draft.rev)
          : tx.insert('budgetCategories', fields);
      });
      return value;
    },

    async remove(id: string, rev?: number): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        const current = tx.get('budgetCategories', id);
        if (!current) throw notFound('category', id);
        if (isBuiltInCategory(current.key))
          throw invalid('A built-in category can be retired, not deleted', {
            path: ['id'],
            code: 'category_built_in',
          });
        const uses =
          usesOf({ budgetLines: tx.all('budgetLines'), ledger: tx.all('ledger') }).get(current.key) ?? 0;
        if (uses > 0)
          throw invalid(`The category is used ${uses} times`, { path: ['id'], code: 'category_in_use' });
        tx.remove('budgetCategories', id, rev);
      });
      return { id };
    },
  };
}
export type MoneyCategoriesService = ReturnType<typeof moneyCategoriesService>;
