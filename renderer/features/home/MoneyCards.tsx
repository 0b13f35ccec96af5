import { Anchor, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import { useAppStore } from '../../state/store';
import { useCategories } from '../money/useCategories';

/** The Overview's money: this year's categories over their plan, and what volunteers are owed. */
export function MoneyCards() {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const overview = useAppStore((s) => s.moneyOverview);
  const load = useAppStore((s) => s.loadMoneyOverview);
  useEffect(() => {
    void load();
  }, [load]);
  if (!overview) return null;
  const money = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, i18n.language);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
      <Paper withBorder p="md" component="section" aria-labelledby="over-budget-title">
        <Title order={3} size="h5" mb="xs" id="over-budget-title">
          {t('overview.overBudget', { year: overview.year })}
        </Title>
        {overview.overBudget.length === 0 ? (
          <Text size="sm">{t('overview.withinBudget')}</Text>
        ) : (
          <List size="sm">
            {overview.overBudget.map((r) => (
              <List.Item key={r.key}>
                {t('overview.overLine', {
                  category: categories.name(r.category),
                  over: money(r.variance),
                  planned: money(r.planned),
                })}
              </List.Item>
            ))}
          </List>
        )}
        {overview.unconvertedCount > 0 && (
          <Text size="sm" c="orange.9" mt={4}>
            {t('overview.unconverted', { count: overview.unconvertedCount })}
          </Text>
        )}
        <Anchor component={Link} to={`/money?year=${overview.year}`} size="sm" mt="xs" display="block">
          {t('overview.openBudget')}
        </Anchor>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="owed-title">
        <Title order={3} size="h5" mb="xs" id="owed-title">
          {t('overview.owed')}
        </Title>
        {overview.volunteers.length === 0 ? (
          <Text size="sm">{t('overview.nothingOwed')}</Text>
        ) : (
          <List size="sm">
            {overview.volunteers.map((v) => (
              <List.Item key={`${v.personId ?? v.name}-${v.currency}`}>
                {t('overview.owedLine', { name: v.name, amount: money(v.owed) })}
              </List.Item>
            ))}
          </List>
        )}
        <Anchor component={Link} to="/money?tab=ledger" size="sm" mt="xs" display="block">
          {t('overview.openLedger')}
        </Anchor>
      </Paper>
    </SimpleGrid>
  );
}
