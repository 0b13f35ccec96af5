import { Alert, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureReport, PersonMatch, PersonRef } from '../../../shared/domain/privacy';
import { ConfirmModal } from '../../components/ConfirmModal';
import { SensitiveDataDue } from '../participants/SensitiveDataDue';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { download } from '../../api/files';
import { exportFileName } from './download';
import { ErasureReportAlert } from './ErasureReportAlert';
import { PendingErasureAlert } from './PendingErasureAlert';
import { usePendingErasure } from './usePendingErasure';

const MIN_QUERY = 2;
const keyOf = (m: PersonRef) => `${m.collection}\u0000${m.id}`;

/**
 * A person's rights over their data: the secretary finds every record about someone by
 * name or e-mail, saves a copy for them, or erases them everywhere, backups included.
 */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  const findPerson = useAppStore((s) => s.findPerson);
  const exportPerson = useAppStore((s) => s.exportPerson);
  const erasePerson = useAppStore((s) => s.erasePerson);
  const [query, setQuery] = useState('');
  const [queryError, setQueryError] = useState<string | null>(null);
  const [searched, setSearched] = useState<string | null>(null);
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'search' | 'export' | 'erase' | null>(null);
  // What the confirmation is about, kept while the dialog closes even though the results change.
  const [confirming, setConfirming] = useState<{ refs: PersonRef[]; names: string } | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [report, setReport] = useState<{ names: string; report: ErasureReport } | null>(null);
  const pendingErasure = usePendingErasure((finished, result) => {
    setReport({ names: finished.names.join(', ') || t('pending.unnamed'), report: result });
    if (searched) void search(searched);
  });

  const chosen = matches.filter((m) => selected.has(keyOf(m)));
  const chosenRefs = chosen.map(({ collection, id }) => ({ collection, id }));
  const chosenNames = [...new Set(chosen.map((m) => m.name || m.email))].join(', ');

  async function search(text: string) {
    setBusy('search');
    setFailure(null);
    try {
      const found = await findPerson(text);
      setMatches(found);
      // One match is almost always the person asked about; several need a choice.
      setSelected(new Set(found.length === 1 ? found.map(keyOf) : []));
      setSearched(text);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    const text = query.trim();
    if (text.length < MIN_QUERY) {
      setQueryError(t('search.tooShort', { count: MIN_QUERY }));
      return;
    }
    setQueryError(null);
    setReport(null);
    void search(text);
  }

  function toggle(match: PersonMatch, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(keyOf(match));
    else next.delete(keyOf(match));
    setSelected(next);
  }

  async function onExport() {
    setBusy('export');
    setFailure(null);
    try {
      const data = await exportPerson(chosenRefs);
      const fileName = exportFileName(chosen[0]?.name || chosen[0]?.email || 'person', data.exportedAt);
      download(JSON.stringify(data, null, 2), fileName, 'application/json');
      notifications.show({ color: 'green', message: t('export.done', { file: fileName }) });
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  async function onErase(pending: { refs: PersonRef[]; names: string }) {
    setBusy('erase');
    setFailure(null);
    pendingErasure.clearStopped();
    try {
      const result = await erasePerson(pending.refs);
      setReport({ names: pending.names, report: result });
      setConfirmOpen(false);
      if (searched) await search(searched);
    } catch (error) {
      setConfirmOpen(false);
      // The records go first; a backup that could not be rewritten leaves a job to finish, and the
      // generic "nothing was changed" would then be false.
      if (!(await pendingErasure.stoppedHalfWay(error))) setFailure(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  const where = (m: PersonMatch) => {
    const context =
      m.collection === 'committee.members'
        ? t(`committee:role.${m.context}`, { defaultValue: m.context })
        : m.context;
    const collection = t(`collection.${m.collection.replace('.', '_')}`, { defaultValue: m.collection });
    return context ? `${collection} — ${context}` : collection;
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Stack maw={900}>
        <Paper withBorder p="md">
          <form onSubmit={onSearch} noValidate>
            <TextInput
              label={t('search.label')}
              description={t('search.description')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              error={queryError}
              maxLength={200}
              // The button sits beside the field itself, whatever the label and description wrap to.
              inputContainer={(input) => (
                <Group gap="sm" wrap="nowrap" align="flex-end">
                  <div style={{ flex: 1 }}>{input}</div>
                  <Button type="submit" loading={busy === 'search'}>
                    {t('search.action')}
                  </Button>
                </Group>
              )}
            />
          </form>
        </Paper>

        {failure && <Alert color="red">{failure}</Alert>}

        {pendingErasure.pending && (
          <PendingErasureAlert
            pending={pendingErasure.pending}
            stoppedBy={pendingErasure.stoppedBy}
            busy={pendingErasure.finishing}
            onFinish={() => void pendingErasure.finish()}
          />
        )}

        {report && <ErasureReportAlert names={report.names} report={report.report} />}

        {searched !== null && (
          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="xs">
              {t('results.title')}
            </Title>
            {matches.length === 0 ? (
              <Text c="dimmed">{t('results.none', { text: searched })}</Text>
            ) : (
              <>
                <Table striped aria-label={t('results.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={40} />
                      <Table.Th>{t('results.name')}</Table.Th>
                      <Table.Th>{t('results.email')}</Table.Th>
                      <Table.Th>{t('results.where')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {matches.map((m) => (
                      <Table.Tr key={keyOf(m)}>
                        <Table.Td>
                          <Checkbox
                            aria-label={t('results.select', { name: m.name || m.email, where: where(m) })}
                            checked={selected.has(keyOf(m))}
                            onChange={(e) => toggle(m, e.currentTarget.checked)}
                          />
                        </Table.Td>
                        <Table.Td>{m.name}</Table.Td>
                        <Table.Td>{m.email || '—'}</Table.Td>
                        <Table.Td>{where(m)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Text size="sm" c="dimmed" mt="sm">
                  {chosen.length === 0
                    ? t('results.chooseHint')
                    : t('results.chosen', { names: chosenNames })}
                </Text>
                <Group mt="sm">
                  <Button
                    onClick={() => void onExport()}
                    disabled={chosen.length === 0}
                    loading={busy === 'export'}
                  >
                    {t('export.action')}
                  </Button>
                  <Button
                    color="red"
                    variant="light"
                    onClick={() => {
                      setConfirming({ refs: chosenRefs, names: chosenNames });
                      setConfirmOpen(true);
                    }}
                    disabled={chosen.length === 0}
                  >
                    {t('erase.action')}
                  </Button>
                </Group>
              </>
            )}
          </Paper>
        )}

        <SensitiveDataDue />

        <Paper withBorder p="md">
          <Title order={3} size="h5" mb={4}>
            {t('about.title')}
          </Title>
          <Text size="sm">{t('about.body')}</Text>
        </Paper>
      </Stack>
      <ConfirmModal
        opened={confirmOpen}
        title={t('erase.confirmTitle')}
        message={t('erase.confirmBody', { names: confirming?.names ?? '' })}
        confirmLabel={t('erase.confirm')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy === 'erase'}
        onConfirm={() => confirming && void onErase(confirming)}
        onCancel={() => setConfirmOpen(false)}
      />
    </>
  );
}
