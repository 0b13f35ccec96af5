import { Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HostHouseholdDraft } from '../../../shared/domain/activities/household';
import { Diet, PetKind } from '../../../shared/domain/activities/participant';
import { EUROPEAN_LANGUAGES } from '../../../shared/domain/europe';
import type { HouseholdRecord } from '../../../shared/ipc/channels/hosts';
import { registerPending } from '../../app/pendingChanges';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DateField } from '../../components/DateField';
import { EntityDialog } from '../../components/EntityDialog';
import { RepeatingRows } from '../../components/RepeatingRows';
import { useSubmit } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { newRange, toDraft, toValues, type HouseholdValues } from './householdValues';

/**
 * One household of the register, new or edited. Saved with its button; closing it with
 * changes asks first, and closing the window or the tab meanwhile asks too (pendingChanges).
 */
export function HouseholdDialog({
  household,
  onClose,
}: {
  household: HouseholdRecord | null;
  onClose(): void;
}) {
  const { t } = useTranslation('hosts');
  const format = useFormat();
  const save = useAppStore((s) => s.saveHousehold);
  const [initial] = useState(() => toValues(household));
  const [values, setValues] = useState<HouseholdValues>(initial);
  const [asking, setAsking] = useState(false);
  const saved = useRef(false);
  const draft = toDraft(values, household?.id);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { submit, errors, failure, saving } = useSubmit(
    HostHouseholdDraft,
    async (checked) => {
      await save(checked, household?.rev);
      saved.current = true;
      notifications.show({ color: 'green', message: t('register.saved') });
    },
    draft,
  );
  useEffect(() => {
    if (!dirty) return;
    return registerPending({ unsaved: () => t('register.pending') });
  }, [dirty, t]);

  const set = <K extends keyof HouseholdValues>(key: K, value: HouseholdValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'name' | 'contactName' | 'email' | 'phone' | 'address' | 'town') => ({
    label: t(`field.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
  });
  const languages = EUROPEAN_LANGUAGES.map((code) => ({ value: code, label: format.language(code) })).sort(
    (a, b) => a.label.localeCompare(b.label),
  );
  const close = () => (dirty && !saved.current ? setAsking(true) : onClose());

  return (
    <>
      <EntityDialog
        title={household ? t('register.edit', { name: household.name }) : t('register.new')}
        onClose={close}
        onSubmit={() => submit(draft)}
        saving={saving}
        saveLabel={t('register.save')}
        cancelLabel={t('common:actions.cancel')}
        closeLabel={t('common:actions.close')}
        failureTitle={t('register.notSaved')}
        failure={failure}
        size="lg"
      >
        <TextInput {...text('name')} description={t('field.nameHint')} required data-autofocus />
        <TextInput {...text('contactName')} />
        <SimpleGrid cols={2}>
          <TextInput {...text('email')} type="email" />
          <TextInput {...text('phone')} type="tel" />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput {...text('address')} />
          <TextInput {...text('town')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('field.beds')}
            required
            min={1}
            max={30}
            allowDecimal={false}
            value={values.beds}
            onChange={(v) => set('beds', v)}
            error={errors.beds}
          />
          <MultiSelect
            label={t('field.languages')}
            searchable
            data={languages}
            value={values.languages}
            onChange={(v) => set('languages', v)}
            error={errors.languages}
          />
        </SimpleGrid>
        <RepeatingRows
          legend={t('field.available')}
          rows={values.available}
          onChange={(rows) => set('available', rows)}
          newRow={newRange}
          rowKey={(r) => r.key}
          addLabel={t('field.addRange')}
          removeLabel={(i) => t('field.removeRange', { n: i + 1 })}
          emptyText={t('field.noRange')}
          max={50}
          error={errors.available}
          renderRow={(row, i, update) => (
            <SimpleGrid cols={2}>
              <DateField
                label={t('field.from')}
                required
                value={row.from}
                onChange={(from) => update({ ...row, from })}
                error={errors[`available.${i}.from`]}
              />
              <DateField
                label={t('field.to')}
                required
                value={row.to}
                minDate={row.from || undefined}
                onChange={(to) => update({ ...row, to })}
                error={errors[`available.${i}.to`]}
              />
            </SimpleGrid>
          )}
        />
        <Checkbox.Group
          label={t('field.pets')}
          value={values.pets}
          onChange={(v) => set('pets', v as typeof values.pets)}
        >
          <Group mt={4}>
            {PetKind.options.map((p) => (
              <Checkbox key={p} value={p} label={t(`pet.${p}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('field.diets')}
          value={values.dietsOffered}
          onChange={(v) => set('dietsOffered', v as typeof values.dietsOffered)}
        >
          <Group mt={4}>
            {Diet.options.map((d) => (
              <Checkbox key={d} value={d} label={t(`diet.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Checkbox
            label={t('field.smoking')}
            checked={values.smoking}
            onChange={(e) => set('smoking', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('field.stepFree')}
            checked={values.stepFree}
            onChange={(e) => set('stepFree', e.currentTarget.checked)}
          />
        </Group>
        <DateField
          label={t('field.minorCheckDate')}
          description={t('field.minorCheckHint')}
          value={values.minorCheckDate}
          onChange={(v) => set('minorCheckDate', v)}
          clearLabel={t('field.clearDate')}
          error={errors.minorCheckDate}
        />
        <Textarea
          label={t('field.notes')}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
        />
      </EntityDialog>
      <ConfirmModal
        opened={asking}
        title={t('discard.title')}
        message={t('discard.message')}
        confirmLabel={t('discard.confirm')}
        cancelLabel={t('discard.keep')}
        busy={false}
        onConfirm={onClose}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
