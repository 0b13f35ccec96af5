import { Button, Group } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/FormFailure';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { DiscardConfirm } from './DiscardConfirm';

/**
 * What every money dialog does about unsaved changes: it registers them under its name (so
 * leaving the screen, closing the window or reloading asks), closing it with changes asks
 * first, and `leave()` lets it go once saved.
 */
export function useDialogGuard(
  dirty: boolean,
  name: string,
  onClose: () => void,
): { leave(): void; close(): void; confirm: ReactElement } {
  const guard = useUnsavedChanges(dirty, name);
  const [asked, setAsked] = useState(false);
  return {
    leave: guard.leave,
    close: () => (dirty ? setAsked(true) : onClose()),
    confirm: (
      <DiscardConfirm
        asked={asked}
        onLeave={guard.leave}
        onKeep={() => setAsked(false)}
        onDiscard={onClose}
      />
    ),
  };
}

/** A money dialog's foot: why the last save failed, if it did, then Cancel and Save. */
export function DialogActions(props: { failure: string | null; saving: boolean; onCancel(): void }) {
  const { t } = useTranslation('money');
  return (
    <>
      <FormFailure title={t('notSaved')} message={props.failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('cancel')}
        </Button>
        <Button type="submit" loading={props.saving}>
          {t('save')}
        </Button>
      </Group>
    </>
  );
}
