export { createAppStore, toAnalyzeInput, DEFAULT_DEBOUNCE_MS, type AppStore, type CreateAppStoreOptions } from './createAppStore';
export { AppStoreProvider, type AppStoreProviderProps } from './AppStoreProvider';
export { useAppStore, useAppStoreApi } from './useAppStore';
export type { Analyzer, AppActions, AppDerived, AppInputs, AppState, RevealRequest } from './appState';
export * from './selectors';
