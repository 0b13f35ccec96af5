import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RankedCandidate } from '../../../shared/domain/partnerSearch';
import { useFormat } from '../../i18n/format';
import { ReasonList } from './ReasonList';
import { ActionLabel } from '../../components/ActionLabel';

const scoreColor = (score: number) => (score >= 67 ? 'green' : score >= 34 ? 'yellow' : 'gray');

/** One ranked candidate town: where it is, its score, why, and the shortlist action. */
export function ResultCard({
  result,
  rank,
  onShortlist,
}: {
  result: RankedCandidate;
  rank: number;
  onShortlist(): void;
}) {
  const { t } = useTranslation('discovery');
  const format = useFormat();
  const { place } = result;
  const where = [place.admin1, format.country(place.country)].filter(Boolean).join(', ');
  const titleId = `result-${place.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {rank}.
            </Text>
            <Title order={3} size="h5" id={titleId}>
              {place.name}
            </Title>
            {result.matchedName && (
              <Text size="sm" c="dimmed">
                {t('results.matched', { name: result.matchedName })}
              </Text>
            )}
          </Group>
          <Text size="sm">
            {where}
            {' · '}
            {place.population > 0
              ? t('results.population', {
                  count: place.population,
                  population: format.number(place.population),
                })
              : t('results.populationUnknown')}
            {result.distanceKm !== null &&
              ` · ${t('results.distance', { km: format.number(result.distanceKm) })}`}
          </Text>
          <ReasonList reasons={result.reasons} />
        </Stack>
        <Stack gap="xs" align="flex-end">
          <Badge
            size="lg"
            color={scoreColor(result.score)}
            role="img"
            aria-label={t('results.scoreLabel', { score: result.score })}
          >
            {result.score}
          </Badge>
          {result.alreadyPartner ? (
            <Badge variant="light" color="gray" style={{ minWidth: 'max-content' }}>
              {t('results.partner')}
            </Badge>
          ) : result.shortlistId ? (
            <Badge variant="light" style={{ minWidth: 'max-content' }}>
              {t('results.onShortlist')}
            </Badge>
          ) : (
            <Button size="xs" variant="light" onClick={onShortlist}>
              <ActionLabel label={t('results.shortlist')} target={place.name} />
            </Button>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
