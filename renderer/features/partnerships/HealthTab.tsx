import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { knownEvidence, shownChecks } from '../../../shared/domain/healthEvidence';
import type { Partnership } from '../../../shared/domain/partnership';
import { healthSummary } from '../../../shared/domain/partnershipHealth';
import { HealthKeyRow } from './HealthKeyRow';

const LEVEL_COLOR = { good: 'green', fair: 'yellow', weak: 'red' } as const;

/** The ten keys as a checklist with evidence (keys 8 and 9: review and renew the link). */
export function HealthTab({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('partnerships');
  const summary = healthSummary(
    partnership.health,
    knownEvidence(partnership).map((k) => k.key),
  );
  return (
    <Stack>
      <Group aria-live="polite">
        <Text fw={600}>{t('health.summary', { done: summary.done, count: summary.done })}</Text>
        <Badge color={LEVEL_COLOR[summary.level]}>{t(`health.level.${summary.level}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('health.autosave')}
      </Text>
      {summary.withoutEvidence.length > 0 && (
        <Alert color="yellow">
          {t('health.withoutEvidence', {
            count: summary.withoutEvidence.length,
            keys: summary.withoutEvidence.join(', '),
          })}
        </Alert>
      )}
      {shownChecks(partnership).map((check) => (
        <HealthKeyRow key={check.key} partnershipId={partnership.id} check={check} />
      ))}
    </Stack>
  );
}
