import { Alert, Anchor, Button, Group, Loader, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { ActivityStatusBadge } from './ActivityBadges';
import { ACTIVITY_TABS } from './activityTabs';
import { useActivityDelete } from './useActivityDelete';

/** One activity: its tabs (overview, programme, documents, …), the open one in the address. */
export function ActivityDetailPage() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const activity = useAppStore((s) => s.activity);
  const loadActivity = useAppStore((s) => s.loadActivity);
  const [failure, setFailure] = useState<string | null>(null);
  const deletion = useActivityDelete(activity?.id === id ? activity : null);
  const tab = ACTIVITY_TABS.find((x) => x.value === params.get('tab')) ?? ACTIVITY_TABS[0]!;

  useEffect(() => {
    setFailure(null);
    loadActivity(id).catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [id, loadActivity, t]);

  const back = (
    <Anchor component={Link} to="/activities" size="sm">
      {t('back')}
    </Anchor>
  );
  if (failure)
    return (
      <>
        {back}
        <Alert color="red" role="alert" mt="sm" title={t('notFound')}>
          {failure}
        </Alert>
      </>
    );
  if (!activity || activity.id !== id) return <Loader aria-label={t('common:loading')} />;

  return (
    <>
      {back}
      <PageHeader
        title={activity.title}
        subtitle={t(`kind.${activity.kind}`)}
        actions={
          <Group>
            <ActivityStatusBadge status={activity.status} />
            <Button component={Link} to={`/activities/${id}/edit`} variant="default">
              {t('common:actions.edit')}
            </Button>
            <Button color="red" variant="light" loading={deletion.busy} onClick={deletion.ask}>
              {t('common:actions.delete')}
            </Button>
          </Group>
        }
      />
      <Tabs
        value={tab.value}
        onChange={(value) =>
          setParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('tabs.label')}>
          {ACTIVITY_TABS.map((x) => (
            <Tabs.Tab key={x.value} value={x.value}>
              {t(x.labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {ACTIVITY_TABS.map((x) => (
          <Tabs.Panel key={x.value} value={x.value}>
            <x.Panel activity={activity} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <ConfirmModal
        opened={deletion.confirming}
        title={t('delete.title')}
        message={t('delete.message', { title: activity.title, count: activity.participants })}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('common:actions.cancel')}
        busy={deletion.busy}
        onConfirm={deletion.confirm}
        onCancel={deletion.cancel}
      />
    </>
  );
}
