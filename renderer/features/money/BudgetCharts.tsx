import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import { toDecimalString } from '../../../shared/domain/money/money';
import type { BudgetSummaryView } from '../../../shared/ipc/channels/moneyViews';
import { useFormat } from '../../i18n/format';
import { useCategories } from './useCategories';

/** Major units as a chart's height: a float for drawing only, never for a sum. */
const height = (m: { amount: number; currency: BudgetSummaryView['reporting'] }) =>
  Number(toDecimalString(m));

/**
 * Planned against actual by category, spending month by month, and the cash at the end of each
 * month with what funders still owe, in the reporting currency.
 */
export function BudgetCharts({ summary }: { summary: BudgetSummaryView }) {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const format = useFormat();
  const byCategory = summary.byCategory.map((r) => ({
    category: categories.name(r.category),
    [t('budget.planned')]: height(r.planned),
    [t('budget.actual')]: height(r.actual),
  }));
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
  const months = summary.months.map((m) => ({
    month: monthName.format(new Date(`${m.month}-01T00:00:00Z`)),
    [t('budget.spent')]: height(m.expense),
  }));
  const cash = summary.cash.points.map((p) => ({
    month: monthName.format(new Date(`${p.month}-01T00:00:00Z`)),
    [t('budget.balance')]: height(p.balance),
  }));
  // The currency is in each chart's title; the axis keeps to numbers.
  const value = (n: number) => format.number(n);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder p="md" component="figure" m={0} aria-labelledby="chart-categories">
        <Title order={3} size="h5" id="chart-categories" mb="sm">
          {t('budget.chartCategories', { currency: summary.reporting })}
        </Title>
        {byCategory.length === 0 ? (
          <Text size="sm">{t('budget.nothingYet')}</Text>
        ) : (
          <BarChart
            h={260}
            data={byCategory}
            dataKey="category"
            valueFormatter={value}
            withLegend
            series={[
              { name: t('budget.planned'), color: 'indigo.4' },
              { name: t('budget.actual'), color: 'teal.7' },
            ]}
          />
        )}
      </Paper>
      <Paper withBorder p="md" component="figure" m={0} aria-labelledby="chart-months">
        <Title order={3} size="h5" id="chart-months" mb="sm">
          {t('budget.chartMonths', { year: summary.year, currency: summary.reporting })}
        </Title>
        <BarChart
          h={260}
          data={months}
          dataKey="month"
          valueFormatter={value}
          series={[{ name: t('budget.spent'), color: 'orange.7' }]}
        />
      </Paper>
      {cash.length > 0 && (
        <Paper withBorder p="md" component="figure" m={0} aria-labelledby="chart-cash">
          <Title order={3} size="h5" id="chart-cash" mb="sm">
            {t('budget.chartCash', { year: summary.year, currency: summary.reporting })}
          </Title>
          <LineChart
            h={220}
            data={cash}
            dataKey="month"
            valueFormatter={value}
            series={[{ name: t('budget.balance'), color: 'blue.7' }]}
          />
          <Text size="sm" mt="xs">
            {t('budget.cashAhead', {
              due: formatMoney(summary.cash.dueFromFunders, i18n.language),
              projected: formatMoney(summary.cash.projected, i18n.language),
            })}
          </Text>
        </Paper>
      )}
    </SimpleGrid>
  );
}
