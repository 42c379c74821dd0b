import { describe, expect, it } from 'vitest';
import { runScriptText } from './runScriptText';

// Expected values follow BuildKit's dockerfile2llb dispatchRun: a lone heredoc marker runs its
// body (chomped for <<-) as the script, a `#!` body runs as a file under /dev/pipes, and any
// other command gets "\n" + body + delimiter appended per heredoc.
describe('runScriptText', () => {
  it('passes a plain command through', () => {
    expect(runScriptText('apt-get update && apt-get install -y curl', [])).toEqual({ kind: 'shell', text: 'apt-get update && apt-get install -y curl' });
  });

  it('runs the body of a lone heredoc, tabs chomped for <<-', () => {
    expect(runScriptText('<<EOF', [{ name: 'EOF', content: 'set -e\n\techo hi\n', chomp: false }])).toEqual({ kind: 'shell', text: 'set -e\n\techo hi\n' });
    expect(runScriptText("<<-'EOF'", [{ name: 'EOF', content: '\tset -e\n\t\techo hi\n', chomp: true }])).toEqual({ kind: 'shell', text: 'set -e\necho hi\n' });
  });

  it('runs a #! body as a file', () => {
    const r = runScriptText('<<EOF', [{ name: 'EOF', content: '#!/usr/bin/env python3\nprint(1)\n', chomp: false }]);
    expect(r).toEqual({ kind: 'shebang', text: '#!/usr/bin/env python3\nprint(1)\n', path: '/dev/pipes/EOF', interpreter: '/usr/bin/env python3' });
  });

  it('appends the bodies for any other command', () => {
    const r = runScriptText('cat <<A > /a && cat <<-B > /b', [
      { name: 'A', content: 'one\n', chomp: false },
      { name: 'B', content: '\ttwo\n', chomp: true },
    ]);
    expect(r).toEqual({ kind: 'shell', text: 'cat <<A > /a && cat <<-B > /b\none\nA\n\ttwo\nB' });
    expect(runScriptText('<<EOF bash', [{ name: 'EOF', content: 'echo $0\n', chomp: false }])).toEqual({ kind: 'shell', text: '<<EOF bash\necho $0\nEOF' });
  });
});
