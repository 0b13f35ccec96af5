import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErasureReport } from '../../../shared/domain/privacy';
import { intlLocale } from '../../i18n/format';

/** What an erasure did: records removed, backups rewritten, unreadable copies deleted or kept. */
export function ErasureReportAlert({ names, report }: { names: string; report: ErasureReport }) {
  const { t, i18n } = useTranslation('privacy');
  return (
    <Alert color="green" title={t('report.title', { names })}>
      <List size="sm">
        <List.Item>{t('report.records', { value: report.erasedRecords })}</List.Item>
        <List.Item>{t('report.rewritten', { value: report.backupsRewritten })}</List.Item>
        <List.Item>{t('report.deleted', { value: report.filesDeleted })}</List.Item>
        {report.keptMentioningName.length > 0 && (
          <List.Item>
            {t('report.kept', {
              files: new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(
                report.keptMentioningName,
              ),
            })}
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
