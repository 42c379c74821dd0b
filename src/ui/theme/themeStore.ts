/**
 * The colour theme: the person's choice (kept in local storage) or, until they choose, the
 * system's `prefers-color-scheme`. The resolved theme is written to `<html data-theme>`, which
 * the CSS variables in theme.css key on; Monaco follows through {@link subscribeTheme}.
 */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'stagecraft.theme';
const listeners = new Set<() => void>();
let choice: Theme | null = null;
let media: MediaQueryList | null = null;

function readChoice(): Theme | null {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return saved === 'light' || saved === 'dark' ? saved : null;
  } catch {
    return null;
  }
}

/** The theme in force. */
export function getTheme(): Theme {
  return choice ?? (media?.matches ? 'dark' : 'light');
}

/** Whether the theme follows the system (no choice saved). */
export function followsSystem(): boolean {
  return choice === null;
}

function apply(): void {
  const theme = getTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  for (const listener of listeners) listener();
}

/** Read the saved choice and the system preference, and apply; call once before the first render. */
export function initTheme(): void {
  choice = readChoice();
  media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  media?.addEventListener('change', apply);
  apply();
}

/** Choose a theme (null: follow the system again) and remember the choice. */
export function setTheme(next: Theme | null): void {
  choice = next;
  try {
    if (next === null) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage may be off; the theme still changes for this visit.
  }
  apply();
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
