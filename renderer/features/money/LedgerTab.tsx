import { Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerFilter } from '../../../shared/domain/budget/drafts';
import { INCOME_KINDS } from '../../../shared/domain/budget/categories';
import type { LedgerRecord } from '../../../shared/ipc/channels/moneyViews';
import { useAppStore } from '../../state/store';
import { LedgerDeleteConfirm } from './LedgerDeleteConfirm';
import { LedgerEntryModal } from './LedgerEntryModal';
import { LedgerTable } from './LedgerTable';
import { CURRENCY_OPTIONS } from './moneyText';
import { useCategories } from './useCategories';

export interface LedgerParams {
  year: string;
  direction: string;
  category: string;
  currency: string;
  q: string;
}

/** The ledger with its filters kept in the address, so a filtered view can be bookmarked and shared. */
export function LedgerTab(props: {
  params: LedgerParams;
  onParam(key: keyof LedgerParams, value: string): void;
}) {
  const { t } = useTranslation('money');
  const categories = useCategories();
  const load = useAppStore((s) => s.loadLedger);
  const rows = useAppStore((s) => s.ledger);
  const [editing, setEditing] = useState<LedgerRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LedgerRecord | null>(null);
  const { year, direction, category, currency, q } = props.params;
  const filter = useMemo((): LedgerFilter => {
    const f: LedgerFilter = {};
    if (/^\d{4}$/.test(year)) f.year = Number(year);
    if (direction === 'expense' || direction === 'income') f.direction = direction;
    if (category) f.category = category;
    if (currency) f.currency = currency as NonNullable<LedgerFilter['currency']>;
    if (q.trim()) f.text = q.trim();
    return f;
  }, [year, direction, category, currency, q]);
  useEffect(() => {
    void load(filter);
  }, [load, filter]);

  const now = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => String(now + 1 - i));
  const filterOptions = [
    ...categories.all,
    ...INCOME_KINDS.map((k) => ({ value: k, label: t(`incomeKind.${k}`) })),
  ];
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end" gap="xs">
          <Select
            label={t('ledger.year')}
            data={[
              { value: 'all', label: t('ledger.allYears') },
              ...years.map((y) => ({ value: y, label: y })),
            ]}
            value={year || 'all'}
            onChange={(v) => props.onParam('year', v === 'all' || !v ? '' : v)}
            allowDeselect={false}
            w={130}
          />
          <Select
            label={t('entry.direction')}
            data={[
              { value: 'all', label: t('ledger.all') },
              { value: 'expense', label: t('direction.expense') },
              { value: 'income', label: t('direction.income') },
            ]}
            value={direction || 'all'}
            onChange={(v) => props.onParam('direction', v === 'all' || !v ? '' : v)}
            allowDeselect={false}
            w={140}
          />
          <Select
            label={t('ledger.categoryOrSource')}
            data={filterOptions}
            value={category || null}
            onChange={(v) => props.onParam('category', v ?? '')}
            placeholder={t('ledger.all')}
            clearable
            w={200}
          />
          <Select
            label={t('currency')}
            data={CURRENCY_OPTIONS}
            value={currency || null}
            onChange={(v) => props.onParam('currency', v ?? '')}
            placeholder={t('ledger.all')}
            clearable
            searchable
            w={110}
          />
          <TextInput
            label={t('ledger.search')}
            value={q}
            onChange={(e) => props.onParam('q', e.currentTarget.value)}
            w={200}
          />
        </Group>
        <Button onClick={() => setEditing('new')} data-action="add-entry">
          {t('entry.add')}
        </Button>
      </Group>
      {!rows ? (
        <Loader aria-label={t('common:loading')} />
      ) : rows.length === 0 ? (
        <Text size="sm">{t('ledger.empty')}</Text>
      ) : (
        <LedgerTable rows={rows} onEdit={setEditing} onDelete={setDeleting} />
      )}
      {editing && (
        <LedgerEntryModal entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <LedgerDeleteConfirm entry={deleting} onDone={() => setDeleting(null)} />
    </Stack>
  );
}
