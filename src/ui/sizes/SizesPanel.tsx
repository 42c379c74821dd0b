/**
 * Every built stage's image side by side (the fat build stage next to the slim final image):
 * stacked bars by layer and by origin, the savings, and on-disk vs pull size, with estimates
 * marked "estimated" and their source in the title. With two or more Dockerfile tabs, the final
 * image can be set beside another tab's. All figures come from the engine's report.
 */
import { useMemo } from 'react';
import { selectBuild, useAppStore } from '../../store';
import { toSizesView } from '../../view/sizesView';
import { CompareDockerfiles } from './CompareDockerfiles';
import { SizeCard } from './SizeCard';
import './sizes.css';

export function SizesPanel() {
  const build = useAppStore(selectBuild);
  const view = useMemo(() => toSizesView(build?.report), [build]);
  return (
    <div className="sizes-panel" data-testid="sizes">
      <CompareDockerfiles />
      {view.cards.length === 0 && <p className="build-empty">No image was produced.</p>}
      {view.savings && (
        <p className="sizes-savings" data-testid="sizes-savings">
          <strong>{view.savings.to}</strong> is <strong>{view.savings.savedMb} MB ({view.savings.percent}%)</strong> smaller than{' '}
          <strong>{view.savings.from}</strong>
        </p>
      )}
      {view.cards.map((card) => (
        <SizeCard key={card.stageIndex} card={card} testId={`size-card-${card.stageIndex}`} pullTestId={`size-pull-${card.stageIndex}`} />
      ))}
    </div>
  );
}
