import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementContent, VersionStatus } from '../../../shared/domain/agreement/model';
import { intlLocale, useFormat } from '../../i18n/format';
import { capitalize } from './capitalize';

interface Props {
  agreement: Agreement | null;
  /** The draft has unsaved changes. */
  dirty: boolean;
  busy: boolean;
  onMark(status: VersionStatus): void;
  onPreview(version: number): void;
}

/** The ceremonies a signed text names, once each (a joint ceremony is one). */
function signingDays(content: AgreementContent): { date: string; place: string }[] {
  const all = content.signing.separate ? content.signing.ceremonies : content.signing.ceremonies.slice(0, 1);
  return all.flatMap((c) => (c.date ? [{ date: c.date, place: c.place }] : []));
}

/** The draft's way to the partner and to the signing table, and every version kept on the way. */
export function VersionsTab({ agreement, dirty, busy, onMark, onPreview }: Props) {
  const { t, i18n } = useTranslation('agreements');
  const format = useFormat();
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const versions = [...(agreement?.versions ?? [])].reverse();
  const last = versions[0];
  // Once kept, the same text can only move on from sent to signed, never back.
  const draftIsLast = !!last && !dirty && JSON.stringify(last.content) === JSON.stringify(agreement?.draft);
  const signedAlready = draftIsLast && last.status === 'signed';

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb={4}>
          {t('versions.markTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('versions.markBody')}
        </Text>
        {last && (
          <Text size="sm" mb="sm">
            {draftIsLast
              ? t('versions.draftIs', { n: last.number, status: t(`versions.state.${last.status}`) })
              : t('versions.draftChanged', { n: last.number })}
          </Text>
        )}
        <Group gap="xs">
          <Button variant="default" loading={busy} disabled={draftIsLast} onClick={() => onMark('sent')}>
            {t('versions.markSent')}
          </Button>
          <Button loading={busy} disabled={signedAlready} onClick={() => onMark('signed')}>
            {t('versions.markSigned')}
          </Button>
        </Group>
      </Paper>
      {versions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('versions.none')}
        </Text>
      ) : (
        <Table striped withTableBorder aria-label={t('versions.table')} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('versions.version')}</Table.Th>
              <Table.Th>{t('versions.status')}</Table.Th>
              <Table.Th>{t('versions.history')}</Table.Th>
              <Table.Th>{t('versions.languages')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.number}>
                <Table.Td>{t('versions.number', { n: v.number })}</Table.Td>
                <Table.Td>
                  <Badge color={v.status === 'signed' ? 'green' : 'blue'} variant="light">
                    {t(`versions.statuses.${v.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {v.status === 'signed' && signingDays(v.content).length > 0 && (
                    <Text size="sm" fw={500}>
                      {t('versions.signedOn', {
                        days: signingDays(v.content)
                          .map((c) => t('versions.signedAt', { date: format.date(c.date), place: c.place }))
                          .join('; '),
                      })}
                    </Text>
                  )}
                  <Text size="sm" c={v.status === 'signed' ? 'dimmed' : undefined}>
                    {v.history
                      .map((h) => t(`versions.event.${h.status}`, { when: when.format(new Date(h.at)) }))
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {v.content.languages
                    .map((l) => capitalize(format.language(l), intlLocale(i18n.language)))
                    .join(' / ')}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy}
                    onClick={() => onPreview(v.number)}
                    aria-label={t('versions.print', { n: v.number })}
                  >
                    {t('versions.printShort')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
