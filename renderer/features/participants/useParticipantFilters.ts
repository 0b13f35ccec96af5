import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ParticipantOrigin, RegistrationState } from '../../../shared/domain/activities/participant';
import type { ParticipantRecord } from '../../../shared/ipc/channels/participants';
import { foldText } from '../../../shared/domain/placeNames';

export interface ParticipantFilter {
  text: string;
  state: RegistrationState | null;
  origin: ParticipantOrigin | null;
  country: string | null;
}

const KEYS = { text: 'q', state: 'state', origin: 'origin', country: 'country' } as const;

/**
 * The register's filters live in the address beside the open tab (?tab=participants&state=confirmed),
 * so a filtered register can be bookmarked and comes back with Back.
 */
export function useParticipantFilters(rows: readonly ParticipantRecord[]) {
  const [params, setParams] = useSearchParams();
  const filter: ParticipantFilter = {
    text: params.get(KEYS.text) ?? '',
    state: RegistrationState.safeParse(params.get(KEYS.state)).data ?? null,
    origin: ParticipantOrigin.safeParse(params.get(KEYS.origin)).data ?? null,
    country: params.get(KEYS.country),
  };
  const set = (key: keyof ParticipantFilter, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(KEYS[key], value);
        else next.delete(KEYS[key]);
        return next;
      },
      { replace: true },
    );
  const { text, state, origin, country } = filter;
  const shown = useMemo(() => {
    const words = foldText(text).split(/\s+/).filter(Boolean);
    return rows.filter(
      (p) =>
        (!state || p.registration === state) &&
        (!origin || p.origin === origin) &&
        (!country || p.country === country) &&
        (words.length === 0 || words.every((w) => foldText(`${p.name} ${p.town}`).includes(w))),
    );
  }, [rows, text, state, origin, country]);
  return { filter, set, shown };
}
