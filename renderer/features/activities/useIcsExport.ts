import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityFilter } from '../../../shared/ipc/channels/activities';
import { call } from '../../api/client';
import { download } from '../../api/files';
import { errorMessage } from '../../forms/useSubmit';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/** Saves the activities the filter keeps as one .ics file, its words in the app's language. */
export function useIcsExport() {
  const { t, i18n } = useTranslation('activities');
  const [busy, setBusy] = useState(false);
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  async function exportIcs(filter: ActivityFilter) {
    setBusy(true);
    try {
      const file = await call('activities:exportIcs', { language, filter });
      download(file.bytes, file.fileName, file.mimeType);
    } catch (error) {
      notifications.show({ color: 'red', title: t('exportFailed'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }
  return { exportIcs, busy, language };
}
