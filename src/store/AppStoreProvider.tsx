/**
 * Hands one store down the tree (xyflow's pattern): each mounted app, and each test, gets its own.
 */
import { createContext, useState, type ReactNode } from 'react';
import { createAppStore, type AppStore, type CreateAppStoreOptions } from './createAppStore';

export const AppStoreContext = createContext<AppStore | null>(null);

export interface AppStoreProviderProps {
  /** Use this store; otherwise one is created from `options` on first render. */
  store?: AppStore;
  options?: CreateAppStoreOptions;
  children: ReactNode;
}

export function AppStoreProvider({ store, options, children }: AppStoreProviderProps) {
  const [own] = useState(() => store ?? createAppStore(options));
  return <AppStoreContext.Provider value={own}>{children}</AppStoreContext.Provider>;
}
