import { Tabs } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../state/store';
import { SearchTab } from './SearchTab';
import { ShortlistTab } from './ShortlistTab';

/** Partner search (key 1): find candidate towns, see why they rank, keep a shortlist. */
export function DiscoveryPage() {
  const { t } = useTranslation('discovery');
  const loadShortlist = useAppStore((s) => s.loadShortlist);
  const count = useAppStore((s) => s.shortlist?.length ?? 0);

  useEffect(() => {
    void loadShortlist();
  }, [loadShortlist]);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs defaultValue="search" keepMounted>
        <Tabs.List mb="md">
          <Tabs.Tab value="search">{t('tabs.search')}</Tabs.Tab>
          <Tabs.Tab value="shortlist">{t('tabs.shortlist', { count })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="search">
          <SearchTab />
        </Tabs.Panel>
        <Tabs.Panel value="shortlist">
          <ShortlistTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
