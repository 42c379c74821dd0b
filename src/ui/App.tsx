/**
 * The page: header and workspace notices on top; below, three resizable columns: the build
 * context, the Dockerfile tabs with the editor and problems, and the stage graph.
 */
import { BuildPanel } from './build/BuildPanel';
import { ContextPanel } from './context/ContextPanel';
import { DiagnosticsPanel } from './diagnostics/DiagnosticsPanel';
import { EditorPanel } from './editor/EditorPanel';
import { GraphPanel } from './graph/GraphPanel';
import { AppHeader } from './header/AppHeader';
import { StackedPanels } from './layout/StackedPanels';
import { WorkspaceLayout } from './layout/WorkspaceLayout';
import { DockerfileTabs } from './workspace/DockerfileTabs';
import { WorkspaceNotices } from './workspace/WorkspaceNotices';
import './theme/theme.css';
import './app.css';

export function App() {
  return (
    <div className="app">
      <AppHeader />
      <WorkspaceNotices />
      <WorkspaceLayout
        sidebar={<ContextPanel />}
        main={
          <>
            <DockerfileTabs />
            <EditorPanel />
            <DiagnosticsPanel />
          </>
        }
        aside={<StackedPanels top={<GraphPanel />} bottom={<BuildPanel />} sizeKey="graph" topLabel="stage graph (the build panels take the rest)" />}
      />
    </div>
  );
}
