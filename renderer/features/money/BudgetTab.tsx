import { Alert, Group, List, Loader, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { BudgetCharts } from './BudgetCharts';
import { BudgetExports } from './BudgetExports';
import { BudgetLinesTable } from './BudgetLinesTable';
import { CofinancingSection } from './CofinancingSection';
import { CURRENCY_OPTIONS } from './moneyText';
import { useCategories } from './useCategories';
import { VarianceTable } from './VarianceTable';

/** One year's budget: planned against actual in the reporting currency, its lines, charts and exports. */
export function BudgetTab(props: {
  year: number;
  reporting: CurrencyCode;
  onYear(year: number): void;
  onReporting(currency: CurrencyCode): void;
}) {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const format = useFormat();
  const load = useAppStore((s) => s.loadBudget);
  const summary = useAppStore((s) => s.budgetSummary);
  const lines = useAppStore((s) => s.budgetLines);
  const { year, reporting } = props;
  useEffect(() => {
    void load({ year, reporting });
  }, [load, year, reporting]);

  const ready = summary && lines && summary.year === year && summary.reporting === reporting;
  const money = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, i18n.language);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <NumberInput
            label={t('budget.year')}
            value={year}
            min={1900}
            max={2200}
            w={110}
            onChange={(v) => typeof v === 'number' && v >= 1900 && v <= 2200 && props.onYear(v)}
          />
          <Select
            label={t('budget.reporting')}
            data={CURRENCY_OPTIONS}
            value={reporting}
            onChange={(v) => v && props.onReporting(v as CurrencyCode)}
            searchable
            allowDeselect={false}
            w={120}
          />
        </Group>
        <BudgetExports year={year} reporting={reporting} />
      </Group>
      {!ready ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        <>
          {summary.unconverted.length > 0 && (
            <Alert color="orange" title={t('budget.unconvertedTitle', { count: summary.unconverted.length })}>
              <Text size="sm" mb={4}>
                {t('budget.unconvertedBody', { currency: reporting })}
              </Text>
              <List size="sm">
                {summary.unconverted.map((u) => (
                  <List.Item key={`${u.kind}-${u.id}`}>
                    {t(`budget.unconvertedKind.${u.kind}`)}: {money(u.amount)} ({format.date(u.date)}) –{' '}
                    {t('noRate', { from: u.missing.from, to: u.missing.to, date: format.date(u.date) })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Paper withBorder p="md">
            <VarianceTable
              caption={t('budget.byCategory', { year, currency: reporting })}
              firstColumn={t('line.category')}
              rows={summary.byCategory}
              total={summary.total}
              label={(r) => categories.name(r.category)}
            />
          </Paper>
          <BudgetCharts summary={summary} />
          <Paper withBorder p="md">
            <BudgetLinesTable year={year} lines={lines} />
          </Paper>
          <Paper withBorder p="md">
            <CofinancingSection year={year} activityId={null} reporting={reporting} />
          </Paper>
          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="xs">
              {t('budget.ratesUsed')}
            </Title>
            {summary.ratesUsed.length === 0 ? (
              <Text size="sm">{t('budget.noRatesUsed')}</Text>
            ) : (
              <List size="sm">
                {summary.ratesUsed.map((r) => (
                  <List.Item key={`${r.from}${r.to}${r.date}${r.source}`}>
                    {t('rate.line', {
                      from: r.from,
                      to: r.to,
                      rate: i18n.language === 'en' ? r.rate : r.rate.replace('.', ','),
                      date: format.date(r.date),
                      source: t(`rateSource.${r.source}`),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            <Text size="sm" mt="sm">
              {t('budget.cashLine', {
                closing: money(summary.cash.closing),
                owed: money(summary.cash.owedToVolunteers),
              })}
            </Text>
          </Paper>
        </>
      )}
    </Stack>
  );
}
