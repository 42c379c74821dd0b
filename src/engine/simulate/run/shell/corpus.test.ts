import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../parse/index';
import { hasShared, sharedPath } from '../../../testing/sharedDir';
import { parseShell } from './parseShell';
import { runScriptText, type RunHeredoc } from './runScriptText';

interface TruthCommand {
  name: string;
  line: number;
  cmdLine?: string[];
  prependShell?: boolean;
  shell?: string[];
  files?: { name: string; data: string; chomp: boolean }[];
}
interface TruthStage {
  name: string;
  baseName: string;
  commands: TruthCommand[];
}
interface Truth {
  file: string;
  stages?: TruthStage[] | null;
}

/**
 * The corpus RUN commands that do not parse, each checked by hand: `dash -n -c` (dash 0.5.12)
 * prints the same message, and the failure is real.
 * - 050: bash process substitution on alpine, whose busybox ash has none either.
 * - 059, 207: PowerShell commands in Windows images without a SHELL instruction; the Dockerfile
 *   alone cannot tell they are not for /bin/sh.
 */
const EXPECTED_FAILURES: Record<string, string> = {
  'files/050.Dockerfile:24': 'Syntax error: "(" unexpected',
  'files/059.Dockerfile:7': 'Syntax error: "(" unexpected',
  'files/207.Dockerfile:5': 'Syntax error: "(" unexpected (expecting ")")',
};

type Interpreter = 'dash' | 'bash' | 'other';

function interpreterOf(program: string | undefined): Interpreter {
  const base = (program ?? '').split(/[\\/]/).pop() ?? '';
  if (base === 'sh' || base === 'dash' || base === 'ash') return 'dash';
  if (base === 'bash') return 'bash';
  return 'other';
}

interface CorpusScript {
  key: string;
  text: string;
  dialect: 'dash' | 'bash';
}

interface Collected {
  scripts: CorpusScript[];
  /** RUNs for PowerShell / cmd (a SHELL instruction says so). */
  nonPosix: number;
  /** Exec-form RUNs that are not `sh -c script`. */
  execForm: number;
}

/** Every RUN of the corpus, as BuildKit read it (truth.jsonl), turned into the script its shell runs. */
function collectCorpus(): Collected {
  const out: Collected = { scripts: [], nonPosix: 0, execForm: 0 };
  const lines = readFileSync(sharedPath('corpus', 'truth.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (line.trim() === '') continue;
    const truth = JSON.parse(line) as Truth;
    const shellOfStage = new Map<string, string[]>();
    for (const stage of truth.stages ?? []) {
      let shell = shellOfStage.get(stage.baseName.toLowerCase()) ?? ['/bin/sh', '-c'];
      for (const cmd of stage.commands) {
        if (cmd.name === 'shell' && cmd.shell !== undefined) shell = cmd.shell;
        if (cmd.name !== 'run') continue;
        const key = `${truth.file}:${cmd.line}`;
        const args = cmd.cmdLine ?? [];
        if (cmd.prependShell !== true) {
          // Exec form: only `[... sh, -c, script]` holds shell text.
          const c = args.indexOf('-c');
          const program = c > 0 ? interpreterOf(args[c - 1]) : 'other';
          const script = args[c + 1];
          if (program === 'other' || script === undefined) out.execForm += 1;
          else out.scripts.push({ key, text: script, dialect: program });
          continue;
        }
        const dialect = interpreterOf(shell[0]);
        if (dialect === 'other') {
          out.nonPosix += 1;
          continue;
        }
        const heredocs: RunHeredoc[] = (cmd.files ?? []).map((f) => ({ name: f.name, content: f.data, chomp: f.chomp }));
        const script = runScriptText(args.join(' '), heredocs);
        out.scripts.push({ key, text: script.text, dialect: script.kind === 'shebang' && interpreterOf(script.interpreter.split(' ')[0]) === 'bash' ? 'bash' : dialect });
      }
      if (stage.name !== '') shellOfStage.set(stage.name.toLowerCase(), shell);
    }
  }
  return out;
}

describe.skipIf(!hasShared)('every RUN of the corpus parses like dash', () => {
  const corpus = hasShared ? collectCorpus() : { scripts: [], nonPosix: 0, execForm: 0 };

  it('reads the whole corpus', () => {
    // 1547 RUN instructions: 1541 shell form, of which 16 run under a PowerShell or cmd SHELL;
    // 6 exec form, of which one is `busybox sh -c script`.
    expect(corpus.scripts).toHaveLength(1526);
    expect(corpus.nonPosix).toBe(16);
    expect(corpus.execForm).toBe(5);
    expect(corpus.scripts.filter((s) => s.dialect === 'bash').length).toBeGreaterThan(0);
  });

  it('parses every script except the hand-checked syntax errors', () => {
    const failures: Record<string, string> = {};
    for (const s of corpus.scripts) {
      const r = parseShell(s.text, { dialect: s.dialect });
      if (!r.ok) failures[s.key] = r.errors[0]?.message ?? '';
    }
    expect(failures).toEqual(EXPECTED_FAILURES);
  });
});

describe.skipIf(!hasShared)('the examples', () => {
  it('parse every RUN', () => {
    const dirs = hasShared ? readdirSync(sharedPath('examples'), { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
    let runs = 0;
    for (const dir of dirs) {
      const parsed = parseDockerfile(readFileSync(sharedPath('examples', dir.name, 'Dockerfile'), 'utf8'));
      for (const ins of parsed.instructions) {
        const arg = ins.args[0];
        if (ins.keyword.toUpperCase() !== 'RUN' || ins.isJson || arg?.kind !== 'value') continue;
        runs += 1;
        const script = runScriptText(arg.value, ins.heredocs);
        const r = parseShell(script.text);
        expect(r.errors, `${dir.name}: ${arg.value}`).toEqual([]);
      }
    }
    expect(runs).toBeGreaterThan(20);
  });
});
