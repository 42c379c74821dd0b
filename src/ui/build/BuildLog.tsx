/** The BuildKit `--progress=plain` style log the engine wrote, in a monospace panel. */
export function BuildLog({ lines }: { lines: readonly string[] }) {
  return (
    <pre className="build-log" data-testid="build-log" tabIndex={0} role="log" aria-label="Build log">
      {lines.map((line, i) => (
        <span key={i} className={/\bCACHED\b/.test(line) ? 'log-line is-cached' : /\bERROR\b|failed to solve/.test(line) ? 'log-line is-error' : 'log-line'}>
          {line}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
