import { Modal, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_KINDS, type IncomeKind } from '../../../shared/domain/budget/categories';
import { LedgerEntryDraft } from '../../../shared/domain/budget/drafts';
import type { ReceiptRef } from '../../../shared/domain/budget/model';
import type { LedgerRecord } from '../../../shared/ipc/channels/moneyViews';
import { AmountField } from '../../components/AmountField';
import { DateField } from '../../components/DateField';
import { useSubmit } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { amountText, CURRENCY_OPTIONS, readAmount } from './moneyText';
import { useCategories } from './useCategories';
import { ReceiptField } from './ReceiptField';
import { ActivityField } from './ActivityField';
import { GrantApplicationField } from './GrantApplicationField';
import { DialogActions, useDialogGuard } from './useDialogGuard';

interface Values {
  activityId: string | null;
  direction: 'expense' | 'income';
  date: string;
  counterparty: string;
  category: string;
  sourceKind: IncomeKind;
  sourceName: string;
  applicationId: string | null;
  amount: string;
  currency: string;
  description: string;
  paidBy: 'committee' | 'volunteer';
  volunteer: string;
  reimbursed: string;
  receipt: ReceiptRef | null;
}

function valuesOf(
  e: LedgerRecord | null,
  language: string,
  today: string,
  activityId: string | null,
): Values {
  const volunteer = e?.direction === 'expense' && e.paidBy.kind === 'volunteer' ? e.paidBy : null;
  return {
    direction: e?.direction ?? 'expense',
    date: e?.date ?? today,
    counterparty: e?.counterparty ?? '',
    category: e?.direction === 'expense' ? e.category : 'travel',
    sourceKind: e?.direction === 'income' ? e.source.kind : 'municipality',
    sourceName: e?.direction === 'income' ? e.source.name : '',
    applicationId: e?.direction === 'income' ? e.source.applicationId : null,
    amount: e ? amountText(e.amount, language) : '',
    currency: e?.amount.currency ?? 'EUR',
    description: e?.description ?? '',
    paidBy: volunteer ? 'volunteer' : 'committee',
    volunteer: volunteer?.name ?? '',
    reimbursed: volunteer
      ? amountText({ amount: volunteer.reimbursed, currency: e!.amount.currency }, language)
      : '',
    receipt: e?.receipt ?? null,
    activityId: e ? e.activityId : activityId,
  };
}

