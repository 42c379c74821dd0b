/**
 * One image's size card: on-disk and estimated pull size, layer count, and stacked bars by layer
 * and by origin. Shared by the stage images and the two-Dockerfile comparison.
 */
import type { BarSegment, ImageSizeCard } from '../../view/sizesView';

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

export interface SizeCardProps {
  card: ImageSizeCard;
  /** The heading; the stage name unless given (the comparison names the Dockerfile). */
  title?: string;
  /** A muted note after the heading (the comparison's "stage build"). */
  note?: string;
  /** Leave out the by-layer bar (the comparison shows origins only). */
  originsOnly?: boolean;
  /** Badge and outline the final image (off where every card is a final image). */
  markFinal?: boolean;
  testId: string;
  pullTestId: string;
}

export function SizeCard({ card, title = card.name, note, originsOnly = false, markFinal = true, testId, pullTestId }: SizeCardProps) {
  const final = markFinal && card.isFinal;
  return (
    <section className={`size-card${final ? ' is-final' : ''}`} data-testid={testId} data-bytes={card.size}>
      <header className="size-card-head">
        <strong>{title}</strong>
        {final && <span className="badge badge-target">final</span>}
        {note && <span className="size-figure">{note}</span>}
        <span className="size-figure" title="Bytes on disk: the sum of the layer sizes">{card.sizeText} on disk</span>
        <span className="size-figure" title={card.compressedSource} data-testid={pullTestId}>
          {card.compressedText} pull{card.compressedEstimated && <em className="estimated"> estimated</em>}
        </span>
        <span className="size-figure">{card.layerCount} layers · efficiency {card.efficiencyPercent}% · wasted {card.wastedText}</span>
      </header>
      {!originsOnly && (
        <div className="size-row"><span className="size-row-label">by layer</span><Bar segments={card.byLayer} scale={card.scale} label={`${title} by layer`} /></div>
      )}
      <div className="size-row"><span className="size-row-label">by origin</span><Bar segments={card.byOrigin} scale={card.scale} label={`${title} by origin`} /></div>
      <ul className="size-legend">
        {card.byOrigin.map((s) => (
          <li key={s.key}><span className="swatch" style={{ background: colorOf(s) }} />{s.title}</li>
        ))}
      </ul>
    </section>
  );
}
