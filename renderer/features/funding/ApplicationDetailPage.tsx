import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationStatusLabelKey } from '../../i18n/statuses';
import { Link, useNavigate, useParams } from 'react-router';
import { call } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { ChecklistPanel } from './ChecklistPanel';
import { EligibilityPanel } from './EligibilityPanel';
import { EstimatePanel } from './EstimatePanel';
import { GrantIncomePanel } from './GrantIncomePanel';
import { programmePath } from './programmePath';
import { ReportingPackSection } from './ReportingPackSection';
import { StatusPanel } from './StatusPanel';
import { useCall } from './useCall';

/** One application: what it is, its deadlines (internal first), eligibility, estimate, lifecycle and documents. */
export function ApplicationDetailPage() {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: app, failure, setData } = useCall('funding:application', { id });
  const programmes = useCall('funding:programmes', {});
  const activities = useCall('activities:list', {});
  const [removing, setRemoving] = useState(false);

  if (failure)
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  if (!app) return <Loader aria-label={t('common:loading')} />;
  const version = programmes.data?.find((v) => JSON.stringify(v.ref) === JSON.stringify(app.programme));
  const documents = version?.programme.documents ?? [];

  async function remove() {
    try {
      await call('funding:removeApplication', { id });
      notifications.show({ color: 'green', message: t('detail.removed') });
      void navigate('/funding');
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  }

  return (
    <>
      <Anchor component={Link} to="/funding" size="sm">
        {t('detail.back')}
      </Anchor>
      <PageHeader
        title={app.title}
        subtitle={app.programmeName}
        actions={
          <Group>
            <Badge size="lg" variant="light">
              {t(applicationStatusLabelKey(app.status))}
            </Badge>
            <Button component={Link} to={`/funding/applications/${id}/edit`} variant="default">
              {t('detail.edit')}
            </Button>
            <Button color="red" variant="light" onClick={() => setRemoving(true)}>
              {t('common:actions.delete')}
            </Button>
          </Group>
        }
      />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md">
            <Title order={3} mb="xs">
              {t('detail.deadlines')}
            </Title>
            {app.deadline ? (
              <Stack gap={4}>
                <Text fw={700}>
                  {t('detail.internal', {
                    date: format.date(app.internalDeadline ?? app.deadline.date),
                    count: app.internalDaysBefore,
                  })}
                </Text>
                <Text>
                  {t('detail.funder', {
                    date: format.date(app.deadline.date),
                    time: app.deadline.time,
                    zone: app.deadline.timeZone,
                  })}
                </Text>
              </Stack>
            ) : (
              <Text c="dimmed">{t('detail.noDeadline')}</Text>
            )}
            <Text mt="sm">
              {app.projectStart && app.projectEnd
                ? t('detail.project', {
                    start: format.date(app.projectStart),
                    end: format.date(app.projectEnd),
                  })
                : t('detail.noProject')}
            </Text>
            {version && (
              <Anchor component={Link} to={programmePath(version.ref)} size="sm">
                {t('programmes.open', { name: version.programme.name, year: version.ref.callYear })}
              </Anchor>
            )}
          </Paper>
          <GrantIncomePanel application={app} />
          <Paper withBorder p="md">
            <Title order={3} mb="xs">
              {t('detail.applicants')}
            </Title>
            <List>
              {app.applicants.map((a, i) => (
                <List.Item key={i}>
                  {a.name} {a.country ? `(${format.country(a.country)})` : ''} ·{' '}
                  {t(`applicantKind.${a.kind}`)} {a.lead ? `· ${t('detail.lead')}` : ''}
                </List.Item>
              ))}
            </List>
          </Paper>
          <Paper withBorder p="md">
            <Title order={3} mb="xs">
              {t('detail.activities')}
            </Title>
            {app.activityIds.length === 0 && <Text c="dimmed">{t('detail.noActivities')}</Text>}
            <List>
              {app.activityIds.map((aid) => {
                const a = activities.data?.find((x) => x.id === aid);
                return (
                  <List.Item key={aid}>
                    <Anchor component={Link} to={`/activities/${aid}`}>
                      {a?.title ?? aid}
                    </Anchor>
                    {a && ` · ${format.date(a.startDate)}`}
                  </List.Item>
                );
              })}
            </List>
          </Paper>
        </SimpleGrid>
        <EligibilityPanel application={app} onChecked={setData} />
        <EstimatePanel applicationId={app.id} />
        <StatusPanel application={app} onMoved={setData} />
        <ReportingPackSection application={app} />
        <ChecklistPanel application={app} documents={documents} onChanged={setData} />
      </Stack>
      <ConfirmModal
        opened={removing}
        title={t('detail.remove')}
        message={t('detail.removeConfirm', { title: app.title })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(false)}
      />
    </>
  );
}
