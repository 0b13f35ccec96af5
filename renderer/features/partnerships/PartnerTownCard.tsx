import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerTown } from '../../../shared/domain/partnership';
import { useFormat } from '../../i18n/format';

export function PartnerTownCard({ town }: { town: PartnerTown }) {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const { place } = town;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600}>{place.name}</Text>
        <Text size="sm" c="dimmed">
          {[place.region, format.country(place.country)].filter(Boolean).join(', ')}
        </Text>
        {place.source === 'manual' && (
          <Badge size="xs" variant="outline" color="gray">
            {t('overview.manualPlace')}
          </Badge>
        )}
      </Group>
      {place.population !== null && (
        <Text size="sm">
          {t('overview.population', { count: place.population, formatted: format.number(place.population) })}
        </Text>
      )}
      {town.languages.length > 0 && <Text size="sm">{town.languages.map(format.language).join(', ')}</Text>}
      {town.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.noContacts')}
        </Text>
      ) : (
        <Table aria-label={t('overview.contactsOf', { name: place.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.contactName')}</Table.Th>
              <Table.Th>{t('form.contactRole')}</Table.Th>
              <Table.Th>{t('form.contactLanguages')}</Table.Th>
              <Table.Th>{t('form.email')}</Table.Th>
              <Table.Th>{t('form.phone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {town.contacts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.role}</Table.Td>
                <Table.Td>{c.languages.map(format.language).join(', ')}</Table.Td>
                <Table.Td>{c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>}</Table.Td>
                <Table.Td>{c.phone}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
