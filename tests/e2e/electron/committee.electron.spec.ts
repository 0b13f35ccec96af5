import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMember, expectSavedProfile, fillMunicipality, openCommittee } from './committeeJourney';

// The desktop app itself (main process, preload, app:// protocol), driven through Playwright.
// Where the Electron binary is absent (it downloads on first use, which this machine cannot),
// the whole file is skipped with that reason; it never passes without running.
const root = join(import.meta.dirname, '..', '..', '..');
const mainScript = join(root, process.env.TWINNING_OUT_DIR ?? 'out', 'main', 'main.js');
const MISSING_BINARY = 'Electron failed to install correctly';

// Chromium refuses to start as root with its sandbox on (CI runs as root).
const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function launch(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({ args: [...rootFlags, mainScript, `--data-dir=${dataDir}`], timeout: 30_000 });
}

async function whyUnavailable(dataDir: string): Promise<string | null> {
  try {
    await (await launch(dataDir)).close();
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.includes(MISSING_BINARY))
      return 'The Electron binary is not installed and cannot be downloaded here';
    if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      return 'No display server for the Electron window (run the tests under xvfb-run)';
    }
    throw error;
  }
}

test.describe('the desktop app', () => {
  let dataDir = '';

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'twinning-electron-'));
    const reason = await whyUnavailable(dataDir);
    test.skip(reason !== null, reason ?? '');
  });

  test.afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('keeps the home municipality and a new member after the app is closed and reopened', async () => {
    const first = await launch(dataDir);
    const page = await first.firstWindow();
    await openCommittee(page);
    await fillMunicipality(page);
    await addMember(page);
    await first.close();

    const second = await launch(dataDir);
    const again = await second.firstWindow();
    await openCommittee(again);
    await expectSavedProfile(again);
    expect(again.url()).toMatch(/^app:\/\/twinning\//);
    await second.close();
  });
});
