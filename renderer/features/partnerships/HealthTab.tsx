import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import { allHealthChecks, healthSummary, type HealthCheck } from '../../../shared/domain/partnershipHealth';
import { HealthInput } from '../../../shared/ipc/channels/partnerships';
import { useSubmit } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';

const LEVEL_COLOR = { good: 'green', fair: 'yellow', weak: 'red' } as const;

function HealthKeyRow({ partnershipId, check }: { partnershipId: string; check: HealthCheck }) {
  const { t } = useTranslation('partnerships');
  const saveHealth = useAppStore((s) => s.saveHealth);
  const [done, setDone] = useState(check.done);
  const [evidence, setEvidence] = useState(check.evidence);
  const { submit, errors, failure, saving } = useSubmit(HealthInput, saveHealth);
  const dirty = done !== check.done || evidence !== check.evidence;
  const title = t(`keys.${check.key}.title`);

  return (
    <Paper withBorder p="sm" role="group" aria-label={t('health.keyLabel', { key: check.key, title })}>
      <Checkbox
        label={t('health.keyLabel', { key: check.key, title })}
        description={t(`keys.${check.key}.hint`)}
        checked={done}
        onChange={(e) => setDone(e.currentTarget.checked)}
        fw={600}
      />
      <Textarea
        mt="xs"
        label={t('health.evidence')}
        placeholder={t('health.evidencePlaceholder')}
        autosize
        minRows={1}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        error={errors.evidence}
      />
      {failure && (
        <Text c="red" size="sm" role="alert">
          {failure}
        </Text>
      )}
      {dirty && (
        <Group justify="flex-end" mt="xs">
          <Button
            size="xs"
            loading={saving}
            onClick={() => void submit({ partnershipId, key: check.key, done, evidence })}
          >
            {t('health.save')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/** The ten keys as a checklist with evidence (keys 8 and 9: review and renew the link). */
export function HealthTab({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('partnerships');
  const summary = healthSummary(partnership.health);
  return (
    <Stack>
      <Group aria-live="polite">
        <Text fw={600}>{t('health.summary', { count: summary.done, done: summary.done })}</Text>
        <Badge color={LEVEL_COLOR[summary.level]}>{t(`health.level.${summary.level}`)}</Badge>
      </Group>
      {summary.withoutEvidence.length > 0 && (
        <Alert color="yellow">
          {t('health.withoutEvidence', {
            count: summary.withoutEvidence.length,
            keys: summary.withoutEvidence.join(', '),
          })}
        </Alert>
      )}
      {allHealthChecks(partnership.health).map((check) => (
        <HealthKeyRow key={check.key} partnershipId={partnership.id} check={check} />
      ))}
    </Stack>
  );
}
