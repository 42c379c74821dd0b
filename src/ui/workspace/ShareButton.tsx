/**
 * "Share": a link holding the whole workspace in its fragment. The fragment never reaches a
 * server, so the link works from a file:// copy or offline, and shares nothing with anyone but
 * the person it is sent to.
 */
import { useState } from 'react';
import { encodeShareFragment, selectWorkspace, useAppStoreApi } from '../../store';
import { formatBytes } from '../../view/contextFormat';
import { Popover } from '../layout/Popover';

/** Links longer than this get a warning: some chat tools and browsers cut them. */
const LONG_LINK = 64 * 1024;

type ShareState = { kind: 'working' } | { kind: 'ready'; url: string; copied: boolean } | { kind: 'failed'; message: string };

export function ShareButton() {
  const store = useAppStoreApi();
  const [state, setState] = useState<ShareState>({ kind: 'working' });

  const prepare = (): void => {
    setState({ kind: 'working' });
    encodeShareFragment(selectWorkspace(store.getState())).then(
      async (fragment) => {
        const url = `${location.origin}${location.pathname}${location.search}#${fragment}`;
        let copied = false;
        try {
          await navigator.clipboard.writeText(url);
          copied = true;
        } catch {
          // Clipboard access can be refused; the link is shown to copy by hand.
        }
        setState({ kind: 'ready', url, copied });
      },
      (error: unknown) => setState({ kind: 'failed', message: `The link could not be made: ${String(error)}` }),
    );
  };

  return (
    <Popover label="Share" title="Share this workspace" testId="share-button" onOpen={prepare} align="start">
      {state.kind === 'working' && <p className="popover-text">Making the link…</p>}
      {state.kind === 'failed' && <p className="popover-text notice-error-text" role="alert">{state.message}</p>}
      {state.kind === 'ready' && (
        <>
          <p className="popover-text" role="status">
            {state.copied ? 'Link copied. ' : 'Copy this link. '}
            It holds every Dockerfile, the build context and the build options.
          </p>
          <input
            className="text-input share-input"
            readOnly
            aria-label="Share link"
            data-testid="share-link"
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          {state.url.length > LONG_LINK && (
            <p className="popover-text notice-warning-text">
              This link is long ({formatBytes(state.url.length)}); some apps cut long links. Export a file to share a big context.
            </p>
          )}
        </>
      )}
    </Popover>
  );
}
