import { Alert, Button, FileButton, Group, List, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RateImportView, RateRecord } from '../../../shared/ipc/channels/moneyViews';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { RateModal } from './RateModal';

/** The exchange rates the budget converts with: typed by hand or imported, never fetched. */
export function RatesTab() {
  const { t, i18n } = useTranslation('money');
  const format = useFormat();
  const rates = useAppStore((s) => s.rates);
  const load = useAppStore((s) => s.loadRates);
  const remove = useAppStore((s) => s.removeRate);
  const importRates = useAppStore((s) => s.importRates);
  const [editing, setEditing] = useState<RateRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RateRecord | null>(null);
  const [report, setReport] = useState<RateImportView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const decimal = (rate: string) => (i18n.language === 'en' ? rate : rate.replace('.', ','));

  async function importFile(file: File | null) {
    if (!file) return;
    setFailure(null);
    try {
      setReport(await importRates(await file.text()));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  return (
    <Stack>
      <Text size="sm">{t('rates.intro')}</Text>
      <Group>
        <Button onClick={() => setEditing('new')}>{t('rate.add')}</Button>
        <FileButton onChange={(f) => void importFile(f)} accept=".csv,text/csv">
          {(p) => (
            <Button {...p} variant="default">
              {t('rates.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <FormFailure title={t('rates.importFailed')} message={failure} />
      {report && (
        <Alert
          color={report.counts.refused > 0 ? 'orange' : 'green'}
          title={t('rates.imported', { count: report.counts.imported })}
          withCloseButton
          closeButtonLabel={t('close')}
          onClose={() => setReport(null)}
        >
          <Text size="sm">{t('rates.importCounts', report.counts)}</Text>
          <List size="sm">
            {report.layout === 'unknown' && <List.Item>{t('rateProblem.missing_column')}</List.Item>}
            {report.rows
              .filter((r) => r.status === 'refused')
              .map((r) => (
                <List.Item key={`${r.line}-${r.column}`}>
                  {t(`rateProblem.${r.problem ?? 'invalid_rate'}`, { line: r.line, column: r.column })}
                </List.Item>
              ))}
          </List>
        </Alert>
      )}
      {!rates ? (
        <Loader aria-label={t('common:loading')} />
      ) : rates.length === 0 ? (
        <Text size="sm">{t('rates.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rate.rate')}</Table.Th>
                <Table.Th>{t('rate.date')}</Table.Th>
                <Table.Th>{t('rate.source')}</Table.Th>
                <Table.Th>{t('rate.note')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td
                    style={{ whiteSpace: 'nowrap' }}
                  >{`1 ${r.from} = ${decimal(r.rate)} ${r.to}`}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.date)}</Table.Td>
                  <Table.Td>{t(`rateSource.${r.source}`)}</Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(r)}>
                        {t('edit')}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(r)}>
                        {t('delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <RateModal rate={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('rate.deleteTitle')}
        message={
          deleting
            ? t('rate.deleteMessage', {
                rate: `1 ${deleting.from} = ${decimal(deleting.rate)} ${deleting.to}`,
                date: format.date(deleting.date),
              })
            : ''
        }
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        onConfirm={() => {
          if (deleting) void remove(deleting.id, deleting.rev);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}
