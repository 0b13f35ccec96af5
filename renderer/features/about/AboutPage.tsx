import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../state/store';

export function AboutPage() {
  const { t } = useTranslation('about');
  const status = useAppStore((s) => s.status);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('version', { version: status?.appVersion ?? '' })} />
      <Stack maw={720}>
        <Paper withBorder p="md">
          <Text>{t('purpose')}</Text>
          <Text mt="sm" size="sm" c="dimmed">
            {t('history')}
          </Text>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="about-guide">
          <Title order={3} size="h5" mb="xs" id="about-guide">
            {t('guide.title')}
          </Title>
          <Text size="sm">{t('guide.body')}</Text>
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('credits.title')}
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>{t('credits.fonts')}</List.Item>
            <List.Item>{t('credits.places')}</List.Item>
            <List.Item>{t('credits.borders')}</List.Item>
            <List.Item>{t('credits.software')}</List.Item>
          </List>
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('privacy.title')}
          </Title>
          <Text size="sm">{t('privacy.body')}</Text>
        </Paper>
      </Stack>
    </>
  );
}
