import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BudgetLineDraft } from '../../../shared/domain/budget/drafts';
import type { BudgetLineRecord } from '../../../shared/ipc/channels/moneyViews';
import { AmountField } from '../../components/AmountField';
import { DateField } from '../../components/DateField';
import { useSubmit } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { amountText, CURRENCY_OPTIONS, readAmount } from './moneyText';
import { useCategories } from './useCategories';
import { ActivityField } from './ActivityField';
import { DialogActions, useDialogGuard } from './useDialogGuard';

interface Values {
  activityId: string | null;
  category: string;
  description: string;
  amount: string;
  currency: string;
  rateDate: string;
}

const valuesOf = (line: BudgetLineRecord | null, language: string, activityId: string | null): Values => ({
  activityId: line ? line.activityId : activityId,
  category: line?.category ?? 'travel',
  description: line?.description ?? '',
  amount: line ? amountText(line.planned, language) : '',
  currency: line?.planned.currency ?? 'EUR',
  rateDate: line?.rateDate ?? '',
});

/** Adds or changes one line of a year's budget, planned in its own currency. */
export function BudgetLineModal(props: {
  year: number;
  line: BudgetLineRecord | null;
  /** A new line's activity (from an activity's Budget tab). */
  activityId?: string | null;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const save = useAppStore((s) => s.saveBudgetLine);
  // A new line starts in the first category offered (travel, unless the committee retired it).
  const [initial] = useState(() => {
    const v = valuesOf(props.line, i18n.language, props.activityId ?? null);
    return props.line ? v : { ...v, category: categories.choices()[0]?.value ?? v.category };
  });
  const [values, setValues] = useState(initial);
  const [amountError, setAmountError] = useState<string | null>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const guard = useDialogGuard(dirty, t('money:pending.budgetLine'), props.onClose);
  const { submit, errors, failure, saving } = useSubmit(BudgetLineDraft, async (draft) => {
    await save(draft);
    guard.leave();
    props.onClose();
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues({ ...values, [key]: value });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const amount = readAmount(t, values.amount, values.currency, i18n.language);
    setAmountError(amount.ok ? null : amount.message);
    if (!amount.ok) return;
    await submit({
      ...(props.line ? { id: props.line.id, rev: props.line.rev } : {}),
      year: props.year,
      activityId: values.activityId,
      category: values.category,
      description: values.description,
      planned: amount.value,
      rateDate: values.rateDate === '' ? null : values.rateDate,
    });
  }

  const title = props.line ? t('line.editTitle') : t('line.addTitle', { year: props.year });
  const { close } = guard;
  return (
    <Modal opened onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('close') }}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack>
          <Select
            label={t('line.category')}
            data={categories.choices(props.line?.category ?? null)}
            value={values.category}
            onChange={(v) => v && set('category', v)}
            allowDeselect={false}
            error={errors.category}
            required
          />
          <ActivityField value={values.activityId} onChange={(v) => set('activityId', v)} />
          <TextInput
            label={t('line.description')}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
          />
          <AmountField
            label={t('line.planned')}
            currencyLabel={t('currency')}
            text={values.amount}
            currency={values.currency}
            currencies={CURRENCY_OPTIONS}
            onText={(v) => set('amount', v)}
            onCurrency={(v) => set('currency', v)}
            error={amountError ?? errors['planned.amount'] ?? errors.planned}
            currencyError={errors['planned.currency']}
          />
          <DateField
            label={t('line.rateDate')}
            description={t('line.rateDateHint', { year: props.year })}
            value={values.rateDate}
            onChange={(v) => set('rateDate', v)}
            error={errors.rateDate}
            clearable
          />
          <DialogActions failure={failure} saving={saving} onCancel={close} />
        </Stack>
      </form>
      {guard.confirm}
    </Modal>
  );
}
