import { useHotkeys } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { flushPending } from './pendingChanges';
import { COMMAND_EVENT, COMMANDS, runScreenCommand, type CommandId } from './commands';

/** Save: the form holding the focus is submitted; otherwise an autosaving screen saves at once. */
function save(): void {
  if (runScreenCommand('save')) return;
  const form = document.activeElement?.closest('form');
  if (form) form.requestSubmit();
  else void flushPending();
}

/**
 * The app's keyboard shortcuts and the desktop menu's commands, one implementation each.
 * Keys work inside text fields too (a secretary saves while typing).
 */
export function useCommands(): void {
  const navigate = useNavigate();
  const run = (id: CommandId) => {
    if (id === 'find') spotlight.open();
    else if (id === 'newPartnership') void navigate('/partnerships/new');
    else if (id === 'save') save();
    else if (id === 'print' && !runScreenCommand('print')) window.print();
  };
  useHotkeys(
    COMMANDS.map((c) => [c.keys, () => run(c.id), { preventDefault: true }]),
    [],
  );
  useEffect(() => {
    const listener = (event: Event) => {
      const id = (event as CustomEvent<unknown>).detail;
      const known = COMMANDS.find((c) => c.id === id);
      if (known) run(known.id);
    };
    window.addEventListener(COMMAND_EVENT, listener);
    return () => window.removeEventListener(COMMAND_EVENT, listener);
  });
}
