/**
 * Variable expansion at dispatch time (dockerfile2llb `dispatch`: every word of an instruction
 * is expanded against the stage env as it was before the instruction), and the display text of
 * a step (`processCmdEnv` with raw quotes, unset variables left as written, keyword uppercased).
 */
import { uppercaseKeyword } from '../plan';
import { expandForDisplay, processWord, processWords, type Env } from '../shell';

export type Expanded = { ok: true; value: string } | { ok: false; error: string };

export function expandWord(word: string, env: Env, escapeToken: '\\' | '`'): Expanded {
  const r = processWord(word, env, { escapeToken });
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
}

/** Expand several words; the first failure wins. */
export function expandAll(words: readonly string[], env: Env, escapeToken: '\\' | '`'): { ok: true; values: string[] } | { ok: false; error: string } {
  const values: string[] = [];
  for (const word of words) {
    const r = expandWord(word, env, escapeToken);
    if (!r.ok) return r;
    values.push(r.value);
  }
  return { ok: true, values };
}

/** Expand and split into words (EXPOSE). */
export function expandSplit(word: string, env: Env, escapeToken: '\\' | '`'): { ok: true; values: string[] } | { ok: false; error: string } {
  const r = processWords(word, env, { escapeToken });
  return r.ok ? { ok: true, values: r.words } : { ok: false, error: r.error };
}

/** Heredoc bodies of COPY/ADD: the raw lexer (`\` escape, quotes kept). */
export function expandHeredoc(body: string, env: Env): Expanded {
  const r = processWord(body, env, { escapeToken: '\\', skipProcessQuotes: true });
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
}

/** The step's vertex name text: `RUN go build -ldflags="-X main.version=1.2" .` */
export function displayText(code: string, env: Env, escapeToken: '\\' | '`'): string {
  return uppercaseKeyword(expandForDisplay(code, env, { escapeToken }));
}
