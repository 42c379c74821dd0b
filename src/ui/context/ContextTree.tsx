/**
 * The context's files as an ARIA tree. One row is in the Tab order; the arrow keys move between
 * rows (Left/Right close and open folders), Enter opens a file, F2 renames, Delete deletes.
 * Entries `.dockerignore` leaves out are greyed; hovering one names the pattern and its line.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { describeIgnoreReason } from '../../view/contextIgnoreReason';
import { formatBytes } from '../../view/contextFormat';
import type { ContextTreeRow } from '../../view/contextTree';

export interface ContextTreeProps {
  rows: readonly ContextTreeRow[];
  collapsed: ReadonlySet<string>;
  selected: string | null;
  onSelect(path: string): void;
  onToggle(path: string, open: boolean): void;
  onOpen(row: ContextTreeRow): void;
  onRename(path: string): void;
  onDelete(row: ContextTreeRow): void;
}

function rowTitle(row: ContextTreeRow): string | undefined {
  if (row.reason) return describeIgnoreReason(row.reason);
  if (row.ignored) return 'Ignored by the ignore file';
  if (row.isIgnoreFile) return 'The ignore file this build uses';
  return undefined;
}

export function ContextTree({ rows, collapsed, selected, onSelect, onToggle, onOpen, onRename, onDelete }: ContextTreeProps) {
  const list = useRef<HTMLUListElement>(null);
  const focusPath = selected !== null && rows.some((r) => r.path === selected) ? selected : rows[0]?.path;
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(pendingFocus.current)}"]`)?.focus();
    pendingFocus.current = null;
  });

  const move = (path: string): void => {
    pendingFocus.current = path;
    onSelect(path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, row: ContextTreeRow, index: number): void => {
    const isOpen = row.kind === 'dir' && !collapsed.has(row.path);
    const go = (target: ContextTreeRow | undefined) => target && move(target.path);
    switch (event.key) {
      case 'ArrowDown': go(rows[index + 1]); break;
      case 'ArrowUp': go(rows[index - 1]); break;
      case 'Home': go(rows[0]); break;
      case 'End': go(rows[rows.length - 1]); break;
      case 'ArrowRight':
        if (row.kind === 'dir' && !isOpen) onToggle(row.path, true);
        else if (isOpen) go(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (isOpen) onToggle(row.path, false);
        else go(rows.find((r) => r.path === row.parent));
        break;
      case 'Enter':
        if (row.kind === 'dir') onToggle(row.path, !isOpen);
        else onOpen(row);
        break;
      case 'F2': onRename(row.path); break;
      case 'Delete': onDelete(row); break;
      default: return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <ul className="context-tree" role="tree" aria-label="Build context files" ref={list} data-testid="context-tree">
      {rows.map((row, index) => {
        const isOpen = row.kind === 'dir' && !collapsed.has(row.path);
        const classes = ['context-row', `is-${row.kind}`, row.ignored ? 'is-ignored' : '', row.path === selected ? 'is-selected' : '', row.isIgnoreFile ? 'is-ignore-file' : ''];
        return (
          <li
            key={row.path}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-expanded={row.kind === 'dir' ? isOpen : undefined}
            aria-selected={row.path === selected}
            tabIndex={row.path === focusPath ? 0 : -1}
            className={classes.filter(Boolean).join(' ')}
            style={{ paddingLeft: 8 + row.depth * 14 }}
            title={rowTitle(row)}
            data-testid="context-row"
            data-path={row.path}
            data-ignored={String(row.ignored)}
            onClick={() => {
              onSelect(row.path);
              if (row.kind === 'dir') onToggle(row.path, !isOpen);
            }}
            onDoubleClick={() => row.kind !== 'dir' && onOpen(row)}
            onKeyDown={(e) => onKeyDown(e, row, index)}
          >
            <span className="context-chevron" aria-hidden="true">{row.kind === 'dir' ? (isOpen ? '▾' : '▸') : ''}</span>
            <span className="context-name">
              {row.name}
              {row.kind === 'dir' ? '/' : ''}
            </span>
            {row.kind === 'dockerfile' && <span className="context-badge" title="A Dockerfile tab of this workspace">editor tab</span>}
            {row.isIgnoreFile && <span className="context-badge">ignore file</span>}
            {row.ignored && <span className="visually-hidden">(ignored{row.reason ? `, line ${row.reason.line}: ${row.reason.written}` : ''})</span>}
            <span className="context-size">{formatBytes(row.size)}</span>
          </li>
        );
      })}
    </ul>
  );
}
