import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' when not chosen. */
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
  /** Whether the date can be cleared; by default an optional one can. */
  clearable?: boolean;
  clearLabel?: string;
  minDate?: string;
  maxDate?: string;
  /** A fixed width (filters in a row); otherwise the field takes its column. */
  width?: number;
}

/**
 * A calendar day chosen in the app's language (the DatesProvider in App.tsx sets the dayjs
 * locale), since the native date input follows the operating system's language instead.
 */
export function DateField({
  value,
  onChange,
  error,
  minDate,
  maxDate,
  clearLabel,
  clearable,
  width,
  ...rest
}: DateFieldProps) {
  const { t } = useTranslation('common');
  const ariaLabels = {
    previousMonth: t('dates.previousMonth'),
    nextMonth: t('dates.nextMonth'),
    previousYear: t('dates.previousYear'),
    nextYear: t('dates.nextYear'),
    previousDecade: t('dates.previousDecade'),
    nextDecade: t('dates.nextDecade'),
    monthLevelControl: t('dates.level'),
    yearLevelControl: t('dates.level'),
  };
  return (
    <DatePickerInput
      {...rest}
      ariaLabels={ariaLabels}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      error={error}
      valueFormat="D MMMM YYYY"
      {...(width ? { w: width } : {})}
      clearable={clearable ?? !rest.required}
      clearButtonProps={{ 'aria-label': clearLabel ?? t('dates.clear') }}
      {...(minDate ? { minDate } : {})}
      {...(maxDate ? { maxDate } : {})}
    />
  );
}
