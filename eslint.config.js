// ESLint flat config. Syntax-only typescript-eslint (no type information: fast on 2 cores; `tsc` does the types),
// react-hooks for the renderer, and the house import rules as `no-restricted-imports` per folder.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// README: `src-main/electron/` is the only place that imports electron.
const electron = [
  { name: 'electron', message: 'Only src-main/electron/ imports electron.' },
  { name: 'electron-store', message: 'Only src-main/electron/ imports electron-store.' },
];
const electronPatterns = [{ group: ['electron/*'], message: 'Only src-main/electron/ imports electron.' }];

// `no-restricted-imports` options are replaced, not merged, by a later matching block: each folder's block
// below therefore repeats the electron rule.
const restrict = (paths, patterns) => [
  'error',
  { paths: [...electron, ...paths], patterns: [...electronPatterns, ...patterns] },
];

const sharedMessage = 'src-shared runs anywhere (renderer included): no node, database or main-process imports.';
const sharedForbidden = [...builtinModules, 'better-sqlite3', 'kysely'].map((name) => ({
  name,
  message: sharedMessage,
}));
const sharedForbiddenPatterns = [
  {
    group: ['node:*', 'better-sqlite3/*', 'kysely/*', '**/src-main/**'],
    message: sharedMessage,
  },
];

export default defineConfig(
  // Output folders: vite.config.ts (dist-renderer), scripts/build-main.mjs (build), electron-builder.yml (release).
  globalIgnores(['build/', 'dist/', 'dist-renderer/', 'release/', 'coverage/', 'test-results/', '.data/', '.tmp/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': restrict([], []) },
  },
  {
    files: ['src-shared/**'],
    rules: { 'no-restricted-imports': restrict(sharedForbidden, sharedForbiddenPatterns) },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // v7 "recommended": rules-of-hooks plus the React Compiler rules (set-state-in-effect, use-memo, refs, ...);
      // exhaustive-deps is raised from warn to error.
      'react-hooks/exhaustive-deps': 'error',
      // Loading data in an effect sets "loading" first: the pattern of useRpc and the session, on purpose.
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': restrict(
        [],
        [
          {
            group: ['**/src-main/**', '**/src-main'],
            message: 'The renderer talks to the core over RPC only: import from src-shared, never src-main.',
          },
        ],
      ),
    },
  },
);
