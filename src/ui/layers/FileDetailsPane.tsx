/**
 * One file's story, from the engine's FileDetails: what it is, who made it (stage, line, package),
 * which instruction brought it into this image (a COPY --from), every layer that touched it, and
 * its content when the simulator kept it. Lines are buttons that show the instruction in the editor.
 */
import { useMemo } from 'react';
import type { StageImage } from '../../engine';
import { fileDetails } from '../../engine/report/fileDetails';
import { toFileDetailsView, type DetailLine } from '../../view/fileDetailsView';
import './fileDetails.css';

interface Props {
  image: StageImage;
  path: string;
  /** History row the browser shows the image at; undefined for the whole image. */
  layerIndex: number | undefined;
  stageNames: readonly string[];
  onReveal(line: number): void;
  onClose(): void;
}

function Line({ line, onReveal }: { line: DetailLine; onReveal(line: number): void }) {
  if (line.line === undefined) return <span>{line.text}</span>;
  const at = line.line;
  return (
    <button type="button" className="detail-link" title={`Show line ${at} in the editor`} onClick={() => onReveal(at)}>
      {line.text}
    </button>
  );
}

export function FileDetailsPane({ image, path, layerIndex, stageNames, onReveal, onClose }: Props) {
  const view = useMemo(
    () => toFileDetailsView(path, fileDetails(image, path, layerIndex), stageNames, image.baseImageId),
    [image, path, layerIndex, stageNames],
  );
  return (
    <section className="file-details" aria-label={`Details of ${path}`} data-testid="file-details">
      <div className="file-details-head">
        <code className="file-details-path">{path}</code>
        <button type="button" className="button" onClick={onClose} aria-label="Close file details">×</button>
      </div>
      <dl className="file-details-grid">
        <dt>Kind</dt><dd>{view.kindText}</dd>
        {view.exists && (
          <>
            <dt>Size</dt><dd>{view.sizeText}</dd>
            <dt>Mode</dt><dd><code>{view.modeText}</code></dd>
            <dt>Owner</dt><dd>{view.ownerText}</dd>
          </>
        )}
        <dt>Made by</dt><dd data-testid="file-made-by"><Line line={view.madeBy} onReveal={onReveal} /></dd>
        {view.carriedBy && (<><dt>Brought in by</dt><dd data-testid="file-carried-by"><Line line={view.carriedBy} onReveal={onReveal} /></dd></>)}
      </dl>
      {view.history.length > 0 && (
        <>
          <h3 className="file-details-title">Layers that touched it</h3>
          <ol className="file-details-history">
            {view.history.map((h, i) => (
              <li key={i}><span className={`file-mark mark-${h.status}`}>{h.status === 'added' ? 'A' : h.status === 'modified' ? 'M' : 'D'}</span> <Line line={h} onReveal={onReveal} /></li>
            ))}
          </ol>
        </>
      )}
      {view.content !== undefined ? (
        <>
          <h3 className="file-details-title">Content{view.contentTruncated ? ' (first 4,000 characters)' : ''}</h3>
          <pre className="file-details-content" data-testid="file-content" tabIndex={0}>{view.content}</pre>
        </>
      ) : (
        view.contentNote !== undefined && <p className="file-details-note">{view.contentNote}</p>
      )}
    </section>
  );
}
