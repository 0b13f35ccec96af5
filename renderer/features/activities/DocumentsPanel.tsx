import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { call, saveFile } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useIcsExport } from './useIcsExport';

/** What can be made from the activity: its printed programme and its calendar entry. */
export function DocumentsPanel({ activity }: { activity: ActivityView }) {
  const { t } = useTranslation('activities');
  const ics = useIcsExport();
  const [printing, setPrinting] = useState(false);

  async function printProgramme() {
    setPrinting(true);
    try {
      const pdf = await call('document:render', {
        kind: 'activityProgramme',
        params: { activityId: activity.id, language: ics.language },
      });
      await saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open: false });
    } catch (error) {
      notifications.show({ color: 'red', title: t('documents.failed'), message: errorMessage(error, t) });
    } finally {
      setPrinting(false);
    }
  }

  const row = (title: string, hint: string, action: React.ReactNode) => (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="sm">{hint}</Text>
        </div>
        {action}
      </Group>
    </Paper>
  );

  return (
    <Stack>
      <Text>{t('documents.intro')}</Text>
      {row(
        t('documents.programme'),
        t('documents.programmeHint'),
        <Button loading={printing} onClick={() => void printProgramme()}>
          {t('documents.print')}
        </Button>,
      )}
      {row(
        t('documents.calendar'),
        t('documents.calendarHint'),
        <Button
          variant="default"
          loading={ics.busy}
          onClick={() => void ics.exportIcs({ ids: [activity.id] })}
        >
          {t('exportIcsOne')}
        </Button>,
      )}
    </Stack>
  );
}
