import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { useFormGuard } from './useFormGuard';

/** Asks before a money form's changes are thrown away: closing the form, or leaving the screen. */
export function DiscardConfirm(props: {
  guard: ReturnType<typeof useFormGuard>;
  asked: boolean;
  onKeep(): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation('money');
  const { blocker } = props.guard;
  return (
    <ConfirmModal
      opened={props.asked || blocker.state === 'blocked'}
      title={t('discard.title')}
      message={t('discard.message')}
      confirmLabel={t('discard.confirm')}
      cancelLabel={t('discard.keep')}
      onConfirm={() => {
        props.guard.done();
        if (blocker.state === 'blocked') blocker.proceed();
        else props.onDiscard();
      }}
      onCancel={() => {
        props.onKeep();
        blocker.reset?.();
      }}
    />
  );
}
