import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { menuMessages } from '../../shared/i18n/menu';
import type { UiLocale } from '../../shared/domain/settings';

export function buildMenu(
  locale: UiLocale,
  dataDir: string,
  window: () => BrowserWindow | null,
  reload: () => void = () => window()?.webContents.reload(),
): Menu {
  const t = menuMessages[locale];
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
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
