/**
 * The app's commands and their keys, in one table: the window's keyboard shortcuts and palette
 * (renderer/app/useCommands.ts) and the desktop menu (electron/window/menu.ts) both read it. The
 * menu runs a command by dispatching COMMAND_EVENT with the command's id in the window.
 */
export const COMMANDS = [
  { id: 'find', keys: 'mod+k', accelerator: 'CmdOrCtrl+K' },
  { id: 'newPartnership', keys: 'mod+n', accelerator: 'CmdOrCtrl+N' },
  { id: 'save', keys: 'mod+s', accelerator: 'CmdOrCtrl+S' },
  { id: 'print', keys: 'mod+p', accelerator: 'CmdOrCtrl+P' },
] as const;
export type CommandId = (typeof COMMANDS)[number]['id'];
export const COMMAND_EVENT = 'twinning:command';

/** The script the menu runs in the window for a command: a fixed event, never user text. */
export const commandScript = (id: CommandId): string =>
  `window.dispatchEvent(new CustomEvent(${JSON.stringify(COMMAND_EVENT)}, { detail: ${JSON.stringify(id)} }))`;
