/**
 * Turn parsed commands back into one line of shell text, for log lines and "not simulated"
 * warnings. Words and redirections keep their source text (quotes and all); compound commands
 * are laid out canonically (`if a; then b; fi`). Here-document bodies are left out.
 */
import type { AndOr, Assignment, Command, List, Pipeline, Redirect } from './ast';

export type FormattableNode = Command | Pipeline | AndOr | List;

function formatAssignment(a: Assignment): string {
  const head = `${a.name}${a.append === true ? '+=' : '='}`;
  if (a.array !== undefined) return `${head}(${a.array.map((w) => w.text).join(' ')})`;
  return head + a.value.text;
}

function formatRedirect(r: Redirect): string {
  return `${r.fd ?? ''}${r.op}${r.target.text}`;
}

function withRedirects(text: string, redirects: readonly Redirect[]): string {
  return redirects.length === 0 ? text : `${text} ${redirects.map(formatRedirect).join(' ')}`;
}

function formatPipeline(p: Pipeline): string {
  return (p.negated ? '! ' : '') + p.commands.map(formatCommandNode).join(' | ');
}

function formatAndOr(a: AndOr): string {
  return [formatPipeline(a.first), ...a.rest.map((r) => `${r.op} ${formatPipeline(r.pipeline)}`)].join(' ');
}

function formatList(list: List): string {
  return list.items
    .map((item, i) => formatAndOr(item.andOr) + (item.background ? ' &' : i < list.items.length - 1 ? ';' : ''))
    .join(' ');
}

/** A body followed by a keyword needs a terminator: `then a; fi`, but `then a & fi`. */
function formatBody(list: List): string {
  const last = list.items[list.items.length - 1];
  return formatList(list) + (last?.background === true ? '' : ';');
}

function formatCommandNode(c: Command): string {
  switch (c.kind) {
    case 'simple': {
      // Source order: `>out echo a` stays as written.
      const pieces = [
        ...c.assignments.map((a) => ({ at: a.start, text: formatAssignment(a) })),
        ...c.words.map((w) => ({ at: w.start, text: w.text })),
        ...c.redirects.map((r) => ({ at: r.start, text: formatRedirect(r) })),
      ];
      return pieces
        .sort((a, b) => a.at - b.at)
        .map((p) => p.text)
        .join(' ');
    }
    case 'subshell':
      return withRedirects(`(${formatList(c.body)})`, c.redirects);
    case 'group':
      return withRedirects(`{ ${formatBody(c.body)} }`, c.redirects);
    case 'if': {
      const clauses = c.clauses.map((cl, i) => `${i === 0 ? 'if' : 'elif'} ${formatBody(cl.condition)} then ${formatBody(cl.body)}`);
      const elsePart = c.elseBody === null ? '' : ` else ${formatBody(c.elseBody)}`;
      return withRedirects(`${clauses.join(' ')}${elsePart} fi`, c.redirects);
    }
    case 'for': {
      const items = c.items === null ? '' : ` in ${c.items.map((w) => w.text).join(' ')}`;
      return withRedirects(`for ${c.variable}${items}; do ${formatBody(c.body)} done`, c.redirects);
    }
    case 'while':
    case 'until':
      return withRedirects(`${c.kind} ${formatBody(c.condition)} do ${formatBody(c.body)} done`, c.redirects);
    case 'case': {
      const items = c.items.map((it) => `${it.patterns.map((p) => p.text).join('|')}) ${it.body === null ? '' : formatList(it.body) + ' '};;`);
      return withRedirects(`case ${c.subject.text} in ${items.join(' ')}${items.length > 0 ? ' ' : ''}esac`, c.redirects);
    }
    case 'function':
      return `${c.name}() ${formatCommandNode(c.body)}`;
  }
}

/**
 * One line of shell text for a command, pipeline, and-or list or list.
 *
 * @example
 * formatCommand(parseShell('FOO=1  apt-get   install -y "a b" >/dev/null').script.items[0].andOr)
 * // 'FOO=1 apt-get install -y "a b" >/dev/null'
 */
export function formatCommand(node: FormattableNode): string {
  switch (node.kind) {
    case 'pipeline':
      return formatPipeline(node);
    case 'andOr':
      return formatAndOr(node);
    case 'list':
      return formatList(node);
    default:
      return formatCommandNode(node);
  }
}
