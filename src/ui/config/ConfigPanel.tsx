/** The selected stage image's config, as `docker inspect` shows the fields a Dockerfile sets. */
import { useMemo } from 'react';
import { selectBuild, useAppStore } from '../../store';
import { toConfigRows } from '../../view/configView';
import { useBuildStage } from '../build/useBuildStage';

export function ConfigPanel() {
  const build = useAppStore(selectBuild);
  const stageIndex = useBuildStage();
  const stage = stageIndex === null ? undefined : build?.result.stages[stageIndex];
  const rows = useMemo(() => toConfigRows(stage?.image?.config), [stage]);
  if (!stage?.image) return <p className="build-empty" data-testid="image-config">No image for this stage.</p>;
  return (
    <div className="config-panel" data-testid="image-config">
      <p className="config-stage"><strong>{stage.name}</strong> image config</p>
      <dl className="config-list">
        {rows.map((row) => (
          <div key={row.key} className="config-row" data-testid={`config-${row.key}`}>
            <dt>{row.key}</dt>
            <dd>{row.values.length === 0 ? <span className="config-unset">—</span> : row.values.map((v, i) => <code key={i}>{v}</code>)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
