/**
 * `--build-arg KEY=VALUE` pairs. Rows are edited as a draft and written to the store as they
 * change; a row without a name (or with `=` in it) does not count, as the docker CLI would refuse it.
 */
import { useState } from 'react';
import { selectBuildArgs, useAppStore, useAppStoreApi } from '../../store';
import { Popover } from '../layout/Popover';

interface Row {
  key: string;
  value: string;
}

const toRows = (args: Record<string, string>): Row[] => Object.entries(args).map(([key, value]) => ({ key, value }));

export function BuildArgsEditor() {
  const store = useAppStoreApi();
  const buildArgs = useAppStore(selectBuildArgs);
  const [rows, setRows] = useState<Row[]>([]);
  const count = Object.keys(buildArgs).length;

  const commit = (next: Row[]): void => {
    setRows(next);
    const valid = next.filter((r) => r.key.trim() !== '' && !r.key.includes('='));
    store.getState().setBuildArgs(Object.fromEntries(valid.map((r) => [r.key.trim(), r.value])));
  };
  const change = (index: number, patch: Partial<Row>): void => commit(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const names = rows.map((r) => r.key.trim());

  return (
    <Popover
      label={<>Build args{count > 0 && <span className="count-badge">{count}</span>}</>}
      title="Build arguments"
      testId="build-args-button"
      onOpen={() => {
        const current = toRows(store.getState().buildArgs);
        setRows(current.length > 0 ? current : [{ key: '', value: '' }]);
      }}
    >
      <p className="popover-text">
        Like <code>docker build --build-arg NAME=value</code>. They set the <code>ARG</code>s of the same name.
      </p>
      <ul className="build-args">
        {rows.map((row, i) => {
          const key = row.key.trim();
          const problem = key.includes('=') ? 'A name cannot contain “=”.' : key !== '' && names.indexOf(key) !== i ? 'Repeated: the last one wins.' : null;
          return (
            <li key={i} className="build-arg-row" data-testid="build-arg-row">
              <input className="text-input" aria-label={`Build arg ${i + 1} name`} placeholder="NAME" spellCheck={false} value={row.key} data-testid="build-arg-name" onChange={(e) => change(i, { key: e.target.value })} />
              <span aria-hidden="true">=</span>
              <input className="text-input" aria-label={`Build arg ${i + 1} value`} placeholder="value" spellCheck={false} value={row.value} data-testid="build-arg-value" onChange={(e) => change(i, { value: e.target.value })} />
              <button type="button" className="icon-button" aria-label={`Remove build arg ${key || i + 1}`} onClick={() => commit(rows.filter((_, j) => j !== i))}>
                ×
              </button>
              {problem && <span className="build-arg-problem">{problem}</span>}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" data-testid="build-arg-add" onClick={() => setRows([...rows, { key: '', value: '' }])}>
        Add a build arg
      </button>
    </Popover>
  );
}
