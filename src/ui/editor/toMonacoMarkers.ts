/** The view's editor markers in Monaco's own types. */
import type { EditorMarker } from '../../view/toEditorMarkers';
import { monaco } from './monacoSetup';

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

export function toMonacoMarkers(markers: readonly EditorMarker[]): monaco.editor.IMarkerData[] {
  return markers.map((m) => ({ ...m, severity: SEVERITY[m.severity], source: 'stagecraft' }));
}
