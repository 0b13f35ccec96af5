import { DatePickerInput } from '@mantine/dates';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' when not chosen. */
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
  clearLabel?: string;
  minDate?: string;
  maxDate?: string;
}

/**
 * A calendar day chosen in the app's language (the DatesProvider in App.tsx sets the dayjs
 * locale), since the native date input follows the operating system's language instead.
 */
export function DateField({ value, onChange, error, minDate, maxDate, clearLabel, ...rest }: DateFieldProps) {
  return (
    <DatePickerInput
      {...rest}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      error={error}
      valueFormat="D MMMM YYYY"
      clearable={!rest.required}
      clearButtonProps={clearLabel ? { 'aria-label': clearLabel } : undefined}
      {...(minDate ? { minDate } : {})}
      {...(maxDate ? { maxDate } : {})}
    />
  );
}
