/** Hooks for reading the app store from components. */
import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './appState';
import type { AppStore } from './appStoreCore';
import { AppStoreContext } from './AppStoreProvider';

/** The store itself, for imperative access (subscriptions in effects, getState in handlers). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreProvider>');
  return store;
}

/** Subscribe to one slice; pass `useShallow(selector)` for object results. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
