/**
 * Every built stage's image side by side (the fat build stage next to the slim final image):
 * stacked bars by layer and by origin, the savings, and on-disk vs pull size, with estimates
 * marked "estimated" and their source in the title. All figures come from the engine's report.
 */
import { useMemo } from 'react';
import { selectBuild, useAppStore } from '../../store';
import { toSizesView, type BarSegment } from '../../view/sizesView';
import './sizes.css';

// Origins keep one colour across every card; layers alternate two neutral shades (base layers darker).
const ORIGIN_COLORS: Record<string, string> = {
  base: '#2563eb', packages: '#9333ea', dependencies: '#d97706', code: '#16a34a', 'build-output': '#0891b2', other: '#6b7280',
};
const LAYER_COLORS = ['#64748b', '#94a3b8'];

function colorOf(segment: BarSegment): string {
  const layer = /^layer-(\d+)$/.exec(segment.key);
  if (layer) return LAYER_COLORS[Number(layer[1]) % LAYER_COLORS.length] ?? '#64748b';
  return ORIGIN_COLORS[segment.key] ?? '#6b7280';
}

function Bar({ segments, scale, label }: { segments: BarSegment[]; scale: number; label: string }) {
  return (
    <div className="size-bar" role="img" aria-label={label} style={{ width: `${Math.max(scale * 100, 2)}%` }}>
      {segments.map((s) => (
        <span key={s.key} className="size-seg" title={s.title} style={{ flexGrow: s.fraction, background: colorOf(s) }} />
      ))}
    </div>
  );
}

export function SizesPanel() {
  const build = useAppStore(selectBuild);
  const view = useMemo(() => toSizesView(build?.report), [build]);
  if (view.cards.length === 0) return <p className="build-empty" data-testid="sizes">No image was produced.</p>;
  return (
    <div className="sizes-panel" data-testid="sizes">
      {view.savings && (
        <p className="sizes-savings" data-testid="sizes-savings">
          <strong>{view.savings.to}</strong> is <strong>{view.savings.savedMb} MB ({view.savings.percent}%)</strong> smaller than{' '}
          <strong>{view.savings.from}</strong>
        </p>
      )}
      {view.cards.map((card) => (
        <section key={card.stageIndex} className={`size-card${card.isFinal ? ' is-final' : ''}`} data-testid={`size-card-${card.stageIndex}`}>
          <header className="size-card-head">
            <strong>{card.name}</strong>
            {card.isFinal && <span className="badge badge-target">final</span>}
            <span className="size-figure" title="Bytes on disk: the sum of the layer sizes">{card.sizeText} on disk</span>
            <span className="size-figure" title={card.compressedSource} data-testid={`size-pull-${card.stageIndex}`}>
              {card.compressedText} pull{card.compressedEstimated && <em className="estimated"> estimated</em>}
            </span>
            <span className="size-figure">{card.layerCount} layers · efficiency {card.efficiencyPercent}% · wasted {card.wastedText}</span>
          </header>
          <div className="size-row"><span className="size-row-label">by layer</span><Bar segments={card.byLayer} scale={card.scale} label={`${card.name} by layer`} /></div>
          <div className="size-row"><span className="size-row-label">by origin</span><Bar segments={card.byOrigin} scale={card.scale} label={`${card.name} by origin`} /></div>
          <ul className="size-legend">
            {card.byOrigin.map((s) => (
              <li key={s.key}><span className="swatch" style={{ background: colorOf(s) }} />{s.title}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
