import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
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

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'release/', 'node_modules/', 'db/migrations/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules: each file is checked with the tsconfig that owns it (tsconfig.json for
      // Node code, renderer/tsconfig.json for the page); the .mjs scripts get a default project.
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '.dependency-cruiser.cjs', 'bin/*.mjs', 'scripts/*.mjs', 'core/reports/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A promise nobody awaits loses its rejection (an IPC call, a save, a worker message); one passed
      // where a void callback is expected (onClick, ipcMain.on, setInterval) does the same.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // Accessibility of the JSX itself (labels, roles, keyboard access); axe-core checks the rendered pages.
    extends: [jsxA11y.flatConfigs.recommended],
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
    // The CLI reads registers through db/open.ts and the core, never SQLite itself.
    files: ['cli/**/*.ts'],
    ignores: ['cli/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['better-sqlite3', 'drizzle-orm*'], message: 'cli/ opens registers through db/open.ts.' },
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
