/**
 * The three resizable columns of the main view: the build context on the left, the Dockerfile
 * editor in the middle, the graph (and later panels) on the right. Sizes survive a reload.
 */
import type { CSSProperties, ReactNode } from 'react';
import { Splitter } from './Splitter';
import { usePanelSize, useWindowWidth } from './usePanelSize';
import './layout.css';

export interface WorkspaceLayoutProps {
  sidebar: ReactNode;
  main: ReactNode;
  aside: ReactNode;
}

const SPLITTER = 6;
const MIN_SIDEBAR = 180;
const MIN_MAIN = 320;
const MIN_ASIDE = 320;

export function WorkspaceLayout({ sidebar, main, aside }: WorkspaceLayoutProps) {
  const width = useWindowWidth();
  const [sidebarSize, setSidebarSize] = usePanelSize('sidebar', 290);
  const [asideSize, setAsideSize] = usePanelSize('aside', Math.round((width - 290) * 0.48));
  const maxSidebar = Math.max(MIN_SIDEBAR, Math.min(600, width - MIN_MAIN - MIN_ASIDE - 2 * SPLITTER));
  const side = Math.min(Math.max(sidebarSize, MIN_SIDEBAR), maxSidebar);
  const maxAside = Math.max(MIN_ASIDE, width - side - MIN_MAIN - 2 * SPLITTER);
  const right = Math.min(Math.max(asideSize, MIN_ASIDE), maxAside);
  const style = { '--sidebar-size': `${side}px`, '--aside-size': `${right}px` } as CSSProperties;

  return (
    <main className="workspace-layout" style={style}>
      <div className="layout-column layout-sidebar" id="layout-sidebar">
        {sidebar}
      </div>
      <Splitter
        value={side}
        min={MIN_SIDEBAR}
        max={maxSidebar}
        onChange={setSidebarSize}
        label="Resize the build context panel"
        controls="layout-sidebar"
        testId="splitter-sidebar"
      />
      <div className="layout-column layout-main" id="layout-main">
        {main}
      </div>
      <Splitter
        value={right}
        min={MIN_ASIDE}
        max={maxAside}
        onChange={setAsideSize}
        label="Resize the stage graph panel"
        controls="layout-aside"
        inverted
        testId="splitter-aside"
      />
      <div className="layout-column layout-aside" id="layout-aside">
        {aside}
      </div>
    </main>
  );
}
