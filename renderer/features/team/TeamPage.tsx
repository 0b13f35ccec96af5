import { Button, Group, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../api/client';
import { download } from '../../api/files';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { AnnualReportDialog } from './AnnualReportDialog';
import { MeetingsPanel } from './MeetingsPanel';
import { TasksPanel } from './TasksPanel';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/** The committee's team: tasks and meetings; the open tab is in the address (?tab=meetings). */
export function TeamPage() {
  const { t, i18n } = useTranslation('team');
  const [params, setParams] = useSearchParams();
  const loadCommittee = useAppStore((s) => s.loadCommittee);
  const [busy, setBusy] = useState(false);
  const [annual, setAnnual] = useState(false);
  useEffect(() => void loadCommittee(), [loadCommittee]);
  const tab = params.get('tab') === 'meetings' ? 'meetings' : 'tasks';
  async function exportCalendar() {
    setBusy(true);
    try {
      const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
      const file = await call('team:exportIcs', { language });
      download(file.bytes, file.fileName, file.mimeType);
    } catch (error) {
      notifications.show({ color: 'red', title: t('calendarFailed'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Group gap="xs">
            <Button variant="light" onClick={() => setAnnual(true)}>
              {t('annual.open')}
            </Button>
            <Button variant="light" loading={busy} onClick={() => void exportCalendar()}>
              {t('exportCalendar')}
            </Button>
          </Group>
        }
      />
      {annual && <AnnualReportDialog opened onClose={() => setAnnual(false)} />}
      <Tabs
        value={tab}
        onChange={(v) => setParams(v === 'meetings' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="tasks">{t('tabs.tasks')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('tabs.meetings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tasks">
          <TasksPanel />
        </Tabs.Panel>
        <Tabs.Panel value="meetings">
          <MeetingsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
