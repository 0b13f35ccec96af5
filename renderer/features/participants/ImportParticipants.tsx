import { Alert, Badge, Button, Checkbox, FileButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ParticipantImportPreview,
  ParticipantPreviewRow,
} from '../../../shared/domain/activities/import/preview';
import type { ParticipantRowEdit } from '../../../shared/ipc/channels/participants';
import { call } from '../../api/client';
import { fileToBytes } from '../../api/files';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { ImportRowFix } from './ImportRowFix';
import { issueText, problemText } from './importIssues';

const ROW_TINT = { ok: 'green', warning: 'yellow', error: 'red' } as const;

/**
 * Participants from a registration spreadsheet (CSV or XLSX): every row's fate first, refused
 * rows put right or left out, and nothing written until Import is pressed.
 */
export function ImportParticipants({ activityId, onClose }: { activityId: string; onClose(): void }) {
  const { t } = useTranslation('participants');
  const format = useFormat();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [preview, setPreview] = useState<ParticipantImportPreview | null>(null);
  const [edits, setEdits] = useState<ParticipantRowEdit[]>([]);
  const [skip, setSkip] = useState<Set<number>>(new Set());
  const [fixing, setFixing] = useState<ParticipantPreviewRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function check(bytes: Uint8Array, typed: ParticipantRowEdit[]) {
    setBusy(true);
    setFailure(null);
    try {
      setPreview(await call('participants:importPreview', { activityId, bytes, edits: typed }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }
  async function choose(picked: File | null) {
    if (!picked) return;
    const bytes = await fileToBytes(picked);
    setFile({ name: picked.name, bytes });
    setEdits([]);
    setSkip(new Set());
    await check(bytes, []);
  }
  async function fix(line: number, values: ParticipantRowEdit['values']) {
    if (!file || Object.keys(values).length === 0) return;
    const others = edits.filter((e) => e.line !== line);
    const before = edits.find((e) => e.line === line)?.values ?? {};
    const next = [...others, { line, values: { ...before, ...values } }];
    setEdits(next);
    await check(file.bytes, next);
  }
  async function commit() {
    if (!file || !preview) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await call('participants:importCommit', {
        activityId,
        bytes: file.bytes,
        edits,
        skip: [...skip],
      });
      notifications.show({
        color: 'green',
        message: t('import.done', { count: result.imported, skipped: result.skipped }),
      });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  const usable = preview ? preview.rows.filter((r) => r.status !== 'error' && !skip.has(r.line)).length : 0;
  const shown = preview?.rows.filter((r) => r.status !== 'ok') ?? [];
  const toggle = (line: number) =>
    setSkip((s) => {
      const next = new Set(s);
      if (next.has(line)) next.delete(line);
      else next.add(line);
      return next;
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('import.title')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack>
        <Text size="sm">{t('import.intro')}</Text>
        <Group>
          <FileButton
            onChange={(f) => void choose(f)}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          >
            {(props) => (
              <Button {...props} variant="default" loading={busy && !preview}>
                {file ? t('import.another') : t('import.choose')}
              </Button>
            )}
          </FileButton>
          {file ? <Text size="sm">{file.name}</Text> : null}
        </Group>
        {preview && preview.problems.length > 0 ? (
          <Alert color="red" title={t('import.problemTitle')} role="alert">
            {preview.problems.map((p) => (
              <Text key={p.code} size="sm">
                {problemText(t, p)}
              </Text>
            ))}
          </Alert>
        ) : null}
        {preview && preview.rows.length > 0 ? (
          <>
            <Text size="sm" role="status" data-testid="import-summary">
              {t('import.summary', {
                count: preview.rows.length,
                ok: preview.counts.ok,
                warning: preview.counts.warning,
                error: preview.counts.error,
              })}
            </Text>
            {shown.length > 0 ? (
              <Table.ScrollContainer minWidth={600} mah={360}>
                <Table striped aria-label={t('import.report')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('import.line')}</Table.Th>
                      <Table.Th>{t('field.name')}</Table.Th>
                      <Table.Th>{t('import.status')}</Table.Th>
                      <Table.Th>{t('import.reasons')}</Table.Th>
                      <Table.Th>{t('column.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((r) => (
                      <Table.Tr key={r.line} data-testid={`import-row-${r.line}`}>
                        <Table.Td>{r.line}</Table.Td>
                        <Table.Td>
                          {r.values.name ?? [r.values.firstName, r.values.lastName].join(' ')}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={ROW_TINT[r.status]}>
                            {t(`import.rowStatus.${r.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {r.issues.map((i, n) => (
                            <Text key={n} size="sm">
                              {issueText(t, i, format.country)}
                            </Text>
                          ))}
                        </Table.Td>
                        <Table.Td>
                          {r.status === 'error' ? (
                            <Button size="compact-sm" variant="light" onClick={() => setFixing(r)}>
                              {t('import.fix', { line: r.line })}
                            </Button>
                          ) : (
                            <Checkbox
                              label={t('import.leaveOut')}
                              checked={skip.has(r.line)}
                              onChange={() => toggle(r.line)}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </>
        ) : null}
        <FormFailure title={t('import.failed')} message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void commit()} disabled={usable === 0} loading={busy && preview !== null}>
            {t('import.commit', { count: usable })}
          </Button>
        </Group>
      </Stack>
      {fixing && preview ? (
        <ImportRowFix
          row={fixing}
          columns={preview.columns}
          onSave={(values) => void fix(fixing.line, values)}
          onClose={() => setFixing(null)}
        />
      ) : null}
    </Modal>
  );
}
