import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormFailure } from './FormFailure';

export interface EntityDialogProps {
  title: string;
  onClose(): void;
  /** Runs the save; resolves true when the dialog may close. */
  onSubmit(): Promise<boolean>;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  closeLabel: string;
  failureTitle: string;
  failure: string | null;
  /** A wider dialog for a record with many fields (a host household). */
  size?: 'md' | 'lg' | 'xl';
  children: ReactNode;
}

/** One record edited in a dialog (an organisation, a status change): fields, failure, Cancel and Save. */
export function EntityDialog(props: EntityDialogProps) {
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await props.onSubmit()) props.onClose();
  }
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      centered
      size={props.size ?? 'md'}
      closeButtonProps={{ 'aria-label': props.closeLabel }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={props.title}>
        <Stack>
          {props.children}
          <FormFailure title={props.failureTitle} message={props.failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {props.cancelLabel}
            </Button>
            <Button type="submit" loading={props.saving}>
              {props.saveLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
