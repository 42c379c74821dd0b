/** The top bar: app name and the build options that change what the graph shows. */
import { selectIsAnalyzing, useAppStore } from '../../store';
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
      <div className="header-controls">
        <TargetSelect />
        <ModeToggle />
        <span className="status" role="status" aria-live="polite" data-testid="analysis-status">
          {isAnalyzing ? 'Analysing…' : ''}
        </span>
      </div>
    </header>
  );
}
