import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isCurrencyCode, type CurrencyCode } from '../../../shared/domain/money/currencies';
import { PageHeader } from '../../components/PageHeader';
import { BudgetTab } from './BudgetTab';
import { CategoriesTab } from './CategoriesTab';
import { LedgerTab, type LedgerParams } from './LedgerTab';
import { RatesTab } from './RatesTab';

const TABS = ['budget', 'ledger', 'rates', 'categories'] as const;
type Tab = (typeof TABS)[number];

/**
 * The committee's money: the budget of a year, the ledger, the exchange rates and the budget's
 * categories. The tab, the year, the reporting currency and the ledger's filters live in the
 * address.
 */
export function MoneyPage() {
  const { t } = useTranslation('money');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'budget';
  const yearParam = Number(params.get('year'));
  const year =
    Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2200
      ? yearParam
      : new Date().getFullYear();
  const reportingParam = params.get('reporting') ?? 'EUR';
  const reporting: CurrencyCode = isCurrencyCode(reportingParam) ? reportingParam : 'EUR';
  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key === 'q' },
    );
  const ledger: LedgerParams = {
    year: params.get('lyear') ?? '',
    direction: params.get('direction') ?? '',
    category: params.get('category') ?? '',
    currency: params.get('currency') ?? '',
    q: params.get('q') ?? '',
  };
  const ledgerKeys: Record<keyof LedgerParams, string> = {
    year: 'lyear',
    direction: 'direction',
    category: 'category',
    currency: 'currency',
    q: 'q',
  };

  return (
    <>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <Tabs value={tab} onChange={(v) => v && setParam('tab', v === 'budget' ? '' : v)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="budget">
          <BudgetTab
            year={year}
            reporting={reporting}
            onYear={(y) => setParam('year', String(y))}
            onReporting={(c) => setParam('reporting', c === 'EUR' ? '' : c)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="ledger">
          <LedgerTab params={ledger} onParam={(key, value) => setParam(ledgerKeys[key], value)} />
        </Tabs.Panel>
        <Tabs.Panel value="rates">
          <RatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="categories">
          <CategoriesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
