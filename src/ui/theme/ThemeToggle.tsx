/** Switches between the light and dark themes; the choice is remembered. */
import { useSyncExternalStore } from 'react';
import { getTheme, setTheme, subscribeTheme } from './themeStore';

export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeTheme, getTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      data-testid="theme-toggle"
      data-theme-current={theme}
      aria-label={`Use the ${next} theme`}
      title={`Use the ${next} theme`}
      onClick={() => setTheme(next)}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
