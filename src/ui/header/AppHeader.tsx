/**
 * The top bar: the app name, the workspace actions (examples, share, open, export), the build
 * options that change what the graph shows (target, builder, build args), and the theme.
 */
import { selectIsAnalyzing, useAppStore } from '../../store';
import { GalleryButton } from '../gallery/GalleryButton';
import { ThemeToggle } from '../theme/ThemeToggle';
import { ShareButton } from '../workspace/ShareButton';
import { WorkspaceFileButtons } from '../workspace/WorkspaceFileButtons';
import { BuildControls } from '../build/BuildControls';
import { BuildArgsEditor } from './BuildArgsEditor';
import { ModeToggle } from './ModeToggle';
import { TargetSelect } from './TargetSelect';
import './header.css';

export function AppHeader() {
  const isAnalyzing = useAppStore(selectIsAnalyzing);
  return (
    <header className="app-header">
      <div className="brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
        <h1>Stagecraft</h1>
        <span className="tagline">see what a multi-stage Docker build does</span>
      </div>
      <div className="header-group" role="group" aria-label="Workspace">
        <GalleryButton />
        <ShareButton />
        <WorkspaceFileButtons />
      </div>
      <div className="header-controls">
        <TargetSelect />
        <ModeToggle />
        <BuildArgsEditor />
        <BuildControls />
        <span className="status" role="status" aria-live="polite" data-testid="analysis-status">
          {isAnalyzing ? 'Analysing…' : ''}
        </span>
        <ThemeToggle />
      </div>
    </header>
  );
}
