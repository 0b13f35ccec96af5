import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  documentName,
  documentNameLanguage,
  type Programme,
  type Source,
} from '../../../shared/domain/funding/programme';
import { useFormat } from '../../i18n/format';
import { amountNotEntered, amountText, ruleText } from './fundingWords';

/** Where a rule comes from and when it was checked, as every rule, amount and document shows it. */
export function SourceCell({ source, checked }: { source: Source; checked: string }) {
  const format = useFormat();
  const { t } = useTranslation('funding');
  return (
    <Text size="sm">
      {source.url ? (
        <Anchor href={source.url} target="_blank" rel="noreferrer">
          {source.title}
        </Anchor>
      ) : (
        source.title
      )}
      <Text span c="dimmed" size="sm">
        {' · '}
        {t('programme.checked')} {format.date(checked)}
      </Text>
    </Text>
  );
}

/** A programme version readable on screen: deadlines, rules, amounts and documents, each with its source. */
export function ProgrammeSections({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation('funding');
  const format = useFormat();
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} mb="xs">
          {t('programme.deadlines')}
        </Title>
        {programme.deadlines.length === 0 && <Text c="dimmed">{t('programme.noDeadlines')}</Text>}
        {programme.deadlines.map((d) => (
          <Stack key={d.id} gap={2}>
            <Text fw={600}>
              {d.label}:{' '}
              {t('programme.deadlineAt', { date: format.date(d.date), time: d.time, zone: d.timeZone })}
            </Text>
            <SourceCell source={d.source} checked={d.checked} />
          </Stack>
        ))}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} mb="xs">
          {t('programme.rules')}
        </Title>
        {programme.rules.length === 0 ? (
          <Text c="dimmed">{t('programme.noRules')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programme.rule')}</Table.Th>
                <Table.Th>{t('programme.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programme.rules.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text fw={600}>{ruleText(t, r)}</Text>
                    {r.note && (
                      <Text size="sm" c="dimmed" lang="en">
                        {r.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SourceCell source={r.source} checked={r.checked} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} mb="xs">
          {t('programme.amounts')}
        </Title>
        <Stack>
          {programme.amounts.map((a) => {
            const words = amountText(t, a, programme.currency, i18n.language);
            return (
              <Stack key={a.id} gap={2}>
                <Text fw={600}>{words.text}</Text>
                {amountNotEntered(a) && (
                  <Text fw={600} fs="italic">
                    {t('programme.notEntered')}
                  </Text>
                )}
                {words.rows.length > 0 && (
                  <List size="sm">
                    {words.rows.map((row) => (
                      <List.Item key={row}>{row}</List.Item>
                    ))}
                  </List>
                )}
                {a.note && (
                  <Text size="sm" c="dimmed" lang="en">
                    {a.note}
                  </Text>
                )}
                <SourceCell source={a.source} checked={a.checked} />
              </Stack>
            );
          })}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} mb="xs">
          {t('programme.documents')}
        </Title>
        <List>
          {programme.documents.map((d) => (
            <List.Item key={d.id}>
              <Text span fw={600} lang={documentNameLanguage(d.name, i18n.language)}>
                {documentName(d.name, i18n.language)}
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                ({t(`programme.stage.${d.stage}`)})
              </Text>
              <SourceCell source={d.source} checked={d.checked} />
            </List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
