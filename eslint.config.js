// ESLint flat config. Syntax-only (no type information) so `npm run lint` stays fast.
// The dependency rules of ARCHITECTURE.md are enforced per folder with no-restricted-imports.
// A later config object replaces an earlier one's options for the same rule, so each folder's
// rule below lists every restriction that applies to it (the general ones included).
import js from '@eslint/js';
import electronSecurity from 'eslint-plugin-electron-security';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import sources are matched as written; relative paths are recognised by the folder names they go through.
const noRenderer = {
  regex: '(^|/)renderer(/|$)',
  message: 'The Electron side never imports the renderer (docs/ARCHITECTURE.md rule 2).',
};
const noElectronFromShared = {
  regex: '^(electron|node:.*|react|react-dom|react/.*)$|(^|/)(electron|renderer)(/|$)',
  message:
    'shared/ imports only zod and shared/: no electron, node:*, React, renderer/ or electron/ (rule 1).',
};
const onlyZodInShared = {
  regex: '^(?!(zod|big\\.js|dinero\\.js|@dinero\\.js/[a-z-]+|i18n-iso-countries)(/|$))[^.]',
  message:
    'shared/ imports only shared/ and the pure libraries docs/ARCHITECTURE.md rule 1 lists (zod, big.js, dinero.js, i18n-iso-countries).',
};
const noElectronInCore = {
  regex: '^electron(/|$)',
  message: "electron/core runs in plain Node: never import 'electron' (rule 2).",
};
const noShellFromCore = {
  regex:
    '^(\\.\\./)+(window|ipc|preload|host|cli|main)(/|$)|(^|/)electron/(window|ipc|preload|host|cli|main)(/|$)',
  message: 'electron/core never imports electron/window, ipc, preload, host or cli (rule 2).',
};
const noElectronInRenderer = {
  regex: '^electron(/|$)|(^|/)electron(/|$)',
  message: 'renderer/ never imports electron/ or Electron, not even types (rule 4).',
};
const noNodeInRenderer = {
  regex: '^node:',
  message: 'The renderer runs in a browser: no Node built-ins.',
};
const noStateOrApiInComponents = {
  regex: '^(\\.\\./)+(state|api)(/|$)|(^|/)renderer/(state|api)(/|$)',
  message: 'renderer/components are presentational: they never import state/ or api/ (rule 6).',
};
const preloadTypesOnly = {
  regex: '^\\.',
  allowTypeImports: true,
  message:
    'The preload imports only types from shared/ (`import type`), so it stays self-contained (rule 3).',
};
const noNodeInPreload = {
  regex: '^node:',
  message: 'A sandboxed preload has no Node built-ins.',
};
const buildersParentOnlyShared = {
  regex: '^\\.\\./(?!.*(^|/)shared/)',
  message: 'PDF builders are pure: they import only shared/ and pdfmake types (rule 5).',
};
const buildersBareOnlyPdfmake = {
  regex: '^(?!pdfmake(/|$))[^.]',
  message: 'PDF builders are pure: they import only shared/ and pdfmake types (rule 5).',
};
const buildersPdfmakeTypesOnly = {
  regex: '^pdfmake(/|$)',
  allowTypeImports: true,
  message: 'PDF builders use pdfmake types only (`import type`); rendering happens in renderPdf.ts (rule 5).',
};

const ipcMainOnlyInIpc = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: 'Only electron/ipc/ uses ipcMain (rule 3).',
};
const ipcRendererOnlyInPreload = {
  name: 'electron',
  importNames: ['ipcRenderer'],
  message: 'Only the preload uses ipcRenderer (rule 3).',
};
const noElectronAtAll = { name: 'electron', message: "This layer never imports 'electron'." };

const restrict = (paths, patterns) => ['error', { paths, patterns }];
const WINDOW_API = 'Only renderer/api/client.ts reads window.api (rule 6).';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.tmp/**',
      'node_modules/**',
      'resources/data/**',
      'bench/results.json',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  electronSecurity.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAsExpression', message: 'Double casts hide type errors.' },
      ],
      'electron-security/no-open-external-with-dynamic-url': [
        'error',
        { urlValidators: ['isSafeExternalUrl'] },
      ],
      // Single doors for the security-sensitive Electron APIs.
      'electron-security/require-factory': [
        'error',
        {
          factories: [
            { api: 'ipcMain.handle', use: 'registerIpc', allowIn: ['electron/ipc/*.ts'] },
            { api: 'ipcMain.on', use: 'registerIpc', allowIn: ['electron/ipc/*.ts'] },
            {
              api: 'BrowserWindow',
              use: 'createMainWindow',
              allowIn: ['electron/window/createMainWindow.ts'],
            },
            { api: 'shell.openExternal', use: 'isSafeExternalUrl', allowIn: ['electron/window/*.ts'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs['recommended-latest'].rules },
  },

  // ---- Dependency rules (ARCHITECTURE.md), general first, specific last ----
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([ipcMainOnlyInIpc, ipcRendererOnlyInPreload], [noRenderer]) },
  },
  {
    files: ['electron/ipc/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([ipcRendererOnlyInPreload], [noRenderer]) },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([ipcMainOnlyInIpc], [noRenderer, preloadTypesOnly, noNodeInPreload]),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([noElectronAtAll], [noElectronInCore, noRenderer, noShellFromCore]),
    },
  },
  {
    files: ['electron/core/pdf/builders/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [noElectronAtAll],
        [
          noElectronInCore,
          noRenderer,
          noShellFromCore,
          buildersParentOnlyShared,
          buildersBareOnlyPdfmake,
          buildersPdfmakeTypesOnly,
        ],
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([noElectronAtAll], [noElectronFromShared, onlyZodInShared]) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([noElectronAtAll], [noElectronInRenderer, noNodeInRenderer]),
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: WINDOW_API },
        { object: 'globalThis', property: 'api', message: WINDOW_API },
        { object: 'self', property: 'api', message: WINDOW_API },
      ],
    },
  },
  {
    files: ['renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        [noElectronAtAll],
        [noElectronInRenderer, noNodeInRenderer, noStateOrApiInComponents],
      ),
    },
  },
  {
    files: ['renderer/api/client.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
