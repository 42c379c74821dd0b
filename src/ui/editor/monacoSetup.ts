/**
 * Monaco, bundled locally and trimmed to what a Dockerfile editor uses: the core API, the
 * Dockerfile grammar, and a few editing features. Importing all of `monaco-editor` would pull
 * every language and more than double the bundle. This module is only reached through the lazy
 * editor chunk, so first paint never waits for it.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// The editor's own worker (diffing, word ranges), bundled by Vite; nothing loads from a CDN.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export const THEME = 'stagecraft-light';

// Monaco's default light theme dims line numbers below WCAG AA; these colours all keep >= 4.5:1
// on the white background, which the axe scan in e2e checks.
monaco.editor.defineTheme(THEME, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '3f6f3a' },
    { token: 'keyword', foreground: '1d4ed8', fontStyle: 'bold' },
    { token: 'string', foreground: '9a3412' },
    { token: 'variable', foreground: '7e22ce' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#1f2937',
    'editorLineNumber.foreground': '#5b6472',
    'editorLineNumber.activeForeground': '#111827',
    'editor.lineHighlightBackground': '#f1f5f9',
    'editor.selectionBackground': '#bfdbfe',
    'editor.inactiveSelectionBackground': '#dbeafe',
    'editorIndentGuide.background1': '#e5e7eb',
  },
});

export { monaco };
