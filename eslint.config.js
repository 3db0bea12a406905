import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's own modules, with and without `node:`: none may load in a browser. */
const noNodeModules = builtinModules.map((name) => ({
  name,
  message: 'This code runs in a browser: no Node modules.',
}));
const noDatabase = {
  group: ['node:*', '**/db/**', 'better-sqlite3', 'drizzle-orm*'],
  message: 'This code runs in a browser: no Node modules, no database.',
};
const onlyCoreApi = {
  // Relative imports into core/ (not @mantine/core) other than core/api.
  regex: '^(\\.\\./)+core/(?!api(/|$))',
  message: 'Import only the browser-safe core/api/** from core.',
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'db/migrations/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Layer boundaries (docs/ARCHITECTURE.md), each its own config object.
  {
    // What the preload hands the page: from core, only the browser-safe core/api.
    files: ['electron/preload.ts', 'electron/bridge.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noNodeModules, patterns: [onlyCoreApi, noDatabase] }] },
  },
  {
    // The page talks to window.ropa only: core/api from core, no Node, no database, no Electron.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNodeModules,
          patterns: [
            onlyCoreApi,
            noDatabase,
            {
              group: ['electron', '**/electron/**'],
              message: 'The page reaches Electron only through window.ropaShell.',
            },
          ],
        },
      ],
    },
  },
  {
    // core/api is what a browser may load: its own files and browser-safe packages, nothing else.
    files: ['core/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNodeModules,
          patterns: [
            { group: ['..', '../**'], message: 'core/api imports only its own files (./x).' },
            noDatabase,
            { group: ['electron'], message: 'core/api must load in a browser.' },
          ],
        },
      ],
    },
  },
);
