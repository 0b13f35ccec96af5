import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/fr';
import 'dayjs/locale/ro';

const DAYJS_LOCALE: Record<string, string> = { en: 'en-gb', ro: 'ro', fr: 'fr', de: 'de' };

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange(value: string): void;
  language: string;
  error?: string | undefined;
  required?: boolean;
  clearable?: boolean;
  description?: string;
}

/**
 * A calendar date picked in the app's language (the native date input follows the operating
 * system's, not the app's): month and day names, the first day of the week and the format.
 */
export function DateField(props: DateFieldProps) {
  const { t } = useTranslation('common');
  const locale = DAYJS_LOCALE[props.language] ?? 'en-gb';
  const control = (key: string) => t(`dates.${key}`);
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <DatePickerInput
        label={props.label}
        description={props.description}
        value={props.value === '' ? null : props.value}
        onChange={(v) => props.onChange(v ?? '')}
        valueFormat="D MMMM YYYY"
        error={props.error}
        required={props.required ?? false}
        clearable={props.clearable ?? false}
        clearButtonProps={{ 'aria-label': control('clear') }}
        ariaLabels={{
          monthLevelControl: control('monthLevelControl'),
          yearLevelControl: control('yearLevelControl'),
          nextMonth: control('nextMonth'),
          previousMonth: control('previousMonth'),
          nextYear: control('nextYear'),
          previousYear: control('previousYear'),
          nextDecade: control('nextDecade'),
          previousDecade: control('previousDecade'),
        }}
      />
    </DatesProvider>
  );
}
