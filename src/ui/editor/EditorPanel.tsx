/** The editor panel: Monaco, lazily loaded, behind a plain-text placeholder. */
import { lazy, Suspense } from 'react';
import { EditorPlaceholder } from './EditorPlaceholder';
import { loadMonacoEditor } from './loadEditor';
import './editor.css';

const MonacoEditor = lazy(loadMonacoEditor);

export function EditorPanel() {
  return (
    <section className="panel editor-panel" aria-label="Dockerfile" data-testid="editor">
      <h2 className="panel-title">Dockerfile</h2>
      <div className="editor-body">
        <Suspense fallback={<EditorPlaceholder />}>
          <MonacoEditor />
        </Suspense>
      </div>
    </section>
  );
}
