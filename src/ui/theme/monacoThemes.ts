/**
 * Monaco follows the app theme. The light theme is defined in editor/monacoSetup.ts; the dark one
 * here, with the same care for contrast (line numbers and comments stay above 4.5:1 on the
 * background). Only the lazy editor chunk imports this module.
 */
import { monaco, THEME as LIGHT_THEME } from '../editor/monacoSetup';
import { getTheme, subscribeTheme, type Theme } from './themeStore';

const DARK_THEME = 'stagecraft-dark';

monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '8fc28a' },
    { token: 'keyword', foreground: '7cb3fb', fontStyle: 'bold' },
    { token: 'string', foreground: 'fdba74' },
    { token: 'variable', foreground: 'd8b4fe' },
  ],
  colors: {
    'editor.background': '#111827',
    'editor.foreground': '#e5e7eb',
    'editorLineNumber.foreground': '#8b95a5',
    'editorLineNumber.activeForeground': '#f3f4f6',
    'editor.lineHighlightBackground': '#1e293b',
    'editor.selectionBackground': '#1e40af',
    'editor.inactiveSelectionBackground': '#1e3a5f',
    'editorIndentGuide.background1': '#334155',
  },
});

/** The Monaco theme for an app theme. */
export function monacoThemeFor(theme: Theme): string {
  return theme === 'dark' ? DARK_THEME : LIGHT_THEME;
}

/** Keep Monaco on the app theme from now on; returns the unsubscribe. */
export function followAppTheme(): () => void {
  monaco.editor.setTheme(monacoThemeFor(getTheme()));
  return subscribeTheme(() => monaco.editor.setTheme(monacoThemeFor(getTheme())));
}
