import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { PlaceMatch } from '../../../shared/domain/place';
import type { ErrorCode } from '../../../shared/ipc/errors';
import { ApiError, call } from '../../api/client';

export interface PlaceSearchState {
  /** The query the matches answer (after the debounce), so the UI can tell stale from fresh. */
  query: string;
  matches: PlaceMatch[];
  loading: boolean;
  error: ErrorCode | null;
}

export interface PlaceSearchOptions {
  country?: string | undefined;
  limit?: number;
  /** Milliseconds to wait after the last keystroke before asking the core. */
  delay?: number;
}

const idle = (query: string): PlaceSearchState => ({ query, matches: [], loading: false, error: null });

/**
 * Searches the gazetteer in the core as the user types: debounced, and answers to an older
 * query that arrive late are ignored so the list never jumps back.
 */
export function usePlaceSearch(
  query: string,
  { country, limit = 8, delay = 200 }: PlaceSearchOptions = {},
): PlaceSearchState {
  const [debounced] = useDebouncedValue(query.trim(), delay);
  const [state, setState] = useState<PlaceSearchState>(idle(''));

  useEffect(() => {
    if (debounced === '') {
      setState(idle(''));
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    call('place:search', { query: debounced, country, limit })
      .then((matches) => current && setState({ query: debounced, matches, loading: false, error: null }))
      .catch((error: unknown) => {
        if (current)
          setState({ ...idle(debounced), error: error instanceof ApiError ? error.error.code : 'INTERNAL' });
      });
    return () => {
      current = false;
    };
  }, [debounced, country, limit]);

  return state;
}
