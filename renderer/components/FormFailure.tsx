import { Alert } from '@mantine/core';

export function FormFailure({ message, title }: { message: string | null; title: string }) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} role="alert">
      {message}
    </Alert>
  );
}