/** Records money paid or received: in its own currency, with who paid and the receipt. */
export function LedgerEntryModal(props: {
  entry: LedgerRecord | null;
  /** A new entry's activity (from an activity's Budget tab). */
  activityId?: string | null;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const save = useAppStore((s) => s.saveLedgerEntry);
  // A new payment starts in the first category offered (travel, unless the committee retired it).
  const [initial] = useState(() => {
    const v = valuesOf(
      props.entry,
      i18n.language,
      new Date().toISOString().slice(0, 10),
      props.activityId ?? null,
    );
    return props.entry?.direction === 'expense'
      ? v
      : { ...v, category: categories.choices()[0]?.value ?? v.category };
  });
  const [values, setValues] = useState(initial);
  const [amountErrors, setAmountErrors] = useState<{ amount?: string; reimbursed?: string }>({});
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const guard = useDialogGuard(dirty, t('money:pending.entry'), props.onClose);
  const { submit, errors, failure, saving } = useSubmit(LedgerEntryDraft, async (draft) => {
    await save(draft);
    guard.leave();
    props.onClose();
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues({ ...values, [key]: value });
  const lang = i18n.language;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const amount = readAmount(t, values.amount, values.currency, lang);
    const volunteer = values.direction === 'expense' && values.paidBy === 'volunteer';
    const back =
      volunteer && values.reimbursed.trim() !== ''
        ? readAmount(t, values.reimbursed, values.currency, lang)
        : ({ ok: true, value: { amount: 0, currency: values.currency } } as const);
    setAmountErrors({
      ...(amount.ok ? {} : { amount: amount.message }),
      ...(back.ok ? {} : { reimbursed: back.message }),
    });
    if (!amount.ok || !back.ok) return;
    const common = {
      ...(props.entry ? { id: props.entry.id, rev: props.entry.rev } : {}),
      date: values.date,
      counterparty: values.counterparty,
      amount: amount.value,
      activityId: values.activityId,
      description: values.description,
      receipt: values.receipt,
    };
    await submit(
      values.direction === 'expense'
        ? {
            ...common,
            direction: 'expense',
            category: values.category,
            paidBy: volunteer
              ? { kind: 'volunteer', name: values.volunteer, reimbursed: back.value.amount }
              : { kind: 'committee' },
          }
        : {
            ...common,
            direction: 'income',
            source: {
              kind: values.sourceKind,
              name: values.sourceName,
              applicationId: values.sourceKind === 'grant' ? values.applicationId : null,
            },
          },
    );
  }

  const title = props.entry ? t('entry.editTitle') : t('entry.addTitle');
  const { close } = guard;
  const expense = values.direction === 'expense';
  return (
    <Modal opened onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('close') }}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack>
          <SegmentedControl
            aria-label={t('entry.direction')}
            value={values.direction}
            onChange={(v) => set('direction', v as Values['direction'])}
            data={[
              { value: 'expense', label: t('direction.expense') },
              { value: 'income', label: t('direction.income') },
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('entry.date')}
              value={values.date}
              onChange={(v) => set('date', v)}
              error={errors.date}
              required
            />
            <TextInput
              label={expense ? t('entry.payee') : t('entry.payer')}
              value={values.counterparty}
              onChange={(e) => set('counterparty', e.currentTarget.value)}
              error={errors.counterparty}
            />
          </SimpleGrid>
          {expense ? (
            <Select
              label={t('line.category')}
              data={categories.choices(props.entry?.direction === 'expense' ? props.entry.category : null)}
              value={values.category}
              onChange={(v) => v && set('category', v)}
              allowDeselect={false}
              error={errors.category}
              required
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('entry.source')}
                data={INCOME_KINDS.map((k) => ({ value: k, label: t(`incomeKind.${k}`) }))}
                value={values.sourceKind}
                onChange={(v) => v && set('sourceKind', v as IncomeKind)}
                allowDeselect={false}
                required
              />
              <TextInput
                label={t('entry.sourceName')}
                value={values.sourceName}
                onChange={(e) => set('sourceName', e.currentTarget.value)}
                error={errors['source.name']}
              />
            </SimpleGrid>
          )}
          {!expense && values.sourceKind === 'grant' && (
            <GrantApplicationField
              value={values.applicationId}
              onChange={(v) => set('applicationId', v)}
              error={errors['source.applicationId']}
            />
          )}
          <AmountField
            label={t('entry.amount')}
            currencyLabel={t('currency')}
            text={values.amount}
            currency={values.currency}
            currencies={CURRENCY_OPTIONS}
            onText={(v) => set('amount', v)}
            onCurrency={(v) => set('currency', v)}
            error={amountErrors.amount ?? errors['amount.amount'] ?? errors.amount}
            currencyError={errors['amount.currency']}
          />
          {expense && (
            <>
              <SegmentedControl
                aria-label={t('entry.paidBy')}
                value={values.paidBy}
                onChange={(v) => set('paidBy', v as Values['paidBy'])}
                data={[
                  { value: 'committee', label: t('entry.paidByCommittee') },
                  { value: 'volunteer', label: t('entry.paidByVolunteer') },
                ]}
              />
              {values.paidBy === 'volunteer' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('entry.volunteer')}
                    value={values.volunteer}
                    onChange={(e) => set('volunteer', e.currentTarget.value)}
                    error={errors['paidBy.name']}
                    required
                  />
                  <TextInput
                    label={t('entry.reimbursed', { currency: values.currency })}
                    value={values.reimbursed}
                    onChange={(e) => set('reimbursed', e.currentTarget.value)}
                    inputMode="decimal"
                    error={amountErrors.reimbursed ?? errors['paidBy.reimbursed']}
                  />
                </SimpleGrid>
              )}
            </>
          )}
          <ActivityField value={values.activityId} onChange={(v) => set('activityId', v)} />
          <TextInput
            label={t('line.description')}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
          />
          <ReceiptField value={values.receipt} onChange={(r) => set('receipt', r)} error={errors.receipt} />
          <DialogActions failure={failure} saving={saving} onCancel={close} />
        </Stack>
      </form>
      {guard.confirm}
    </Modal>
  );
}
