import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import type {
  BudgetLineRecord,
  BudgetSummaryView,
  LedgerRecord,
} from '../../../shared/ipc/channels/moneyViews';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { LedgerDeleteConfirm } from './LedgerDeleteConfirm';
import { BudgetLinesTable } from './BudgetLinesTable';
import { CofinancingSection } from './CofinancingSection';
import { LedgerEntryModal } from './LedgerEntryModal';
import { LedgerTable } from './LedgerTable';
import { useCategories } from './useCategories';
import { VarianceTable } from './VarianceTable';

interface Figures {
  summary: BudgetSummaryView;
  lines: BudgetLineRecord[];
  entries: LedgerRecord[];
}

/**
 * An activity's Budget tab: its planned lines and its spending and income, planned against
 * actual in euros, for the year it starts in. Lines and entries added here belong to it.
 */
export function ActivityBudgetPanel({ activity }: { activity: ActivityView }) {
  const { t } = useTranslation('money');
  const categories = useCategories();
  const year = Number(activity.startDate.slice(0, 4));
  const revision = useAppStore((s) => s.moneyRevision);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [entry, setEntry] = useState<LedgerRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LedgerRecord | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      call('budget:summary', { year, reportingCurrency: 'EUR', activityId: activity.id }),
      call('budgetLines:list', { year }),
      call('ledger:list', { activityId: activity.id }),
    ])
      .then(([summary, lines, entries]) => {
        if (live) setFigures({ summary, lines: lines.filter((l) => l.activityId === activity.id), entries });
      })
      .catch((error: unknown) => live && setFailure(errorMessage(error, t)));
    return () => {
      live = false;
    };
  }, [activity.id, year, revision, t]);

  if (failure) return <Text c="red">{failure}</Text>;
  if (!figures) return <Loader aria-label={t('common:loading')} />;
  const { summary, lines, entries } = figures;
  return (
    <Stack>
      <Paper withBorder p="md">
        <VarianceTable
          caption={t('activityBudget.caption', { title: activity.title, currency: 'EUR' })}
          firstColumn={t('line.category')}
          rows={summary.byCategory}
          total={summary.total}
          label={(r) => categories.name(r.category)}
        />
        {summary.unconverted.length > 0 && (
          <Text size="sm" c="orange.9" mt="xs">
            {t('budget.unconvertedTitle', { count: summary.unconverted.length })}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <BudgetLinesTable year={year} lines={lines} activityId={activity.id} />
      </Paper>
      <Paper withBorder p="md">
        <CofinancingSection year={year} activityId={activity.id} reporting="EUR" />
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Text fw={600} component="h3" size="lg" m={0}>
            {t('activityBudget.ledger')}
          </Text>
          <Button onClick={() => setEntry('new')}>{t('entry.add')}</Button>
        </Group>
        {entries.length === 0 ? (
          <Text size="sm">{t('activityBudget.noEntries')}</Text>
        ) : (
          <LedgerTable rows={entries} onEdit={(e) => setEntry(e)} onDelete={setDeleting} />
        )}
      </Paper>
      <LedgerDeleteConfirm entry={deleting} onDone={() => setDeleting(null)} />
      {entry && (
        <LedgerEntryModal
          entry={entry === 'new' ? null : entry}
          activityId={activity.id}
          onClose={() => setEntry(null)}
        />
      )}
    </Stack>
  );
}
