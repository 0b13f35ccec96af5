import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { menuMessages } from '../../shared/i18n/menu';
import { COMMANDS, commandScript, type CommandId } from '../../shared/ipc/commands';
import type { UiLocale } from '../../shared/domain/settings';

export function buildMenu(
  locale: UiLocale,
  dataDir: string,
  window: () => BrowserWindow | null,
  reload: () => void = () => window()?.webContents.reload(),
): Menu {
  const t = menuMessages[locale];
  // The window's own commands, with the keys the window also answers in browser mode.
  const command = (id: CommandId): MenuItemConstructorOptions => ({
    label: t[id],
    accelerator: COMMANDS.find((c) => c.id === id)?.accelerator,
    click: () => void window()?.webContents.executeJavaScript(commandScript(id)),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        command('newPartnership'),
        command('save'),
        command('print'),
        { type: 'separator' },
        { label: t.dataFolder, click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('find'),
      ],
    },
    {
      label: t.view,
      submenu: [
        // Reload asks the page to save first, as closing does (electron/window/closeGuard.ts).
        { label: t.reload, accelerator: 'CmdOrCtrl+R', click: reload },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      submenu: [
        {
          label: t.about,
          click: () => void window()?.webContents.executeJavaScript("location.hash = '#/about'"),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
