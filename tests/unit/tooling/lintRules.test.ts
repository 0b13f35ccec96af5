import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves that eslint.config.js enforces the dependency rules of ARCHITECTURE.md: each
// snippet is linted as if it lived at the given path (the file need not exist).
const root = join(import.meta.dirname, '..', '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
});

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

async function restricted(path: string, code: string): Promise<string[]> {
  return (await problems(path, code)).filter((p) => /^no-restricted-(imports|properties|syntax)/.test(p));
}

describe('shared/ imports only zod and shared/', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;", 'electron'],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;", 'node:*'],
    ["import { useState } from 'react';\nexport const u = useState;", 'React'],
    ["import { call } from '../../renderer/api/client';\nexport const c = call;", 'renderer/'],
    [
      "import type { Backend } from '../../electron/core/backend';\nexport type B = Backend;",
      'electron/ (types)',
    ],
    ["import ExcelJS from 'exceljs';\nexport const e = ExcelJS;", 'another package'],
  ])('rejects %j (%s)', async (code) => {
    expect(await restricted('shared/domain/sample.ts', code)).not.toEqual([]);
  });

  it('accepts the pure libraries rule 1 lists: big.js, dinero.js, i18n-iso-countries', async () => {
    const code =
      "import Big from 'big.js';\nimport { dinero } from 'dinero.js';\nimport lib from 'i18n-iso-countries/index.js';\nexport const x = [Big, dinero, lib];\n";
    expect(await restricted('shared/domain/sample.ts', code)).toEqual([]);
  });

  it('accepts zod and a sibling shared module', async () => {
    const code =
      "import { z } from 'zod';\nimport { Id } from './common';\nexport const S = z.object({ id: Id });\n";
    expect(await problems('shared/domain/sample.ts', code)).toEqual([]);
  });
});

describe('electron/core runs in plain Node', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;", 'electron/core/registry/sample.ts'],
    ["import type { App } from 'electron';\nexport type A = App;", 'electron/core/registry/sample.ts'],
    [
      "import { isTrustedUrl } from '../../window/protocol';\nexport const t = isTrustedUrl;",
      'electron/core/registry/sample.ts',
    ],
    [
      "import { registerIpc } from '../ipc/handle';\nexport const r = registerIpc;",
      'electron/core/sample.ts',
    ],
    ["import { startHost } from '../host/server';\nexport const s = startHost;", 'electron/core/sample.ts'],
    [
      "import { readFlag } from '../../cli/args';\nexport const f = readFlag;",
      'electron/core/store/sample.ts',
    ],
    [
      "import { call } from '../../../renderer/api/client';\nexport const c = call;",
      'electron/core/registry/sample.ts',
    ],
  ])('rejects %j in %s', async (code, path) => {
    expect(await restricted(path, code)).not.toEqual([]);
  });

  it('accepts Node built-ins, shared/ and its own store', async () => {
    const code = [
      "import { readFile } from 'node:fs/promises';",
      "import { AppFailure } from '../../../shared/ipc/errors';",
      "import { Store } from '../store/store';",
      'export const parts = [readFile, AppFailure, Store];',
    ].join('\n');
    expect(await problems('electron/core/registry/sample.ts', code)).toEqual([]);
  });
});

describe('ipcMain and ipcRenderer each have one home', () => {
  it('rejects ipcMain outside electron/ipc/', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const m = ipcMain;";
    expect(await restricted('electron/window/sample.ts', code)).not.toEqual([]);
    expect(await restricted('electron/main.ts', code)).not.toEqual([]);
  });

  it('allows ipcMain in electron/ipc/', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const m = ipcMain;";
    expect(await problems('electron/ipc/sample.ts', code)).toEqual([]);
  });

  it('rejects ipcRenderer outside the preload', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;";
    expect(await restricted('electron/ipc/sample.ts', code)).not.toEqual([]);
    expect(await restricted('electron/main.ts', code)).not.toEqual([]);
  });

  it('lets the preload import only types from shared/', async () => {
    const values = "import { IPC_INVOKE } from '../../shared/ipc/bridge';\nexport const i = IPC_INVOKE;";
    expect(await restricted('electron/preload/index.ts', values)).not.toEqual([]);
    const types = [
      "import { contextBridge, ipcRenderer } from 'electron';",
      "import type { Bridge } from '../../shared/ipc/bridge';",
      'export const parts: [unknown, unknown, Bridge | null] = [contextBridge, ipcRenderer, null];',
    ].join('\n');
    expect(await problems('electron/preload/index.ts', types)).toEqual([]);
  });
});

describe('renderer/ never reaches into electron/', () => {
  it.each([
    ["import type { Backend } from '../../electron/core/backend';\nexport type B = Backend;"],
    ["import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;"],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;"],
  ])('rejects %j', async (code) => {
    expect(await restricted('renderer/features/sample/Sample.tsx', code)).not.toEqual([]);
  });

  it('keeps components away from state/ and api/', async () => {
    const state = "import { useAppStore } from '../state/store';\nexport const s = useAppStore;";
    const api = "import { call } from '../api/client';\nexport const c = call;";
    expect(await restricted('renderer/components/Sample.tsx', state)).not.toEqual([]);
    expect(await restricted('renderer/components/Sample.tsx', api)).not.toEqual([]);
    expect(await restricted('renderer/features/sample/Sample.tsx', state)).toEqual([]);
  });

  it('lets only renderer/api/client.ts touch window.api', async () => {
    const read = 'export const bridge = window.api;';
    const destructure = 'const { api } = window;\nexport const bridge = api;';
    expect(await restricted('renderer/features/sample/useBridge.ts', read)).not.toEqual([]);
    expect(await restricted('renderer/state/sampleSlice.ts', destructure)).not.toEqual([]);
    expect(await problems('renderer/api/client.ts', read)).toEqual([]);
  });
});

describe('PDF builders are pure', () => {
  const path = 'electron/core/pdf/builders/buildSampleDoc.ts';

  it.each([
    ["import { renderPdf } from '../renderPdf';\nexport const r = renderPdf;"],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;"],
    ["import pdfMake from 'pdfmake';\nexport const p = pdfMake;"],
    ["import { Store } from '../../store/store';\nexport const s = Store;"],
  ])('rejects %j', async (code) => {
    expect(await restricted(path, code)).not.toEqual([]);
  });

  it('accepts shared/, sibling builders and pdfmake types', async () => {
    const code = [
      "import type { TDocumentDefinitions } from 'pdfmake/interfaces';",
      "import type { Committee } from '../../../../shared/domain/committee';",
      "import { styles } from './styles';",
      'export const build = (c: Committee): TDocumentDefinitions => ({ content: [String(c)], styles });',
    ].join('\n');
    expect(await problems(path, code)).toEqual([]);
  });
});
