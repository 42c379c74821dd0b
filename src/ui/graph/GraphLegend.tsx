/** What the edge styles and node markers mean. Styles come from the same table the edges use. */
import { EDGE_KIND_STYLES, EDGE_KINDS } from '../../view/edgeKindStyles';

export function GraphLegend() {
  return (
    <ul className="graph-legend" aria-label="Legend" data-testid="graph-legend">
      {EDGE_KINDS.map((kind) => {
        const style = EDGE_KIND_STYLES[kind];
        return (
          <li key={kind} title={style.description}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke={style.cssColor} strokeWidth="2" strokeDasharray={style.dash} />
            </svg>
            <span style={{ color: style.cssColor }}>{style.label}</span>
          </li>
        );
      })}
      <li title="Not built for the chosen target">
        <span className="badge badge-skipped">skipped</span>
        <span>not built for this target</span>
      </li>
    </ul>
  );
}
