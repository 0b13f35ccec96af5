import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { registerPending } from '../../app/pendingChanges';

/**
 * A money form with changes asks before it is left: another screen in the app (the blocker),
 * and closing the window or tab (the pending registry). `done()` lets a saved form go.
 */
export function useFormGuard(dirty: boolean, nameKey: string) {
  const { t } = useTranslation('money');
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    leaving.current = false;
    if (!dirty) return;
    return registerPending({ unsaved: () => (leaving.current ? null : t(nameKey)) });
  }, [dirty, nameKey, t]);
  return {
    blocker,
    done: () => {
      leaving.current = true;
    },
  };
}
