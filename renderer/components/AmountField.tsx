import { Group, Select, TextInput } from '@mantine/core';

export interface AmountFieldProps {
  label: string;
  currencyLabel: string;
  text: string;
  currency: string;
  currencies: readonly { value: string; label: string }[];
  onText(text: string): void;
  onCurrency(currency: string): void;
  /** The amount's message (already translated), if any. */
  error?: string | undefined;
  currencyError?: string | undefined;
  description?: string;
  required?: boolean;
}

/**
 * An amount typed the way the reader's language writes numbers ("1.234,56" in Romanian and
 * German), with its currency beside it. The text is kept as typed: the form reads it into
 * minor units on save and a refusal is shown here, nothing typed is lost.
 */
export function AmountField(props: AmountFieldProps) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={props.label}
        description={props.description}
        value={props.text}
        onChange={(e) => props.onText(e.currentTarget.value)}
        inputMode="decimal"
        autoComplete="off"
        error={props.error}
        required={props.required ?? true}
      />
      <Select
        w={110}
        label={props.currencyLabel}
        data={props.currencies as { value: string; label: string }[]}
        value={props.currency}
        onChange={(v) => v && props.onCurrency(v)}
        searchable
        allowDeselect={false}
        error={props.currencyError}
        required
        mt={props.description ? 'calc(var(--mantine-font-size-xs) * 1.5)' : 0}
      />
    </Group>
  );
}
