/**
 * Messages under the header: a load that failed (an alert; the current work is untouched), the
 * offer to bring back a workspace an open replaced, and the undo for a closed tab or deleted file.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ReplacedWorkspace } from '../../store';
import { selectLastRemoval, selectReplacedWorkspace, selectWorkspaceActions, selectWorkspaceNotice, useAppStore } from '../../store';

function openedText({ origin, label }: ReplacedWorkspace): string {
  switch (origin) {
    case 'example':
      return `Opened the example “${label}”. Your previous workspace was saved.`;
    case 'link':
      return 'Opened the workspace from the link. Your previous workspace was saved.';
    case 'file':
      return `Opened ${label}. Your previous workspace was saved.`;
    case 'folder':
      return `Imported ${label} as the build context. Your previous workspace was saved.`;
    case 'restore':
      return 'Your previous workspace is back. The one you left was saved too.';
  }
}

export function WorkspaceNotices() {
  const notice = useAppStore(selectWorkspaceNotice);
  const replaced = useAppStore(selectReplacedWorkspace);
  const removal = useAppStore(selectLastRemoval);
  const actions = useAppStore(useShallow(selectWorkspaceActions));
  if (!notice && !replaced && !removal) return null;

  return (
    <div className="workspace-notices">
      {notice && (
        <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={notice.kind === 'error' ? 'workspace-error' : 'workspace-info'}>
          <span className="notice-text">{notice.message}</span>
          <button type="button" className="button" onClick={() => actions.setWorkspaceNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {replaced && (
        <div className="notice notice-info" role="status" data-testid="restore-notice">
          <span className="notice-text">{openedText(replaced)}</span>
          <button type="button" className="button is-primary" data-testid="restore-workspace" onClick={actions.restoreWorkspace}>
            {replaced.origin === 'restore' ? 'Switch back' : 'Restore it'}
          </button>
          <button type="button" className="button" data-testid="restore-dismiss" onClick={actions.dismissReplacedWorkspace}>
            Dismiss
          </button>
        </div>
      )}
      {removal && (
        <div className="notice notice-info" role="status" data-testid="removal-notice">
          <span className="notice-text">
            {removal.kind === 'dockerfile' ? `Closed “${removal.dockerfile.path}”.` : `Deleted “${removal.path}” from the build context.`}
          </span>
          <button type="button" className="button" data-testid="undo-removal" onClick={() => actions.setWorkspaceNotice(errorNotice(actions.undoRemoval()))}>
            Undo
          </button>
          <button type="button" className="button" onClick={actions.dismissRemoval}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

function errorNotice(error: string | null) {
  return error === null ? null : { kind: 'error' as const, message: error };
}
