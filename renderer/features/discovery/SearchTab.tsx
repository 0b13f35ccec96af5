import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchCriteriaInput } from '../../../shared/domain/partnerSearch';
import { partnerPlaceFromPlace } from '../../../shared/domain/shortlist';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { ResultCard } from './ResultCard';
import { SearchForm } from './SearchForm';
import { ShortlistModal, type ShortlistTarget } from './ShortlistModal';

/** Criteria, then the ranked candidates with their reasons. */
export function SearchTab() {
  const { t } = useTranslation('discovery');
  const format = useFormat();
  const result = useAppStore((s) => s.searchResult);
  const searching = useAppStore((s) => s.searching);
  const runSearch = useAppStore((s) => s.runSearch);
  const [failure, setFailure] = useState<string | null>(null);
  const [target, setTarget] = useState<ShortlistTarget | null>(null);

  async function search(criteria: SearchCriteriaInput) {
    setFailure(null);
    try {
      await runSearch(criteria);
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  return (
    <Stack>
      <SearchForm onSearch={(c) => void search(c)} searching={searching} />
      <FormFailure title={t('results.failed')} message={failure} />
      {result && result.homeProblems.length > 0 && (
        <Alert color="yellow" title={t('home.title')}>
          {result.homeProblems.map((p) => (
            <Text key={p} size="sm">
              {t(`home.${p}`)}
            </Text>
          ))}
        </Alert>
      )}
      {result && (
        // While a new search runs, the old results stay readable but dimmed, and say they are stale.
        <section
          aria-label={t('results.label')}
          aria-busy={searching}
          data-stale={searching || undefined}
          style={searching ? { opacity: 0.45, transition: 'opacity 150ms' } : undefined}
        >
          {searching && (
            <Text size="sm" fw={600} mb="xs" role="status">
              {t('results.stale')}
            </Text>
          )}
          {result.ownTown && result.home && (
            <Alert color="blue" mb="xs" title={t('results.ownTownTitle', { name: result.home.name })}>
              {t('results.ownTown', { name: result.home.name })}
            </Alert>
          )}
          {result.considered > 0 && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('results.summary', {
                count: result.considered,
                shown: format.number(result.results.length),
                considered: format.number(result.considered),
              })}
            </Text>
          )}
          <Stack gap="sm">
            {result.results.length === 0 && !result.ownTown && (
              <Text>
                {result.outsideSize > 0
                  ? t('results.noneForSize', { count: result.outsideSize })
                  : t('results.none')}
              </Text>
            )}
            {result.results.map((r, i) => (
              <ResultCard
                key={r.place.id}
                result={r}
                rank={i + 1}
                onShortlist={() =>
                  setTarget({ place: partnerPlaceFromPlace(r.place), entry: null, score: r.score })
                }
              />
            ))}
          </Stack>
        </section>
      )}
      <ShortlistModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
