/**
 * The files of a layer (added / modified / removed) or of the whole image: search, sort by path
 * or size, and bulk entries (a toolchain, node_modules) as one row with their file count and
 * source that expands to the files listed inside them.
 */
import { useMemo, useState } from 'react';
import { filterFileRows, type FileRow } from '../../view/layersView';

const MAX_ROWS = 400;

interface Props {
  rows: readonly FileRow[];
  showStatus: boolean;
  /** The path whose details are open, if any. */
  selected?: string | null;
  onSelect?(path: string): void;
}

export function FileBrowser({ rows, showStatus, selected = null, onSelect }: Props) {
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<'path' | 'size'>('size');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => filterFileRows(rows, { search, sort, expanded }), [rows, search, sort, expanded]);
  const toggle = (path: string) => {
    const next = new Set(expanded);
    if (next.has(path)) next.delete(path);
    else next.add(path);
    setExpanded(next);
  };
  return (
    <div className="file-browser" data-testid="layer-files">
      <div className="file-browser-bar">
        <input className="text-input" type="search" placeholder="Search files" aria-label="Search files" value={search} data-testid="layer-files-search" onChange={(e) => setSearch(e.target.value)} />
        <button type="button" className="button" data-testid="layer-files-sort" onClick={() => setSort(sort === 'size' ? 'path' : 'size')}>
          sort: {sort}
        </button>
        <span className="file-count">{shown.length === rows.length ? `${rows.length} entries` : `${shown.length} of ${rows.length} entries`}</span>
      </div>
      <ul className="file-list">
        {shown.slice(0, MAX_ROWS).map((row) => (
          <li key={`${row.status ?? ''}${row.path}`} className={`file-row${row.status ? ` is-${row.status}` : ''}${row.insideBulk ? ' is-inside-bulk' : ''}${row.path === selected ? ' is-selected' : ''}`} data-testid="layer-file-row" data-status={row.status ?? ''}>
            {showStatus && <span className={`file-mark mark-${row.status ?? 'none'}`} title={row.status}>{row.status === 'added' ? 'A' : row.status === 'modified' ? 'M' : row.status === 'removed' ? 'D' : ''}</span>}
            {row.kind === 'bulk' ? (
              <button type="button" className="file-path bulk-toggle" aria-expanded={expanded.has(row.path)} title={row.source} onClick={() => toggle(row.path)} data-testid="bulk-row">
                {expanded.has(row.path) ? '▾' : '▸'} {row.path} <span className="bulk-meta">({row.fileCount} files · {row.source})</span>
              </button>
            ) : (
              <span className="file-path" title={row.path}>
                {onSelect ? (
                  <button type="button" className="file-path-button" aria-pressed={row.path === selected} onClick={() => onSelect(row.path)} data-testid="file-path">
                    {row.path}{row.kind === 'symlink' ? ' →' : ''}
                  </button>
                ) : (
                  <>{row.path}{row.kind === 'symlink' ? ' →' : ''}</>
                )}
              </span>
            )}
            <span className="file-size">{row.status === 'removed' ? `−${row.sizeText}` : row.sizeText}</span>
          </li>
        ))}
        {shown.length > MAX_ROWS && <li className="file-row file-more">… {shown.length - MAX_ROWS} more (search to narrow)</li>}
        {shown.length === 0 && <li className="file-row file-more">No files.</li>}
      </ul>
    </div>
  );
}
