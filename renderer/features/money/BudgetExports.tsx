import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import { call, saveFile } from '../../api/client';
import { download } from '../../api/files';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';

type Kind = 'xlsx' | 'csv' | 'pdf';
const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/** The year's budget as a workbook, the ledger as CSV, and the report the treasurer signs. */
export function BudgetExports(props: { year: number; reporting: CurrencyCode }) {
  const { t, i18n } = useTranslation('money');
  const [busy, setBusy] = useState<Kind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  const scope = { year: props.year, reportingCurrency: props.reporting, language };

  async function run(kind: Kind) {
    setBusy(kind);
    setFailure(null);
    try {
      if (kind === 'pdf') {
        const pdf = await call('document:render', { kind: 'budgetReport', params: scope });
        const saved = await saveFile({
          bytes: pdf.bytes,
          fileName: pdf.fileName,
          mime: pdf.mime,
          open: false,
        });
        if (saved.outcome !== 'cancelled')
          notifications.show({ color: 'green', message: t('export.done', { name: pdf.fileName }) });
      } else {
        const file = await call(kind === 'xlsx' ? 'budget:exportXlsx' : 'budget:exportCsv', scope);
        download(file.bytes, file.fileName, file.mimeType);
      }
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Group gap="xs">
        {(['pdf', 'xlsx', 'csv'] as const).map((kind) => (
          <Button
            key={kind}
            variant="default"
            size="sm"
            loading={busy === kind}
            onClick={() => void run(kind)}
          >
            {t(`export.${kind}`)}
          </Button>
        ))}
      </Group>
      <FormFailure title={t('export.failed')} message={failure} />
    </>
  );
}
