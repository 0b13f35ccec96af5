import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPending } from '../../app/pendingChanges';
import type { AgreementContent } from '../../../shared/domain/agreement/model';
import { AgreementContent as AgreementContentSchema } from '../../../shared/domain/agreement/model';
import { useAppStore, type AppState } from '../../state/store';

/** How long the secretary's typing must pause before the draft is saved by itself. */
export const AUTOSAVE_DELAY_MS = 1500;

/** True when the open draft holds something typed that the core has not stored. */
export function hasUnsavedEdits(state: AppState): boolean {
  const { agreementView: view, agreementDraft: draft, agreementDirty: dirty } = state;
  // A charter never saved is "dirty" from the start; only a changed proposal is something typed.
  return !!view && !!draft && dirty && (view.agreement !== null || draft !== view.proposal);
}

/** The draft passes the schema the core saves it with. */
export const savable = (draft: AgreementContent | null) =>
  !!draft && AgreementContentSchema.safeParse(draft).success;

function flush(): Promise<unknown> {
  const state = useAppStore.getState();
  if (!hasUnsavedEdits(state) || !savable(state.agreementDraft)) return Promise.resolve();
  // A failure is shown by the editor's indicator and the draft stays in memory.
  return state.saveAgreement().catch(() => undefined);
}

/** Typing that saving by itself cannot store: a draft the core would refuse, or a failed save. */
function unsavable(state: AppState): boolean {
  return hasUnsavedEdits(state) && (!savable(state.agreementDraft) || state.agreementSave.state === 'failed');
}

/**
 * Saves the charter draft by itself: once typing pauses for AUTOSAVE_DELAY_MS, and when the
 * editor is left. A draft the core would refuse is not sent. Saves never overlap (the slice
 * coalesces them), and a failed one is tried again at the next change.
 */
export function useAutosave(draft: AgreementContent | null, valid: boolean): void {
  useEffect(() => {
    if (draft === null || !valid || !hasUnsavedEdits(useAppStore.getState())) return;
    const timer = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, valid]);
  // Leaving the editor (another page, another route) saves what is still unsaved.
  useEffect(() => () => void flush(), []);
  // Closing the window or the tab, or reloading, saves it too (renderer/app/useLeaveGuards.ts).
  const { t } = useTranslation();
  useEffect(
    () =>
      registerPending({
        flush,
        unsaved: () => (unsavable(useAppStore.getState()) ? t('common:pending.charter') : null),
      }),
    [t],
  );
}
