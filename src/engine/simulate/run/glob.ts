/**
 * Pathname expansion against the virtual filesystem (POSIX 2.13.3): each `/`-separated
 * component with `*`, `?` or `[` is matched against the listed entries of the directories
 * reached so far; a leading `.` must be matched explicitly. Results are sorted by byte order
 * (the C locale a RUN runs in). A bulk entry's unlisted files cannot be listed, so a pattern
 * reaching into one matches its listed children and also yields the pattern itself, unexpanded,
 * so that handlers can act on the unlisted part (`rm -rf /var/lib/apt/lists/*` empties the bulk).
 */
import { getEntry, listDir, locate, resolveAgainst } from '../../fs';
import type { FileTree } from '../../fs';
import { hasGlobChars, matchPattern } from './shell/pattern';

/** Remove pattern backslash-escapes from a literal component. */
export function unescapeGlob(text: string): string {
  return text.replace(/\\(.)/gs, '$1');
}

interface Candidate {
  fsPath: string;
  shown: string;
}

function join(a: string, b: string): string {
  if (a === '') return b;
  return a.endsWith('/') ? a + b : `${a}/${b}`;
}

/** Paths matching `pattern` (relative patterns against `cwd`, results shown as written). */
export function globFs(tree: FileTree, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/');
  let candidates: Candidate[] = [{ fsPath: absolute ? '/' : cwd, shown: absolute ? '/' : '' }];
  let lastLiteral = true;
  let intoBulk = false;
  for (let i = 0; i < parts.length; i += 1) {
    const comp = parts[i] ?? '';
    if (comp === '') continue;
    const next: Candidate[] = [];
    if (!hasGlobChars(comp)) {
      const name = unescapeGlob(comp);
      for (const c of candidates) next.push({ fsPath: resolveAgainst(c.fsPath, name), shown: join(c.shown, name) });
      lastLiteral = true;
    } else {
      const allowDot = comp.startsWith('.') || comp.startsWith('\\.');
      for (const c of candidates) {
        const entries = listDir(tree, c.fsPath);
        if (entries === undefined) {
          if (locate(tree, c.fsPath).status === 'in-bulk') intoBulk = true;
          continue;
        }
        const dir = getEntry(tree, c.fsPath);
        if (dir?.kind === 'bulk' && (dir.size > 0 || dir.fileCount > 0)) intoBulk = true;
        for (const e of entries) {
          const name = e.path.slice(e.path.lastIndexOf('/') + 1);
          if (name.startsWith('.') && !allowDot) continue;
          if (matchPattern(comp, name)) next.push({ fsPath: resolveAgainst(c.fsPath, name), shown: join(c.shown, name) });
        }
      }
      lastLiteral = false;
    }
    candidates = next;
    if (candidates.length === 0) break;
  }
  const literal = intoBulk ? [unescapeGlob(pattern)] : [];
  if (candidates.length === 0) return literal;
  const trailingSlash = pattern.endsWith('/');
  const out = candidates
    .filter((c) => {
      if (trailingSlash) {
        const e = getEntry(tree, c.fsPath);
        return e !== undefined && (e.kind === 'dir' || e.kind === 'bulk');
      }
      if (!lastLiteral) return true;
      return locate(tree, c.fsPath, { follow: false }).status === 'found';
    })
    .map((c) => (trailingSlash && !c.shown.endsWith('/') ? `${c.shown}/` : c.shown));
  return [...out, ...literal.filter((l) => !out.includes(l))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
