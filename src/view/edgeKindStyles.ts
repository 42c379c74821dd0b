/**
 * One look per dependency kind, shared by the edges and the legend so they cannot drift apart.
 * Colours keep at least 4.5:1 contrast on white, so the legend text in the same colour passes axe.
 */
import type { EdgeKind } from '../engine';

export interface EdgeKindStyle {
  label: string;
  /** What the edge means, for the legend's tooltip and screen readers. */
  description: string;
  /** The light theme's colour (arrowhead markers: React Flow builds their id from it). */
  color: string;
  /** The colour for styles: the theme's variable, falling back to `color`. */
  cssColor: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash?: string;
}

export const EDGE_KIND_STYLES: Readonly<Record<EdgeKind, EdgeKindStyle>> = {
  from: { label: 'FROM', description: 'the stage starts from this stage or image', color: '#334155', cssColor: 'var(--graph-edge-from, #334155)' },
  copy: { label: 'COPY --from', description: 'files are copied from this stage or image', color: '#1d4ed8', cssColor: 'var(--graph-edge-copy, #1d4ed8)', dash: '7 4' },
  mount: { label: 'RUN --mount from=', description: 'a RUN step mounts this stage or image', color: '#a21caf', cssColor: 'var(--graph-edge-mount, #a21caf)', dash: '2 4' },
};

export const EDGE_KINDS: readonly EdgeKind[] = ['from', 'copy', 'mount'];
