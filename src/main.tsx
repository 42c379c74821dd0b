/**
 * Entry point: the theme, the workspace (a share link in the URL, else the autosaved one, else the
 * default example), one store (analysing in a Worker when the browser has them), autosave, and
 * the app.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultWorkspace } from './examples/defaultWorkspace';
import {
  AppStoreProvider,
  createAppStoreWith,
  decodeSharePayload,
  loadSavedWorkspace,
  sharePayload,
  startAutosave,
  type Analyzer,
  type AppStore,
  type StorageLike,
} from './store';
import { analyzeDockerfile } from './engine/analyzeDockerfile';
import { App } from './ui/App';
import { loadMonacoEditor } from './ui/editor/loadEditor';
import { initTheme } from './ui/theme/themeStore';
import { createWorkerAnalyzer } from './worker/createWorkerAnalyzer';
import { createInlineAnalyzer, withFallback } from './worker/fallbackAnalyzer';

/** The Worker when the browser lets us start one, else (or once it fails) the engine inline, loaded on demand. */
function startAnalyzer(): Analyzer {
  const inline = createInlineAnalyzer();
  if (typeof Worker === 'undefined') return inline;
  try {
    return withFallback(createWorkerAnalyzer(), inline, (error) => console.warn('Stagecraft: the analysis worker failed; building on the main thread.', error));
  } catch {
    // Some pages forbid Workers (CSP).
    return inline;
  }
}

function localStorageOrNull(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled entirely (some privacy settings throw on access).
    return null;
  }
}

/** Open the workspace a `#w=` link carries; a damaged link leaves the current work and says why. */
async function openSharedLink(store: AppStore): Promise<void> {
  const payload = sharePayload(location.hash);
  if (payload === null) return;
  // The fragment has done its job: drop it, so a reload keeps later edits instead of reopening the link.
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const read = await decodeSharePayload(payload);
  const { openWorkspace, setWorkspaceNotice } = store.getState();
  if (read.ok) openWorkspace(read.value, 'link', 'the link');
  else setWorkspaceNotice({ kind: 'error', message: `${read.error} Your current work is unchanged.` });
}

async function boot(): Promise<void> {
  initTheme();
  const storage = localStorageOrNull();
  const saved = storage ? loadSavedWorkspace(storage) : { workspace: null, replaced: null };
  // The editor's chunk first: the first screen waits for it, the Worker's script can come after.
  void loadMonacoEditor();
  const store = createAppStoreWith(analyzeDockerfile, { buildInAnalyzerAtStart: true, workspace: saved.workspace ?? defaultWorkspace(), replacedWorkspace: saved.replaced, analyzer: startAnalyzer() });
  if (saved.error !== undefined) store.getState().setWorkspaceNotice({ kind: 'error', message: saved.error });
  if (storage) {
    const autosave = startAutosave(store, {
      storage,
      onError: (message) => {
        const { workspaceNotice, setWorkspaceNotice } = store.getState();
        if (message !== null) setWorkspaceNotice({ kind: 'error', message });
        else if (workspaceNotice?.message.startsWith('Autosave failed')) setWorkspaceNotice(null);
      },
    });
    window.addEventListener('pagehide', autosave.flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    });
  }
  // After autosave starts, so a workspace opened from a link is saved like any other change.
  await openSharedLink(store);
  window.addEventListener('hashchange', () => void openSharedLink(store));

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A transition lets React render the first tree in time slices, yielding to the browser
  // between them, instead of one long task that blocks input while the page starts.
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <AppStoreProvider store={store}>
          <App />
        </AppStoreProvider>
      </StrictMode>,
    );
  });
}

void boot();
