import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toDecimalString } from '../../../shared/domain/money/money';
import type { BudgetSummaryView } from '../../../shared/ipc/channels/moneyViews';
import { useFormat } from '../../i18n/format';
import { useCategories } from './useCategories';

/** Major units as a chart's height: a float for drawing only, never for a sum. */
const height = (m: { amount: number; currency: BudgetSummaryView['reporting'] }) =>
  Number(toDecimalString(m));

/** Planned against actual by category, and spending month by month, in the reporting currency. */
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
    </SimpleGrid>
  );
}
