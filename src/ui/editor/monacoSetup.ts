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

export { monaco };
