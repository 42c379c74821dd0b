/**
 * One stage image's layers, as `docker history` lists them (oldest first): clicking a layer shows
 * its instruction in the editor and its files below; "All layers" browses the whole image.
 * Wasted space and efficiency are the report's (dive's model).
 */
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { humanSize } from '../../engine/report/humanSize';
import { selectBuild, useAppStore } from '../../store';
import { cumulativeFiles, layerFiles, imageFiles, toLayerRows } from '../../view/layersView';
import { useBuildStage } from '../build/useBuildStage';
import { FileBrowser } from './FileBrowser';
import { FileDetailsPane } from './FileDetailsPane';
import { useLayersSelection } from './layersSelection';
import './layers.css';

export function LayersPanel() {
  const build = useAppStore(selectBuild);
  const revealLine = useAppStore((s) => s.revealLine);
  const stageIndex = useBuildStage();
  // A picked layer shows its own changes, or (dive's aggregated view) the image up to it with them marked.
  const { picked, cumulative, selectedFile, pick: setPicked, setCumulative, selectFile: setSelectedFile, follow, stageIndex: shownStage } = useLayersSelection(useShallow((s) => s));
  useEffect(() => follow(stageIndex), [follow, stageIndex]);
  const stage = stageIndex === null ? undefined : build?.result.stages[stageIndex];
  const report = build?.report?.images.find((i) => i.stageIndex === stageIndex);
  const rows = useMemo(() => toLayerRows(report, stage?.image), [report, stage]);
  const layer = shownStage !== stageIndex || picked === 'all' || picked >= rows.length ? 'all' : picked;
  const files = useMemo(() => {
    if (layer === 'all') return imageFiles(stage?.image);
    return cumulative ? cumulativeFiles(stage?.image, layer) : layerFiles(stage?.image, layer);
  }, [layer, stage, cumulative]);
  const stageNames = useMemo(() => build?.result.stages.map((s) => s.name) ?? [], [build]);

  if (!stage?.image || !report) return <p className="build-empty" data-testid="layers">No image for this stage.</p>;
  const eff = report.efficiency;
  return (
    <div className="layers-panel" data-testid="layers">
      <div className="layers-head">
        <strong>{stage.name}</strong>
        <span title="dive's efficiency: bytes in the final filesystem / bytes in all layers">
          efficiency <b data-testid="layers-efficiency">{(eff.efficiency * 100).toFixed(1)}%</b>
        </span>
        <span title="bytes of files that later layers replace or remove (they still ship)">
          wasted <b>{humanSize(eff.wastedBytes)}</b>
        </span>
      </div>
      <table className="layers-table">
        <thead>
          <tr><th>#</th><th>Created by</th><th className="num">Size</th></tr>
        </thead>
        <tbody>
          <tr className={layer === 'all' ? 'is-picked' : ''} onClick={() => setPicked('all')} data-testid="layer-all">
            <td />
            <td><em>All layers (the image's filesystem)</em></td>
            <td className="num">{humanSize(report.size)}</td>
          </tr>
          {rows.map((row) => (
            <tr
              key={row.index}
              className={`${layer === row.index ? 'is-picked' : ''}${row.emptyLayer ? ' is-empty' : ''}`}
              data-testid={`layer-row-${row.index}`}
              title={`${row.sizeSource}${row.estimated ? ' (estimated)' : ''}`}
              onClick={() => {
                setPicked(row.index);
                if (row.line !== undefined) revealLine(row.line);
              }}
            >
              <td className="num">{row.index + 1}</td>
              <td><code className="layer-cmd">{row.createdBy}</code></td>
              <td className="num">{row.sizeText}{row.estimated ? '*' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((r) => r.estimated) && <p className="layers-note">* estimated (hover a row for the source)</p>}
      {layer !== 'all' && (
        <div className="file-view-toggle" role="group" aria-label="Which files to list">
          <button type="button" className="button" aria-pressed={!cumulative} onClick={() => setCumulative(false)} data-testid="files-layer-only">Changes in layer {layer + 1}</button>
          <button type="button" className="button" aria-pressed={cumulative} onClick={() => setCumulative(true)} data-testid="files-cumulative">Image up to layer {layer + 1}</button>
        </div>
      )}
      <FileBrowser rows={files} showStatus={layer !== 'all'} selected={selectedFile} onSelect={setSelectedFile} key={`${stageIndex ?? ''}:${String(layer)}:${String(cumulative)}`} />
      {selectedFile !== null && shownStage === stageIndex && (
        <FileDetailsPane
          image={stage.image}
          path={selectedFile}
          layerIndex={layer === 'all' ? undefined : layer}
          stageNames={stageNames}
          onReveal={revealLine}
          onClose={() => setSelectedFile(null)}
        />
      )}
    </div>
  );
}

