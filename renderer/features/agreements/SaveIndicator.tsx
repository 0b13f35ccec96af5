import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type SaveShown = { kind: 'saved' | 'unsaved' | 'saving' | 'invalid' | 'failed' };

/**
 * A quiet word beside Save draft: Saving…, Saved, waiting, or Not saved (the page says why
 * below the header, where a long message does not push the buttons about).
 */
export function SaveIndicator({ shown }: { shown: SaveShown }) {
  const { t } = useTranslation('agreements');
  let body;
  switch (shown.kind) {
    case 'saving':
      body = (
        <>
          <Loader size={12} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('autosave.saving')}
          </Text>
        </>
      );
      break;
    case 'failed':
      body = (
        <Text size="sm" c="red.8" fw={500}>
          {t('autosave.failed')}
        </Text>
      );
      break;
    case 'invalid':
      body = (
        <Text size="sm" c="orange.9">
          {t('autosave.invalid')}
        </Text>
      );
      break;
    case 'unsaved':
      body = (
        <Text size="sm" c="dimmed">
          {t('unsaved')}
        </Text>
      );
      break;
    default:
      body = (
        <Text size="sm" c="dimmed">
          ✓ {t('upToDate')}
        </Text>
      );
  }
  return (
    <Group gap={6} role="status" aria-live="polite" aria-label={t('autosave.label')} wrap="nowrap">
      {body}
    </Group>
  );
}
