import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { download } from '../../api/files';

export function ExportSection() {
  const { t } = useTranslation('import');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'csv' | 'json' | null>(null);

  async function run(kind: 'csv' | 'json') {
    setBusy(kind);
    setFailure(null);
    try {
      const file = await call(kind === 'csv' ? 'export:csv' : 'export:json', {});
      download(file.text, file.fileName, `${file.mimeType};charset=utf-8`);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title">
      <Title order={2} size="h4" id="export-title" mb="xs">
        {t('export.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('export.body')}
      </Text>
      <Group>
        <Button variant="default" loading={busy === 'csv'} onClick={() => void run('csv')}>
          {t('export.csv')}
        </Button>
        <Button variant="default" loading={busy === 'json'} onClick={() => void run('json')}>
          {t('export.json')}
        </Button>
      </Group>
      <FormFailure title={t('export.failed')} message={failure} />
    </Paper>
  );
}
