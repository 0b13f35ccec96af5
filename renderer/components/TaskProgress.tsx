import { Button, Group, Paper, Progress, Text } from '@mantine/core';

interface Props {
  /** What the task is doing now, in words ("Packing files: 3 of 12"). */
  label: string;
  /** 0–100, or null while the task has not said how far it is. */
  percent: number | null;
  cancelLabel: string;
  /** Null once the task can no longer stop; the note says why instead. */
  onCancel: (() => void) | null;
  cancelling: boolean;
  note?: string;
}

/** A long task's progress bar, with its Cancel button while it can still stop. */
export function TaskProgress({ label, percent, cancelLabel, onCancel, cancelling, note }: Props) {
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite">
      <Text size="sm" mb={6}>
        {label}
      </Text>
      <Progress
        value={percent ?? 100}
        animated={percent === null}
        striped={percent === null}
        aria-label={label}
        transitionDuration={150}
      />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {note ?? ''}
        </Text>
        {onCancel && (
          <Button size="xs" variant="default" onClick={onCancel} loading={cancelling}>
            {cancelLabel}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
