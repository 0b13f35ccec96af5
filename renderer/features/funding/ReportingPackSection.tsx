import { LongTaskProgress } from '../../forms/LongTaskProgress';
import { useLongTask, wasCancelled } from '../../forms/useLongTask';
import { Alert, Button, Group, List, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDocumentLanguage } from '../../../shared/domain/activities/documents/words';
import { packOffered } from '../../../shared/domain/funding/reportingPack';
import type { ParticipantCountsView } from '../../../shared/ipc/channels/participants';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import type { Input } from '../../../shared/ipc/contract';
import { ApiError, call, saveFile } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';

type Language = 'en' | 'ro' | 'fr' | 'de';
type Counted = { id: string; title: string; counts: ParticipantCountsView };

/** The refusals the core names for the pack, each with its own words; anything else by its error code. */
const PACK_ERRORS = ['pack_not_awarded', 'pack_no_activities'];

/**
 * The reporting pack of an awarded application: what it holds, its three documents one by one
 * (the final report, the signed list of each invited town, the publication text), and the
 * whole pack as one zip. Offered from the award until the project is closed.
 */
export function ReportingPackSection({ application }: { application: ApplicationView }) {
  const { t, i18n } = useTranslation('funding');
  const format = useFormat();
  const [busy, setBusy] = useState<string | null>(null);
  const task = useLongTask();
  const [failure, setFailure] = useState<string | null>(null);
  const [activities, setActivities] = useState<Counted[]>([]);
  const [statement, setStatement] = useState<boolean | null>(null);
  const language = (isDocumentLanguage(i18n.language) ? i18n.language : 'en') as Language;
  const offered = packOffered(application.status);
  const ids = application.activityIds.join(',');

  useEffect(() => {
    if (!offered) return;
    let live = true;
    void Promise.all([
      call('activities:list', {}),
      ...ids
        .split(',')
        .filter(Boolean)
        .map((activityId) =>
          call('participants:counts', { activityId }).then((counts) => ({ activityId, counts })),
        ),
    ])
      .then(([list, ...counted]) => {
        if (!live) return;
        setActivities(
          counted.map(({ activityId, counts }) => ({
            id: activityId,
            title: list.find((a) => a.id === activityId)?.title ?? activityId,
            counts,
          })),
        );
      })
      .catch(() => undefined);
    void call('funding:programmes', {})
      .then((versions) => {
        const v = versions.find((x) => JSON.stringify(x.ref) === JSON.stringify(application.programme));
        if (live) setStatement(v ? v.programme.publicity !== null : null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [offered, ids, application.programme]);

  if (!offered) return null;

  const words = (error: unknown) => {
    const code = error instanceof ApiError ? error.error.issues?.[0]?.code : undefined;
    return code && PACK_ERRORS.includes(code) ? t(`pack.error.${code}`) : errorMessage(error, t);
  };
  async function run(key: string, make: () => Promise<void>) {
    setBusy(key);
    setFailure(null);
    try {
      await make();
    } catch (error) {
      if (wasCancelled(error)) notifications.show({ message: t('common:task.cancelled') });
      else setFailure(words(error));
    } finally {
      setBusy(null);
    }
  }
  const params = { applicationId: application.id, language };
  const pdf = (request: Input<'document:render'>) =>
    run(request.kind, async () => {
      const file = await call('document:render', request);
      await saveFile({ bytes: file.bytes, fileName: file.fileName, mime: file.mime, open: false });
    });
  const zip = () =>
    run('zip', async () => {
      const pack = await task.run((taskId) => call('funding:reportingPack', { ...params, taskId }));
      await saveFile({ bytes: pack.bytes, fileName: pack.fileName, mime: pack.mime, open: false });
      notifications.show({
        color: 'green',
        message: t('pack.saved', { count: pack.entries.length, name: pack.fileName }),
      });
    });
  const towns = activities.flatMap((a) => a.counts.byInvitedTown.map((town) => ({ activity: a, town })));
  const townName = (town: string, country: string | null) =>
    country ? `${town} (${format.country(country)})` : town;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reporting-pack">
      <Title order={3} mb="xs" id="reporting-pack">
        {t('pack.title')}
      </Title>
      <Stack gap="xs">
        <Text>{t('pack.intro')}</Text>
        <List>
          <List.Item>{t('pack.holds.report')}</List.Item>
          <List.Item>{t('pack.holds.lists', { count: towns.length })}</List.Item>
          <List.Item>
            {statement === false ? t('pack.holds.publicationNoStatement') : t('pack.holds.publication')}
          </List.Item>
        </List>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group gap="xs">
          <Button
            variant="default"
            loading={busy === 'funding-final-report'}
            onClick={() => void pdf({ kind: 'funding-final-report', params })}
          >
            {t('pack.report')}
          </Button>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button variant="default" loading={busy === 'participantList'} disabled={towns.length === 0}>
                {t('pack.lists')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {towns.map(({ activity, town }) => (
                <Menu.Item
                  key={`${activity.id}|${town.country ?? ''}|${town.town}`}
                  onClick={() =>
                    void pdf({
                      kind: 'participantList',
                      params: {
                        activityId: activity.id,
                        languages: [language],
                        list: { kind: 'invited', town: town.town, country: town.country },
                      },
                    })
                  }
                >
                  {t('pack.townList', { town: townName(town.town, town.country), activity: activity.title })}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button
            variant="default"
            loading={busy === 'funding-publication'}
            onClick={() => void pdf({ kind: 'funding-publication', params })}
          >
            {t('pack.publication')}
          </Button>
          <Button loading={busy === 'zip'} onClick={() => void zip()}>
            {t('pack.zip')}
          </Button>
        </Group>
        <LongTaskProgress task={task} />
      </Stack>
    </Paper>
  );
}
