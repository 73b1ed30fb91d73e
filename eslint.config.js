// Lint, including the layering rules of HOUSE_STYLE.md: each layer imports only from layers below
// it, and raw ipcMain/ipcRenderer appear only in the IPC router and the preload.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = '^(node:.*|fs|fs/.*|path|os|net|dgram|tls|dns|child_process|crypto|http|https|stream|util|url|events|worker_threads)$';
const restrict = (patterns, message) => ({ group: patterns, message });
const restrictRegex = (regex, message) => ({ regex, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'release/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (HOUSE_STYLE.md).' },
      ],
    },
  },
  {
    files: ['*.config.ts', 'electron.vite.config.ts', 'vite.cli.config.ts', 'vitest.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrictRegex(NODE_BUILTINS, 'shared/ is pure: no Node modules.'),
          restrict(['electron', 'react', 'react-dom', 'react/*', 'zustand', '@xyflow/*', 'elkjs', 'elkjs/*'], 'shared/ is pure: no Electron, React or UI libraries.'),
          restrict(['**/src-main/**', '**/src-renderer/**', '**/cli/**'], 'shared/ is the lowest layer.'),
        ],
      }],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(['electron'], 'core and the CLI never import Electron: keep Electron in the thin glue.'),
          restrict(['react', 'react-dom', 'react/*', 'zustand', '@xyflow/*'], 'core has no UI.'),
          restrict(['**/src-renderer/**'], 'core never reaches into the renderer.'),
          restrict(['**/src-main/ipc/**', '**/src-main/platform/**', '**/src-main/security/**', '**/src-main/index.ts', '**/src-main/preload.ts'], 'core is below the Electron glue.'),
        ],
      }],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/core/**', 'src-main/ipc/ipc-router.ts', 'src-main/preload.ts', 'src-main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Raw IPC only in src-main/ipc/ipc-router.ts and src-main/preload.ts.' }],
        patterns: [restrict(['**/src-renderer/**'], 'main never imports renderer code.')],
      }],
    },
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          restrictRegex(NODE_BUILTINS, 'The renderer has no Node: talk to main through window.api.'),
          restrict(['electron'], 'The renderer never imports Electron: use the typed api.'),
          restrict(['**/src-main/**', '**/cli/**', '**/dev/**'], 'The renderer only uses shared/ and its own code.'),
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'dev/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
