import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostPlan } from '../../../shared/ipc/channels/hosts';
import { ActionLabel } from '../../components/ActionLabel';
import { useFormat } from '../../i18n/format';
import { useHostWords } from './reasons';

interface Props {
  plan: HostPlan;
  busy: boolean;
  onUnassign(participantId: string): void;
}

/** Who stays where: each household with its guests, what a placement breaks, and Unassign. */
export function HostStays({ plan, busy, onUnassign }: Props) {
  const { t } = useTranslation('hosts');
  const format = useFormat();
  const words = useHostWords();
  const guest = new Map(plan.guests.map((g) => [g.id, g]));
  const homes = plan.households.filter((h) => plan.assignments.some((a) => a.householdId === h.id));
  const stay = (id: string) => {
    const g = guest.get(id);
    return g ? t('stay', { from: format.date(g.arrival), to: format.date(g.departure) }) : '';
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="host-stays">
      <Title order={3} size="h5" id="host-stays" mb="xs">
        {t('stays.title')}
      </Title>
      {homes.length === 0 && <Text size="sm">{t('stays.none')}</Text>}
      <Stack gap="sm">
        {homes.map((h) => {
          const placed = plan.assignments.filter((a) => a.householdId === h.id);
          return (
            <div key={h.id}>
              <Text fw={700}>
                {h.name}{' '}
                <Text span size="sm" fw={400}>
                  {t('stays.beds', { used: h.beds - h.free, beds: h.beds })}
                </Text>
              </Text>
              <Stack gap={4} mt={4}>
                {placed.map((a) => {
                  const name = guest.get(a.participantId)?.name ?? '';
                  return (
                    <Group key={a.id} justify="space-between" wrap="nowrap">
                      <Group gap="xs">
                        <Text size="sm">{name}</Text>
                        <Text size="xs">{stay(a.participantId)}</Text>
                        {a.manual && (
                          <Badge size="xs" variant="outline">
                            {t('stays.manual')}
                          </Badge>
                        )}
                        {a.problems.map((p) => (
                          <Badge key={p} size="xs" color="red" variant="light">
                            {words.problem(p)}
                          </Badge>
                        ))}
                      </Group>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        disabled={busy}
                        onClick={() => onUnassign(a.participantId)}
                      >
                        <ActionLabel label={t('stays.unassign')} target={name} />
                      </Button>
                    </Group>
                  );
                })}
              </Stack>
            </div>
          );
        })}
      </Stack>
      {plan.stale.length > 0 && (
        <>
          <Title order={4} size="h6" mt="md">
            {t('stale.title')}
          </Title>
          <Text size="sm" mb={4}>
            {t('stale.hint')}
          </Text>
          {plan.stale.map((s) => (
            <Group key={s.id} justify="space-between">
              <Text size="sm">{s.name}</Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                disabled={busy}
                onClick={() => onUnassign(s.participantId)}
              >
                <ActionLabel label={t('stays.unassign')} target={s.name} />
              </Button>
            </Group>
          ))}
        </>
      )}
    </Paper>
  );
}
