import { SimpleGrid, TextInput } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { RepeatingRows } from '../../components/RepeatingRows';
import type { FieldErrors } from '../../forms/validation';
import {
  emptyItem,
  nextDay,
  type ActivityValues,
  type DayValues,
  type ItemValues,
} from './activityFormValues';

interface Props {
  values: ActivityValues;
  errors: FieldErrors;
  onChange(days: DayValues[]): void;
}

function ItemFields({
  item,
  at,
  errors,
  onChange,
}: {
  item: ItemValues;
  at: string;
  errors: FieldErrors;
  onChange(next: ItemValues): void;
}) {
  const { t } = useTranslation('activities');
  const set = (key: 'title' | 'place' | 'note') => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...item, [key]: e.currentTarget.value });
  return (
    <SimpleGrid cols={{ base: 1, sm: 4 }}>
      <TimePicker
        label={t('form.time')}
        format="24h"
        clearable
        hoursInputLabel={t('form.hours')}
        minutesInputLabel={t('form.minutes')}
        value={item.time}
        onChange={(time) => onChange({ ...item, time })}
        error={errors[`${at}.time`]}
      />
      <TextInput
        label={t('form.itemTitle')}
        required
        value={item.title}
        onChange={set('title')}
        error={errors[`${at}.title`]}
      />
      <TextInput
        label={t('form.place')}
        value={item.place}
        onChange={set('place')}
        error={errors[`${at}.place`]}
      />
      <TextInput
        label={t('form.itemNote')}
        value={item.note}
        onChange={set('note')}
        error={errors[`${at}.note`]}
      />
    </SimpleGrid>
  );
}

/** The day-by-day programme: days, each with its items, both as repeating rows. */
export function ProgrammeFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation('activities');
  return (
    <RepeatingRows
      legend={t('form.programme')}
      rows={values.days}
      onChange={onChange}
      newRow={() => nextDay(values)}
      rowKey={(d) => d.key}
      addLabel={t('form.addDay')}
      removeLabel={(i) => t('form.removeDay', { n: i + 1 })}
      rowLabel={(i) => `${t('form.day')} ${i + 1}`}
      emptyText={t('form.programmeEmpty')}
      max={60}
      renderRow={(day, i, update) => (
        <>
          <DateField
            label={`${t('form.day')} ${i + 1}`}
            required
            value={day.date}
            onChange={(date) => update({ ...day, date })}
            error={errors[`programme.${i}.date`]}
            {...(values.startDate ? { minDate: values.startDate } : {})}
            {...(values.endDate ? { maxDate: values.endDate } : {})}
          />
          <RepeatingRows
            legend={t('form.items')}
            nested
            rows={day.items}
            onChange={(items) => update({ ...day, items })}
            newRow={emptyItem}
            rowKey={(item) => item.key}
            addLabel={t('form.addItem')}
            removeLabel={(j) => t('form.removeItem', { n: j + 1 })}
            rowLabel={(j) => t('form.item', { n: j + 1 })}
            emptyText={t('form.itemsEmpty')}
            max={40}
            renderRow={(item, j, updateItem) => (
              <ItemFields
                item={item}
                at={`programme.${i}.items.${j}`}
                errors={errors}
                onChange={updateItem}
              />
            )}
          />
        </>
      )}
    />
  );
}
