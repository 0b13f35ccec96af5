import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/domain/funding/programme';
import { SourceCell } from './ProgrammeSections';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/** The funding statement a programme asks its towns to publish, per language, with its source. */
export function PublicityPanel({ programme }: { programme: Programme }) {
  const { t } = useTranslation('funding');
  const p = programme.publicity;
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="xs">
        {t('programme.publicity')}
      </Title>
      {p === null ? (
        <Text c="dimmed">{t('programme.noPublicity')}</Text>
      ) : (
        <>
          <Table>
            <Table.Tbody>
              {LANGUAGES.filter((l) => p.statement[l]).map((l) => (
                <Table.Tr key={l}>
                  <Table.Td w={120}>{t(`programme.publicityLanguage.${l}`)}</Table.Td>
                  <Table.Td fw={600}>{p.statement[l]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <SourceCell source={p.source} checked={p.checked} />
          {p.note && (
            <Text size="sm" c="dimmed" mt={4}>
              {p.note}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
