import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../components/ConfirmModal';
import { unsavedNames } from './pendingChanges';

/**
 * The one guard against leaving a screen with unsaved changes. A router holds one blocker at
 * a time, so forms never block on their own: they register (forms/useUnsavedChanges.ts) and
 * this asks, naming what is not saved. A change of tab or filter (the same screen, another
 * query) is not leaving.
 */
export function LeaveGuard() {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && unsavedNames().length > 0,
  );
  const names = blocker.state === 'blocked' ? [...new Set(unsavedNames())] : [];
  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title={t('unsaved.title')}
      message={
        names.length > 0 ? t('unsaved.messageNamed', { names: names.join(', ') }) : t('unsaved.message')
      }
      confirmLabel={t('unsaved.leave')}
      cancelLabel={t('unsaved.stay')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
