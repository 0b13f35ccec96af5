import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { download } from '../../api/files';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';

type Kind = 'csv' | 'xlsx' | 'json';
const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

export function ExportSection() {
  const { t, i18n } = useTranslation('import');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<Kind | null>(null);
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';

  async function run(kind: Kind) {
    setBusy(kind);
    setFailure(null);
    try {
      if (kind === 'xlsx') {
        const file = await call('export:xlsx', { language });
        download(file.bytes, file.fileName, file.mimeType);
      } else {
        const file = await call(
          kind === 'csv' ? 'export:csv' : 'export:json',
          kind === 'csv' ? { language } : {},
        );
        download(file.text, file.fileName, `${file.mimeType};charset=utf-8`);
      }
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
        {(['xlsx', 'csv', 'json'] as const).map((kind) => (
          <Button key={kind} variant="default" loading={busy === kind} onClick={() => void run(kind)}>
            {t(`export.${kind}`)}
          </Button>
        ))}
      </Group>
      <FormFailure title={t('export.failed')} message={failure} />
    </Paper>
  );
}
