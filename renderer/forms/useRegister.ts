import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';

/**
 * The state of a register screen (organisations, host families): it loads its records, says
 * why it could not, keeps the record being edited and the one she asked to remove, and
 * removes it on her confirmation with a notice either way.
 */
export function useRegister<T extends { id: string }>(options: {
  load(): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  loadFailure(error: unknown): string;
  removed(record: T): string;
  refused(error: unknown): string;
}) {
  const { load } = options;
  // The words come fresh with every render; only a new `load` loads again.
  const words = useRef(options);
  words.current = options;
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    load().catch((error: unknown) => setFailure(words.current.loadFailure(error)));
  }, [load]);

  async function confirmRemove() {
    if (!removing) return;
    setBusy(true);
    try {
      await options.remove(removing.id);
      notifications.show({ color: 'green', message: options.removed(removing) });
    } catch (error) {
      notifications.show({ color: 'red', message: options.refused(error) });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }

  return { failure, editing, setEditing, removing, setRemoving, busy, confirmRemove };
}
