import { Alert, Button, Group, Paper, Radio, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../shared/domain/sync';
import { useFormat } from '../../i18n/format';

/** A value as a member reads it: text as typed, empty as a dash, anything else as compact JSON. */
function shown(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** What names the record for a person: its name or title when it has one. */
function nameOf(conflict: SyncConflict): string {
  for (const key of ['name', 'title', 'label', 'description']) {
    const value = conflict.winner.fields[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return conflict.id;
}

interface Props {
  conflict: SyncConflict;
  onResolve: (choice: { keep: string } | { fields: Record<string, string> }) => Promise<void>;
}

/**
 * One record in conflict: every version side by side, only the fields that differ, the
 * winner's values chosen at first. Keep one version whole, or pick field by field and save.
 */
export function ConflictCard({ conflict, onResolve }: Props) {
  const { t } = useTranslation('sync');
  const format = useFormat();
  const versions = [conflict.winner, ...conflict.others];
  const [picked, setPicked] = useState<Record<string, string>>(() =>
    Object.fromEntries(conflict.differing.map((f) => [f, conflict.winner.rev])),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (choice: Parameters<Props['onResolve']>[0]) => {
    setBusy(true);
    setFailure(null);
    try {
      await onResolve(choice);
    } catch {
      setFailure(t('conflicts.notResolved'));
    } finally {
      setBusy(false);
    }
  };
  const titleId = `conflict-${conflict.collection}-${conflict.id}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={4} size="h6" id={titleId}>
        {t(`collection.${conflict.collection}`, { defaultValue: conflict.collection })}: {nameOf(conflict)}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('conflicts.sameElsewhere')}
      </Text>
      <Table withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('conflicts.field')}</Table.Th>
            {versions.map((v, i) => (
              <Table.Th key={v.rev}>
                <Text size="sm" fw={600}>
                  {i === 0 ? t('conflicts.winner') : t('conflicts.other', { n: i })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('conflicts.writtenAt', { when: format.dateTime(v.writtenAt) })}
                </Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  mt={4}
                  disabled={busy}
                  onClick={() => void run({ keep: v.rev })}
                >
                  {t('conflicts.keep')}
                </Button>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflict.differing.map((field) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">
                <code>{field}</code>
              </Table.Th>
              {versions.map((v) => (
                <Table.Td key={v.rev}>
                  <Radio
                    name={`${titleId}-${field}`}
                    checked={picked[field] === v.rev}
                    onChange={() => setPicked((p) => ({ ...p, [field]: v.rev }))}
                    label={shown(v.fields[field], t('conflicts.empty'))}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {failure && (
        <Alert color="red" mt="xs" role="alert">
          {failure}
        </Alert>
      )}
      <Group mt="sm">
        <Button disabled={busy} onClick={() => void run({ fields: picked })}>
          {t('conflicts.saveMerge')}
        </Button>
      </Group>
    </Paper>
  );
}
