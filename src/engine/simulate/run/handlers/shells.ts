/**
 * `sh`, `bash`, `dash`, `ash` as programs: `sh -c 'script' [name args...]`, `bash script.sh`,
 * and `curl ... | sh` (a script read from standard input). Options before `-c` (`-e`, `-x`,
 * `-o pipefail`) apply to the new shell.
 */
import { hooks } from '../hooks';
import { runScriptFile } from '../dispatch';
import { abs, notSimulated, printErr, readText } from './api';
import type { Handler } from './types';

function optionPrelude(flags: string[]): string {
  const sets: string[] = [];
  for (let i = 0; i < flags.length; i += 1) {
    const f = flags[i] ?? '';
    if (f === '-o' || f === '+o') sets.push(`set ${f} ${flags[++i] ?? ''}`);
    else if (/^[-+][eux]+$/.test(f)) sets.push(`set ${f}`);
  }
  return sets.length === 0 ? '' : `${sets.join('; ')}\n`;
}

export const shell: Handler = (inv) => {
  const bash = inv.name === 'bash';
  const flags: string[] = [];
  let i = 0;
  let command: string | undefined;
  for (; i < inv.args.length; i += 1) {
    const a = inv.args[i] ?? '';
    if (a === '-c') {
      command = inv.args[i + 1] ?? '';
      i += 2;
      break;
    }
    if (a === '-o' || a === '+o') {
      flags.push(a, inv.args[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (a === '-' || a === '--' || a === '-s') {
      i += 1;
      if (a === '-s') {
        if (inv.args[i] === '--') i += 1;
        const stdin = inv.io.stdin;
        if (stdin.opaque !== undefined && stdin.text === '') return notSimulated(inv, 'runs a downloaded script whose text is not known');
        return hooks.runText(inv.sh, optionPrelude(flags) + stdin.text.slice(stdin.pos ?? 0), inv.io, { bash, processEnv: inv.env, args: inv.args.slice(i) });
      }
      break;
    }
    if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('c')) {
        command = inv.args[i + 1] ?? '';
        flags.push(a.replace('c', ''));
        i += 2;
        break;
      }
      flags.push(a);
      continue;
    }
    break;
  }
  const prelude = optionPrelude(flags.filter((f) => f !== '-'));
  const options = { bash, processEnv: inv.env };
  if (command !== undefined) {
    const rest = inv.args.slice(i);
    return hooks.runText(inv.sh, prelude + command, inv.io, { ...options, scriptName: rest[0] ?? inv.argv[0] ?? 'sh', args: rest.slice(1) });
  }
  const file = inv.args[i];
  if (file === undefined || file === '-') {
    const stdin = inv.io.stdin;
    if (stdin.opaque !== undefined && stdin.text === '') return notSimulated(inv, 'runs a downloaded script whose text is not known');
    return hooks.runText(inv.sh, prelude + stdin.text.slice(stdin.pos ?? 0), inv.io, { ...options, args: inv.args.slice(i + 1) });
  }
  const text = readText(inv, file);
  if (text === null) {
    printErr(inv, `${inv.name}: 0: cannot open ${file}: No such file\n`);
    return bash ? 127 : 2;
  }
  if (text === undefined) return notSimulated(inv, `runs ${abs(inv, file)}, whose text is not known`);
  return runScriptFile({ ...inv, argv: [file, ...inv.args.slice(i + 1)], args: inv.args.slice(i + 1) }, prelude + text);
};
