/**
 * "Compare with": with two or more Dockerfile tabs, another tab is built too (same context,
 * build args and builder mode) and both final images are set side by side with how much smaller
 * one is. The figures come from the engine (compareFinalImages); this only lays them out.
 */
import { useId, useMemo } from 'react';
import {
  selectActiveDockerfile,
  selectAnalysis,
  selectCompareDockerfile,
  selectComparison,
  selectDockerfiles,
  selectIsComparing,
  selectSetCompareDockerfile,
  useAppStore,
} from '../../store';
import { toDockerfileComparison, type ComparedImage, type DockerfileComparisonView } from '../../view/sizesView';
import { SizeCard } from './SizeCard';
import './compare.css';

function Side({ side, index }: { side: ComparedImage; index: number }) {
  if (side.card === null) {
    return (
      <section className={`compare-side-note${side.problem?.isError ? ' is-error' : ''}`} data-testid={`compare-side-${index}`}>
        <strong>{side.path}</strong>
        <p data-testid={`compare-problem-${index}`}>{side.problem?.text}</p>
      </section>
    );
  }
  return (
    <div data-testid={`compare-side-${index}`}>
      <SizeCard card={side.card} title={side.path} note={`stage: ${side.card.name}`} originsOnly markFinal={false} testId={`compare-card-${index}`} pullTestId={`compare-pull-${index}`} />
    </div>
  );
}

function Verdict({ verdict }: { verdict: NonNullable<DockerfileComparisonView['verdict']> }) {
  if ('equal' in verdict) return <p className="compare-verdict" data-testid="compare-verdict">Both final images are the same size ({verdict.sizeText}).</p>;
  return (
    <p className="compare-verdict" data-testid="compare-verdict">
      <strong>{verdict.smaller}</strong>&apos;s final image is <strong>{verdict.savedMb} MB ({verdict.percent}%)</strong> smaller than{' '}
      <strong>{verdict.larger}</strong>&apos;s
    </p>
  );
}

export function CompareDockerfiles() {
  const selectId = useId();
  const dockerfiles = useAppStore(selectDockerfiles);
  const active = useAppStore(selectActiveDockerfile);
  const analysis = useAppStore(selectAnalysis);
  const comparePath = useAppStore(selectCompareDockerfile);
  const comparison = useAppStore(selectComparison);
  const isComparing = useAppStore(selectIsComparing);
  const setCompareDockerfile = useAppStore(selectSetCompareDockerfile);
  const view = useMemo(
    () => (comparison === null ? null : toDockerfileComparison({ path: active, analysis }, comparison)),
    [active, analysis, comparison],
  );
  const others = dockerfiles.filter((d) => d.path !== active);
  if (others.length === 0) return null;

  return (
    <section className="compare-dockerfiles" aria-label="Compare Dockerfiles" data-testid="compare-dockerfiles">
      <div className="compare-pick">
        <label htmlFor={selectId}>Compare with</label>
        <select id={selectId} className="compare-select" data-testid="compare-select" value={comparePath ?? ''} onChange={(e) => setCompareDockerfile(e.target.value || null)}>
          <option value="">none</option>
          {others.map((d) => <option key={d.path} value={d.path}>{d.path}</option>)}
        </select>
        <span className="compare-status" role="status" data-testid="compare-status">{isComparing ? `building ${comparePath ?? ''}…` : ''}</span>
      </div>
      {view && (
        <>
          {view.verdict && <Verdict verdict={view.verdict} />}
          <div className="compare-sides">
            {view.sides.map((side, i) => <Side key={side.path} side={side} index={i} />)}
          </div>
        </>
      )}
    </section>
  );
}
