/** Every diagnostic of the analysis; clicking one puts the editor's cursor on its line. */
import { useMemo } from 'react';
import { selectDiagnostics, useAppStore } from '../../store';
import { toDiagnosticRows } from '../../view/toDiagnosticRows';
import './diagnostics.css';

export function DiagnosticsPanel() {
  const diagnostics = useAppStore(selectDiagnostics);
  const revealLine = useAppStore((s) => s.revealLine);
  const rows = useMemo(() => toDiagnosticRows(diagnostics), [diagnostics]);

  return (
    <section className="panel diagnostics-panel" aria-label="Problems" data-testid="diagnostics">
      <h2 className="panel-title">
        Problems <span className="count" data-testid="diagnostics-count">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="diagnostics-empty">No problems found.</p>
      ) : (
        <ul className="diagnostics-list">
          {rows.map((row) => (
            <li key={row.key}>
              <button type="button" className="diagnostic" data-testid="diagnostic-item" data-severity={row.severity} onClick={() => revealLine(row.line)}>
                <span className={`severity severity-${row.severity}`}>{row.severity}</span>
                <span className="diagnostic-code">{row.code}</span>
                <span className="diagnostic-line">line {row.line}</span>
                <span className="diagnostic-message">{row.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
