/**
 * "PNG" and "SVG" buttons that download the whole stage graph as an image. Must sit inside
 * <ReactFlow>; GraphPanel loads this module lazily, and html-to-image loads on the first click.
 */
import { useState } from 'react';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { selectActiveDockerfile, useAppStore } from '../../store';
import { exportFileName, isTransparentColor, renderGraphImage, type GraphImageFormat } from './exportGraph';
import './graphExport.css';

const FORMATS: readonly GraphImageFormat[] = ['png', 'svg'];
/** Blob URLs are kept a little after the click: some browsers read them asynchronously. */
const REVOKE_DELAY_MS = 30_000;

/** The colour the graph is drawn on: the first painted background from the canvas upwards. */
function canvasBackground(start: Element | null): string {
  for (let el = start; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (!isTransparentColor(color)) return color;
  }
  return document.documentElement.dataset.theme === 'dark' ? '#111827' : '#ffffff';
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return text === '' ? 'the browser could not draw it' : text.slice(0, 120);
}

export function GraphExport() {
  const flow = useReactFlow();
  const hasNodes = useStore((s) => s.nodes.length > 0);
  const domNode = useStore((s) => s.domNode);
  const dockerfile = useAppStore(selectActiveDockerfile);
  const [busy, setBusy] = useState<GraphImageFormat | null>(null);
  const [error, setError] = useState('');

  const exportAs = async (format: GraphImageFormat) => {
    setBusy(format);
    setError('');
    try {
      const viewport = domNode?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewport) throw new Error('the graph is not on screen');
      const bounds = flow.getNodesBounds(flow.getNodes());
      const background = canvasBackground(domNode);
      const blob = await renderGraphImage(format, { viewport, bounds, background });
      download(blob, exportFileName(dockerfile, format));
    } catch (caught) {
      setError(`Could not export the graph: ${reason(caught)}.`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Panel position="top-right" className="graph-export">
      <div className="graph-export-buttons" role="group" aria-label="Export graph">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button graph-export-button"
            data-testid={`graph-export-${format}`}
            aria-label={`Export graph as ${format.toUpperCase()}`}
            title={`Download the whole graph as ${format.toUpperCase()}`}
            disabled={!hasNodes || busy !== null}
            aria-busy={busy === format}
            onClick={() => void exportAs(format)}
          >
            {format.toUpperCase()}
          </button>
        ))}
      </div>
      <p className="graph-export-status" role="status" data-testid="graph-export-status">
        {error}
      </p>
    </Panel>
  );
}
