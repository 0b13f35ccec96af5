import { Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostPlan } from '../../../shared/ipc/channels/hosts';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { translateIssues, type FieldErrors } from '../../forms/validation';

interface Props {
  plan: HostPlan;
  onAssign(participantId: string, householdId: string): Promise<void>;
}

/**
 * The secretary's own choice: any guest still without a host, any household. The core
 * refuses a guest placed twice, a household without a free bed and a minor with a household
 * not checked, and says why at the field.
 */
export function ManualAssign({ plan, onAssign }: Props) {
  const { t } = useTranslation('hosts');
  const [guest, setGuest] = useState<string | null>(null);
  const [household, setHousehold] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const placed = new Set(plan.assignments.map((a) => a.participantId));
  const waiting = plan.guests.filter((g) => !placed.has(g.id));
  if (plan.guests.length === 0) return null;

  async function assign(event: React.FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!guest) missing.participantId = t('errors:field.required');
    if (!household) missing.householdId = t('errors:field.required');
    setErrors(missing);
    if (!guest || !household) return;
    setBusy(true);
    try {
      await onAssign(guest, household);
      const g = plan.guests.find((x) => x.id === guest)?.name ?? '';
      const h = plan.households.find((x) => x.id === household)?.name ?? '';
      notifications.show({ color: 'green', message: t('manual.done', { guest: g, household: h }) });
      setGuest(null);
      setHousehold(null);
    } catch (error) {
      if (error instanceof ApiError && error.error.issues) setErrors(translateIssues(error.error.issues, t));
      else notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="host-manual">
      <Title order={3} size="h5" id="host-manual" mb={4}>
        {t('manual.title')}
      </Title>
      <Text size="sm" mb="xs">
        {waiting.length === 0 ? t('manual.everyonePlaced') : t('manual.hint')}
      </Text>
      {waiting.length > 0 && (
        <form onSubmit={(e) => void assign(e)} noValidate aria-labelledby="host-manual">
          <Group align="flex-start">
            <Select
              label={t('manual.guest')}
              searchable
              allowDeselect={false}
              data={waiting.map((g) => ({
                value: g.id,
                label: g.stayGroup ? `${g.name} (${g.stayGroup})` : g.name,
              }))}
              value={guest}
              onChange={(v) => (setGuest(v), setErrors({}))}
              error={errors.participantId}
              w={280}
            />
            <Select
              label={t('manual.household')}
              searchable
              allowDeselect={false}
              data={plan.households.map((h) => ({
                value: h.id,
                label: t('manual.option', { name: h.name, free: h.free, beds: h.beds }),
              }))}
              value={household}
              onChange={(v) => (setHousehold(v), setErrors({}))}
              error={errors.householdId}
              w={320}
            />
            <Button type="submit" mt={25} loading={busy}>
              {t('manual.assign')}
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
