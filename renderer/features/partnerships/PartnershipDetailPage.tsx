import { Alert, Anchor, Button, Group, Loader, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { BackupInfo } from '../../../shared/domain/backups';
import { partnershipTitle } from '../../../shared/domain/partnership';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { translateIssues } from '../../forms/validation';
import { ApiError } from '../../api/client';
import { PartnershipActivitiesTab } from '../activities/PartnershipActivitiesTab';
import { useFormat } from '../../i18n/format';
import { PlanTab } from '../plan/PlanTab';
import { useAppStore } from '../../state/store';
import { HealthTab } from './HealthTab';
import { ObjectivesTab } from './ObjectivesTab';
import { OverviewTab } from './OverviewTab';
import { KindBadge, StatusBadge } from './PartnershipBadges';
import { TimelineTab } from './TimelineTab';

/** The tabs, in order; the open one is in the address (?tab=objectives). */
const TABS = ['overview', 'objectives', 'health', 'timeline', 'activities', 'plan'] as const;

export function PartnershipDetailPage() {
  const { t } = useTranslation('partnerships');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partnership = useAppStore((s) => s.partnership);
  const loadPartnership = useAppStore((s) => s.loadPartnership);
  const deletePartnership = useAppStore((s) => s.deletePartnership);
  const backupHoldingLink = useAppStore((s) => s.backupHoldingLink);
  const format = useFormat();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [holding, setHolding] = useState<BackupInfo | null>(null);
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'overview';

  useEffect(() => {
    setFailure(null);
    loadPartnership(id).catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [id, loadPartnership, t]);

  /**
   * The dialog promises a backup only when one holds the link: the core reads the backups
   * themselves, since one taken after the link was made need not hold it (the snapshot before
   * the import that brought it, or before a restore). Unknown counts as none.
   */
  async function askToDelete() {
    setAsking(true);
    setHolding(await backupHoldingLink(id).catch(() => null));
    setAsking(false);
    setConfirming(true);
  }

  function deleteMessage(): string {
    const title = partnershipTitle(partnership ?? { partners: [] });
    return holding
      ? t('delete.messageBackup', { title, date: format.date(holding.createdAt.slice(0, 10)) })
      : t('delete.messageNoBackup', { title });
  }

  async function onDelete() {
    setDeleting(true);
    try {
      await deletePartnership(id);
      notifications.show({ color: 'green', message: t('delete.done') });
      void navigate('/partnerships');
    } catch (error) {
      // A link with activities of its own is refused with the reason at its "field".
      const reason =
        error instanceof ApiError && error.error.issues
          ? Object.values(translateIssues(error.error.issues, t))[0]
          : undefined;
      notifications.show({ color: 'red', message: reason ?? errorMessage(error, t) });
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  }

  const back = (
    <Anchor component={Link} to="/partnerships" size="sm">
      {t('back')}
    </Anchor>
  );
  if (failure) {
    return (
      <>
        {back}
        <Alert color="red" role="alert" mt="sm">
          {failure}
        </Alert>
      </>
    );
  }
  if (!partnership || partnership.id !== id) return <Loader aria-label={t('common:loading')} />;

  return (
    <>
      {back}
      <PageHeader
        title={partnershipTitle(partnership)}
        actions={
          <Group>
            <KindBadge kind={partnership.kind} />
            <StatusBadge status={partnership.status} />
            <Button component={Link} to={`/partnerships/${id}/agreement`} variant="light">
              {t('agreements:open')}
            </Button>
            <Button component={Link} to={`/partnerships/${id}/edit`} variant="default">
              {t('common:actions.edit')}
            </Button>
            <Button color="red" variant="light" loading={asking} onClick={() => void askToDelete()}>
              {t('common:actions.delete')}
            </Button>
          </Group>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="objectives">{t('tabs.objectives')}</Tabs.Tab>
          <Tabs.Tab value="health">{t('tabs.health')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="activities">{t('activities:title')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('plan:tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab partnership={partnership} />
        </Tabs.Panel>
        <Tabs.Panel value="objectives">
          <ObjectivesTab partnership={partnership} />
        </Tabs.Panel>
        <Tabs.Panel value="health">
          <HealthTab partnership={partnership} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineTab partnership={partnership} />
        </Tabs.Panel>
        <Tabs.Panel value="activities">
          <PartnershipActivitiesTab partnershipId={partnership.id} />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanTab partnership={partnership} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmModal
        opened={confirming}
        title={t('delete.title')}
        message={deleteMessage()}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('common:actions.cancel')}
        busy={deleting}
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
