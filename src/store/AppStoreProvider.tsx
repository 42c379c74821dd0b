/**
 * Hands one store down the tree (xyflow's pattern): each mounted app, and each test, gets its own.
 */
import { createContext, useState, type ReactNode } from 'react';
import { createAppStoreWith, type AppStore, type CreateAppStoreOptions } from './appStoreCore';
import { analyzeDockerfile } from '../engine/analyzeDockerfile';

export const AppStoreContext = createContext<AppStore | null>(null);

export interface AppStoreProviderProps {
  /** Use this store; otherwise one is created from `options` on first render (graph-only inline analysis unless `options.analyzeSync` is given). */
  store?: AppStore;
  options?: CreateAppStoreOptions;
  children: ReactNode;
}

export function AppStoreProvider({ store, options, children }: AppStoreProviderProps) {
  const [own] = useState(() => store ?? createAppStoreWith(options?.analyzeSync ?? analyzeDockerfile, options));
  return <AppStoreContext.Provider value={own}>{children}</AppStoreContext.Provider>;
}
