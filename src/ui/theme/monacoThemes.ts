/**
 * Monaco follows the app theme. Both editor themes come from one palette table; each keeps line
 * numbers and comments at >= 4.5:1 contrast on its background (Monaco's default light theme dims
 * line numbers below WCAG AA, which the axe scan in e2e checks). Only the lazy editor chunk
 * imports this module.
 */
import { monaco } from '../editor/monacoSetup';
import { getTheme, subscribeTheme, type Theme } from './themeStore';

interface EditorPalette {
  base: 'vs' | 'vs-dark';
  comment: string;
  keyword: string;
  string: string;
  variable: string;
  background: string;
  foreground: string;
  lineNumber: string;
  activeLineNumber: string;
  lineHighlight: string;
  selection: string;
  inactiveSelection: string;
  indentGuide: string;
}

const PALETTES: Record<Theme, EditorPalette> = {
  light: {
    base: 'vs', comment: '3f6f3a', keyword: '1d4ed8', string: '9a3412', variable: '7e22ce',
    background: '#ffffff', foreground: '#1f2937', lineNumber: '#5b6472', activeLineNumber: '#111827',
    lineHighlight: '#f1f5f9', selection: '#bfdbfe', inactiveSelection: '#dbeafe', indentGuide: '#e5e7eb',
  },
  dark: {
    base: 'vs-dark', comment: '8fc28a', keyword: '7cb3fb', string: 'fdba74', variable: 'd8b4fe',
    background: '#111827', foreground: '#e5e7eb', lineNumber: '#8b95a5', activeLineNumber: '#f3f4f6',
    lineHighlight: '#1e293b', selection: '#1e40af', inactiveSelection: '#1e3a5f', indentGuide: '#334155',
  },
};

for (const [theme, p] of Object.entries(PALETTES)) {
  monaco.editor.defineTheme(`stagecraft-${theme}`, {
    base: p.base,
    inherit: true,
    rules: [
      { token: 'comment', foreground: p.comment },
      { token: 'keyword', foreground: p.keyword, fontStyle: 'bold' },
      { token: 'string', foreground: p.string },
      { token: 'variable', foreground: p.variable },
    ],
    colors: {
      'editor.background': p.background,
      'editor.foreground': p.foreground,
      'editorLineNumber.foreground': p.lineNumber,
      'editorLineNumber.activeForeground': p.activeLineNumber,
      // The phantom line after the last newline is drawn "dimmed"; Monaco's default fails axe's contrast rule.
      'editorLineNumber.dimmedForeground': p.lineNumber,
      'editor.lineHighlightBackground': p.lineHighlight,
      'editor.selectionBackground': p.selection,
      'editor.inactiveSelectionBackground': p.inactiveSelection,
      'editorIndentGuide.background1': p.indentGuide,
    },
  });
}

/** The Monaco theme for an app theme. */
export function monacoThemeFor(theme: Theme): string {
  return `stagecraft-${theme}`;
}
/** Keep Monaco on the app theme from now on; returns the unsubscribe. */
export function followAppTheme(): () => void {
  monaco.editor.setTheme(monacoThemeFor(getTheme()));
  return subscribeTheme(() => monaco.editor.setTheme(monacoThemeFor(getTheme())));
}
