/**
 * The Monaco editor bound to the store: text and cursor flow up as inputs; markers (from the
 * analysis) and reveal requests (graph and diagnostic clicks) flow down. Loaded lazily.
 */
import { useEffect, useRef } from 'react';
import { useAppStoreApi } from '../../store';
import type { AppState } from '../../store';
import { toEditorMarkers } from '../../view/toEditorMarkers';
import { followAppTheme, monacoThemeFor } from '../theme/monacoThemes';
import { getTheme } from '../theme/themeStore';
import { monaco } from './monacoSetup';
import { toMonacoMarkers } from './toMonacoMarkers';

const MARKER_OWNER = 'stagecraft';

export default function MonacoEditor() {
  const store = useAppStoreApi();
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const editor = monaco.editor.create(host, {
      value: store.getState().dockerfile,
      language: 'dockerfile',
      theme: monacoThemeFor(getTheme()),
      // Playwright's keyboard.type drops spaces with Chromium's EditContext; the textarea path works.
      editContext: false,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineHeight: 20,
      scrollBeyondLastLine: false,
      renderLineHighlightOnlyWhenFocus: true,
      renderWhitespace: 'none',
      tabSize: 4,
      ariaLabel: 'Dockerfile editor',
      fixedOverflowWidgets: true,
    });
    const stopTheme = followAppTheme();
    const model = editor.getModel();
    if (!model) return () => (stopTheme(), editor.dispose());

    const applyMarkers = (state: AppState): void => {
      const markers = toEditorMarkers(state.analysis.diagnostics, {
        lineCount: model.getLineCount(),
        lineLength: (line) => model.getLineLength(line),
      });
      monaco.editor.setModelMarkers(model, MARKER_OWNER, toMonacoMarkers(markers));
    };

    const reveal = ({ startLine, endLine, select }: NonNullable<AppState['revealRequest']>): void => {
      const last = model.getLineCount();
      const start = Math.min(Math.max(startLine, 1), last);
      const end = Math.min(Math.max(endLine, start), last);
      if (select) {
        editor.setSelection(new monaco.Selection(start, 1, end, model.getLineMaxColumn(end)));
      } else {
        editor.setPosition({ lineNumber: start, column: 1 });
        editor.focus();
      }
      editor.revealLinesInCenterIfOutsideViewport(start, end);
    };

    const disposables = [
      editor.onDidChangeModelContent(() => store.getState().setDockerfile(model.getValue())),
      editor.onDidChangeCursorPosition((e) => store.getState().setCursorLine(e.position.lineNumber)),
    ];
    applyMarkers(store.getState());
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.analysis !== prev.analysis) applyMarkers(state);
      if (state.revealRequest && state.revealRequest !== prev.revealRequest) reveal(state.revealRequest);
      // Text set from outside the editor (another tab, an example, a share link, a restore) starts
      // a fresh undo history: undo must never bring another file's or workspace's text back.
      if (state.dockerfile !== prev.dockerfile && state.dockerfile !== model.getValue()) model.setValue(state.dockerfile);
    });

    return () => {
      unsubscribe();
      stopTheme();
      for (const d of disposables) d.dispose();
      // The editor created the model from `value`, so it disposes it too.
      editor.dispose();
    };
  }, [store]);

  return <div ref={hostRef} className="monaco-host" />;
}
