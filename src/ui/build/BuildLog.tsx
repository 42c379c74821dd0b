/**
 * The BuildKit `--progress=plain` style log the engine wrote, in a monospace panel. During a
 * replay it shows what had been printed by the replay's time and follows the newest line.
 */
import { useEffect, useMemo, useRef } from 'react';
import { logLinesAt } from '../../view/buildTimeline';

interface Props {
  lines: readonly string[];
  /** When each line is printed (simulated ms), from the engine. */
  times: readonly number[];
  /** The replay's time, or null for the whole log. */
  atMs: number | null;
}

function lineClass(line: string): string {
  if (/\bCACHED\b/.test(line)) return 'log-line is-cached';
  return /\bERROR\b|failed to solve/.test(line) ? 'log-line is-error' : 'log-line';
}

export function BuildLog({ lines, times, atMs }: Props) {
  const shown = useMemo(() => logLinesAt(lines, times, atMs), [lines, times, atMs]);
  const box = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (atMs !== null && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [atMs, shown.length]);
  return (
    <pre className="build-log" data-testid="build-log" tabIndex={0} role="log" aria-label="Build log" ref={box}>
      {shown.map((line, i) => (
        <span key={i} className={lineClass(line)}>
          {line}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
