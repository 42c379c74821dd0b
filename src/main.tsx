/** Entry point: one store (analysing in a Worker when the browser has them) and the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultExample } from './examples/defaultExample';
import { AppStoreProvider, createAppStore, type Analyzer } from './store';
import { App } from './ui/App';
import { createWorkerAnalyzer } from './worker/createWorkerAnalyzer';

function startAnalyzer(): Analyzer | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return createWorkerAnalyzer();
  } catch {
    // Some pages forbid Workers (CSP); the store then analyses inline.
    return undefined;
  }
}

const store = createAppStore({ initial: { dockerfile: defaultExample }, analyzer: startAnalyzer() });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
