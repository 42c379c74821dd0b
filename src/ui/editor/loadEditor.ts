/**
 * The Monaco editor chunk, fetched once. main.tsx starts the fetch before it starts the analysis
 * Worker, so the editor (which the first screen waits for) is not queued behind the Worker's
 * script; the editor panel's lazy component resolves from the same promise.
 */
import type * as MonacoEditorModule from './MonacoEditor';

let editorModule: Promise<typeof MonacoEditorModule> | undefined;

export function loadMonacoEditor(): Promise<typeof MonacoEditorModule> {
  editorModule ??= import('./MonacoEditor');
  return editorModule;
}
