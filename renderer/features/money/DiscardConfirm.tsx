import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';

/**
 * Asks before a money dialog's changes are thrown away by closing it. Leaving the screen is
 * asked by the layout's one guard (app/LeaveGuard.tsx), as for every form.
 */
export function DiscardConfirm(props: {
  asked: boolean;
  onLeave(): void;
  onKeep(): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation('money');
  return (
    <ConfirmModal
      opened={props.asked}
      title={t('discard.title')}
      message={t('discard.message')}
      confirmLabel={t('discard.confirm')}
      cancelLabel={t('discard.keep')}
      onConfirm={() => {
        props.onLeave();
        props.onDiscard();
      }}
      onCancel={props.onKeep}
    />
  );
}
