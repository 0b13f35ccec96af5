import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { LedgerRecord } from '../../../shared/ipc/channels/moneyViews';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useAppStore } from '../../state/store';

/** Asks before a ledger entry is deleted, naming its amount and who was paid or paid. */
export function LedgerDeleteConfirm(props: { entry: LedgerRecord | null; onDone(): void }) {
  const { t, i18n } = useTranslation('money');
  const remove = useAppStore((s) => s.removeLedgerEntry);
  const { entry } = props;
  return (
    <ConfirmModal
      opened={entry !== null}
      title={t('entry.deleteTitle')}
      message={
        entry
          ? t('entry.deleteMessage', {
              amount: formatMoney(entry.amount, i18n.language),
              name: entry.counterparty || t(`direction.${entry.direction}`),
            })
          : ''
      }
      confirmLabel={t('delete')}
      cancelLabel={t('cancel')}
      onConfirm={() => {
        if (entry) void remove(entry.id, entry.rev);
        props.onDone();
      }}
      onCancel={props.onDone}
    />
  );
}
