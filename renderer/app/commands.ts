import type { CommandId } from '../../shared/ipc/commands';

export { COMMANDS, COMMAND_EVENT, type CommandId } from '../../shared/ipc/commands';

const listeners = new Map<CommandId, Set<() => boolean>>();

/**
 * A screen that can run a command (the charter prints, a form saves) registers here while it
 * is shown; the newest registration runs first and returns true when it handled the command.
 */
export function onCommand(id: CommandId, run: () => boolean): () => void {
  const set = listeners.get(id) ?? new Set();
  listeners.set(id, set);
  set.add(run);
  return () => set.delete(run);
}

/** Runs a command on the screen that registered for it last; false when none took it. */
export function runScreenCommand(id: CommandId): boolean {
  const list = [...(listeners.get(id) ?? [])].reverse();
  return list.some((run) => run());
}

/** The key as the user's system writes it: ⌘K on a Mac, Ctrl+K elsewhere. */
export function keyLabel(keys: string, mac: boolean): string {
  const key = (keys.split('+')[1] ?? '').toUpperCase();
  return mac ? `⌘${key}` : `Ctrl+${key}`;
}
