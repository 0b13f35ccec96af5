import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

/** Import partnerships from a spreadsheet's CSV, export the registry as CSV or JSON. */
export function TransferPage() {
  const { t } = useTranslation('import');
  return (
    <>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <Stack>
        <ImportSection />
        <ExportSection />
      </Stack>
    </>
  );
}
