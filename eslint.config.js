// Lint rules, including the layering the design asks for: ui -> view -> store -> engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', 'monaco-editor', 'monaco-editor/*', 'zustand', 'zustand/*'];
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'url', 'crypto', 'util', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'e2e/screenshots/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The engine is pure: no UI, no DOM-bound libraries, no Node built-ins (it runs in a Worker).
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/testing/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'src/engine runs in a Web Worker: no Node built-ins.' })),
        patterns: [
          { group: uiPackages, message: 'src/engine must stay free of UI libraries.' },
          { group: ['node:*'], message: 'src/engine runs in a Web Worker: no Node built-ins.' },
          { group: ['**/ui/**', '**/view/**', '**/store/**', '**/worker/**', '**/cli/**'], message: 'The engine imports only from the engine.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage'],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'The engine is deterministic: pass time in.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic: pass randomness in.' },
      ],
    },
  },
  {
    // View mappers are pure functions: types from React Flow are fine, React itself is not.
    files: ['src/view/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...['react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'src/view is pure: no React or UI state.' })),
          { name: '@xyflow/react', allowTypeImports: true, message: 'src/view may only import types from React Flow.' },
        ],
        patterns: [
          { group: ['react-dom/*', 'zustand/*', 'monaco-editor', 'monaco-editor/*'], message: 'src/view is pure: no React or UI state.' },
          { group: ['**/ui/**', '**/worker/**'], message: 'view sits below ui (ui -> view -> store -> engine).' },
        ],
      }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/ui/**', '**/view/**'], message: 'store depends on engine only.' }],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...uiPackages, '**/ui/**', '**/view/**', '**/store/**', '**/worker/**'], message: 'The CLI uses the engine only.' }],
      }],
    },
  },
);
