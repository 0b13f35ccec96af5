import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import type { DocumentKind } from '../../../shared/ipc/channels/documents';
import { call, saveFile } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { HostStays } from './HostStays';
import { HostSuggestions } from './HostSuggestions';
import { ManualAssign } from './ManualAssign';
import { refusalMessage } from './refusal';
import { useHostPlan } from './useHostPlan';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/** The activity's hosts tab: the shortage, the suggestions with reasons, choices by hand, the sheets. */
export function HostsPanel({ activity }: { activity: ActivityView }) {
  const { t, i18n } = useTranslation('hosts');
  const hosts = useHostPlan(activity.id);
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<DocumentKind | null>(null);
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  const { plan } = hosts;

  async function run(work: () => Promise<void>, done?: string) {
    setBusy(true);
    try {
      await work();
      if (done) notifications.show({ color: 'green', message: done });
    } catch (error) {
      notifications.show({ color: 'red', message: refusalMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  async function print(kind: 'hostSheet' | 'welcomeSheets') {
    setPrinting(kind);
    try {
      const pdf = await call('document:render', { kind, params: { activityId: activity.id, language } });
      await saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open: false });
    } catch (error) {
      notifications.show({ color: 'red', title: t('print.failed'), message: errorMessage(error, t) });
    } finally {
      setPrinting(null);
    }
  }

  if (hosts.failed)
    return (
      <Alert color="red" role="alert">
        {errorMessage(hosts.failed, t)}
      </Alert>
    );
  if (!plan) return <Loader aria-label={t('common:loading')} />;
  const { summary } = plan;
  const counts = t('summary.counts', {
    guests: t('summary.guests', { count: summary.guests }),
    beds: t('summary.beds', { count: summary.beds }),
  });

  return (
    <Stack>
      {summary.guests === 0 ? (
        <Text>{t('summary.noGuests')}</Text>
      ) : summary.shortage > 0 ? (
        <Alert color="orange" variant="light" title={t('summary.shortageTitle')} data-testid="host-shortage">
          <Text fw={700}>{counts}</Text>
          <Text size="sm">{t('summary.shortage', { count: summary.shortage })}</Text>
        </Alert>
      ) : (
        <Alert color="teal" variant="light" title={t('summary.enoughTitle')} data-testid="host-shortage">
          <Text fw={700}>{counts}</Text>
        </Alert>
      )}
      {summary.guests > 0 && (
        <Text>{t('summary.assigned', { count: summary.assigned, total: summary.guests })}</Text>
      )}
      <Group>
        <Button variant="default" loading={printing === 'hostSheet'} onClick={() => void print('hostSheet')}>
          {t('print.hostSheet')}
        </Button>
        <Button
          variant="default"
          disabled={summary.guests === 0}
          loading={printing === 'welcomeSheets'}
          onClick={() => void print('welcomeSheets')}
        >
          {t('print.welcome')}
        </Button>
        <Anchor component={Link} to="/activities/hosts" size="sm">
          {t('register.open')}
        </Anchor>
      </Group>
      {plan.households.length === 0 && summary.guests > 0 && <Text>{t('summary.noHouseholds')}</Text>}
      {summary.guests > 0 && (
        <HostSuggestions
          plan={plan}
          busy={busy}
          onAcceptAll={() =>
            void run(() => hosts.acceptAll(), t('suggestions.accepted', { count: plan.suggestions.length }))
          }
          onAccept={(id) => void run(() => hosts.acceptOne(id))}
        />
      )}
      <ManualAssign plan={plan} onAssign={hosts.assign} />
      {(plan.assignments.length > 0 || plan.stale.length > 0) && (
        <HostStays plan={plan} busy={busy} onUnassign={(id) => void run(() => hosts.unassign(id))} />
      )}
    </Stack>
  );
}
