import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../forms/useSubmit';
import { ActivityTable } from './ActivityTable';
import { useActivityList } from './useActivityList';

/** The Activities tab of a partnership: its activities, and a new one already linked to it. */
export function PartnershipActivitiesTab({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation('activities');
  const { rows, failed } = useActivityList({ partnershipId });
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('partnershipTab.intro')}</Text>
        <Button component={Link} to={`/activities/new?partnership=${encodeURIComponent(partnershipId)}`}>
          {t('partnershipTab.new')}
        </Button>
      </Group>
      {failed !== null && (
        <Alert color="red" role="alert">
          {errorMessage(failed, t)}
        </Alert>
      )}
      {!rows && failed === null && <Loader aria-label={t('common:loading')} />}
      {rows?.length === 0 && <Text c="dimmed">{t('partnershipTab.empty')}</Text>}
      {rows && rows.length > 0 && <ActivityTable rows={rows} withLinks={false} />}
    </>
  );
}
