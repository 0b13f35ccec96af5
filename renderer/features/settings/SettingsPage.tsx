import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { UI_LOCALES, UiLocale } from '../../../shared/domain/settings';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { changeLocale, systemLocale } from '../../i18n';
import { useAppStore } from '../../state/store';
import { DormantThresholdField } from './DormantThresholdField';

const SYSTEM = 'system';
/** Each language's name in itself, so a user can find theirs whatever is showing. */
const ENDONYMS: Record<UiLocale, string> = { en: 'English', ro: 'Română', fr: 'Français', de: 'Deutsch' };

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useAppStore((s) => s.settings);
  const status = useAppStore((s) => s.status);
  const updateSettings = useAppStore((s) => s.updateSettings);

  async function onLocale(value: string | null) {
    const parsed = UiLocale.safeParse(value);
    const locale = parsed.success ? parsed.data : null;
    try {
      // Only the language changes; the other settings are kept as they are in the store.
      await updateSettings({ locale });
      await changeLocale(locale ?? systemLocale());
    } catch (error) {
      notifications.show({ color: 'red', title: t('committee:notSaved'), message: errorMessage(error, t) });
    }
  }

  return (
    <>
      <PageHeader title={t('title')} />
      <Stack maw={560}>
        <Paper withBorder p="md">
          <Select
            label={t('language.label')}
            description={t('language.description')}
            data={[
              { value: SYSTEM, label: t('language.system', { name: ENDONYMS[systemLocale()] }) },
              ...UI_LOCALES.map((l) => ({ value: l, label: ENDONYMS[l] })),
            ]}
            value={settings?.locale ?? SYSTEM}
            onChange={(value) => void onLocale(value)}
            allowDeselect={false}
          />
        </Paper>
        <DormantThresholdField />
        <Paper withBorder p="md">
          <Title order={3} size="h5">
            {t('data.title')}
          </Title>
          <Text size="sm" mt={4} style={{ wordBreak: 'break-all' }}>
            {status?.dataDir}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('data.hint')}
          </Text>
        </Paper>
      </Stack>
    </>
  );
}
