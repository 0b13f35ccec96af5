import { Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RepeatingRowsProps<T> {
  /** The fieldset's legend: what the rows are ("Programme days"). */
  legend: string;
  rows: readonly T[];
  onChange(rows: T[]): void;
  /** A fresh row for the Add button. */
  newRow(): T;
  /** A stable key per row (a client-local key, never the index), so typing never jumps rows. */
  rowKey(row: T): string;
  /** The fields of one row; `update` replaces that row. */
  renderRow(row: T, index: number, update: (next: T) => void): ReactNode;
  addLabel: string;
  /** The remove button's name for row `index`, with the row's number ("Remove day 2"). */
  removeLabel(index: number): string;
  /** Said when there are no rows, so an empty list is not mistaken for a missing one. */
  emptyText?: string;
  max?: number;
  error?: string | undefined;
  /** Each row's name for assistive technology and tests ("Day 2"); the row is then a group. */
  rowLabel?(index: number): string;
  /** Rows inside a row of another list (a day's items): a smaller legend. */
  nested?: boolean;
}

/**
 * A list of rows of the same fields (programme days, items of a day, themes), each with its
 * Remove button and one Add button below; every form with repeating parts uses this one.
 */
export function RepeatingRows<T>(props: RepeatingRowsProps<T>) {
  const { rows, onChange, max } = props;
  const update = (i: number) => (next: T) => onChange(rows.map((r, j) => (j === i ? next : r)));
  return (
    <Fieldset
      legend={
        <Text fw={700} size={props.nested ? 'sm' : 'md'}>
          {props.legend}
        </Text>
      }
      variant="unstyled"
    >
      <Stack gap="sm">
        {rows.length === 0 && props.emptyText && (
          <Text size="sm" c="dimmed">
            {props.emptyText}
          </Text>
        )}
        {rows.map((row, i) => (
          <Paper
            key={props.rowKey(row)}
            withBorder
            p="sm"
            {...(props.rowLabel ? { role: 'group', 'aria-label': props.rowLabel(i) } : {})}
          >
            <Stack gap="xs">
              {props.renderRow(row, i, update(i))}
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  {props.removeLabel(i)}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        {props.error && (
          <Text size="sm" c="red.8" role="alert">
            {props.error}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="sm"
            disabled={max !== undefined && rows.length >= max}
            data-add-row
            onClick={() => onChange([...rows, props.newRow()])}
          >
            {props.addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
