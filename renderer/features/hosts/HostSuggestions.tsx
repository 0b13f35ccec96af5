import { Button, Group, List, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostPlan } from '../../../shared/ipc/channels/hosts';
import { ActionLabel } from '../../components/ActionLabel';
import { useHostWords } from './reasons';

interface Props {
  plan: HostPlan;
  busy: boolean;
  onAcceptAll(): void;
  onAccept(participantId: string): void;
}

/** The matching's suggestions, each with its reasons, and the guests it could not place, with why. */
export function HostSuggestions({ plan, busy, onAcceptAll, onAccept }: Props) {
  const { t } = useTranslation('hosts');
  const words = useHostWords();
  const guest = new Map(plan.guests.map((g) => [g.id, g]));
  const home = new Map(plan.households.map((h) => [h.id, h]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="host-suggestions">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="host-suggestions">
          {t('suggestions.title')}
        </Title>
        {plan.suggestions.length > 0 && (
          <Button loading={busy} onClick={onAcceptAll}>
            {t('suggestions.acceptAll', { count: plan.suggestions.length })}
          </Button>
        )}
      </Group>
      {plan.suggestions.length === 0 && <Text size="sm">{t('suggestions.none')}</Text>}
      {plan.suggestions.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-labelledby="host-suggestions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.guest')}</Table.Th>
                <Table.Th>{t('table.household')}</Table.Th>
                <Table.Th>{t('table.why')}</Table.Th>
                <Table.Th>{t('common:actions.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.suggestions.map((s) => {
                const name = guest.get(s.participantId)?.name ?? '';
                return (
                  <Table.Tr key={s.participantId}>
                    <Table.Td fw={600}>{name}</Table.Td>
                    <Table.Td>{home.get(s.householdId)?.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.reasons.map(words.reason).join(' · ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        disabled={busy}
                        onClick={() => onAccept(s.participantId)}
                      >
                        <ActionLabel label={t('suggestions.accept')} target={name} />
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {plan.unplaced.length > 0 && (
        <>
          <Title order={4} size="h6" mt="md" mb={4}>
            {t('unplaced.title', { count: plan.unplaced.length })}
          </Title>
          <List size="sm" spacing={2}>
            {plan.unplaced.map((u) => (
              <List.Item key={u.participantId}>
                <Text span fw={600} size="sm">
                  {guest.get(u.participantId)?.name}
                </Text>
                {u.blockers.length > 0
                  ? ` — ${t('unplaced.ruledOut', { list: u.blockers.map(words.blocker).join(', ') })}`
                  : ` — ${t('unplaced.noHouseholds')}`}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
