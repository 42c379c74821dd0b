/** The page: header on top, editor and problems on the left, stage graph on the right. */
import { DiagnosticsPanel } from './diagnostics/DiagnosticsPanel';
import { EditorPanel } from './editor/EditorPanel';
import { GraphPanel } from './graph/GraphPanel';
import { AppHeader } from './header/AppHeader';
import './app.css';

export function App() {
  return (
    <div className="app">
      <AppHeader />
      <main className="workspace">
        <div className="workspace-column">
          <EditorPanel />
          <DiagnosticsPanel />
        </div>
        <div className="workspace-column">
          <GraphPanel />
        </div>
      </main>
    </div>
  );
}
