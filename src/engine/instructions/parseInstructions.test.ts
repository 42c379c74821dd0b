/**
 * BuildKit's instruction-level errors, written as Dockerfiles. Expected texts come from
 * instructions/parse_test.go, parse_heredoc_test.go, bflag.go, parse.go and the integration tests
 * quoted in SEMANTICS.md §2, §7 and SCENARIOS.md §H.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parse/index';
import { parseInstructions } from './index';

function run(text: string) {
  return parseInstructions(parseDockerfile(text));
}

/** The first error message, as BuildKit's instructions.Parse would return it. */
function firstError(text: string): string | undefined {
  return run(text).error?.message;
}

const wrap = (line: number, msg: string) => `dockerfile parse error on line ${line}: ${msg}`;

describe('instruction errors (BuildKit instructions.Parse)', () => {
  // parse_test.go TestCommandsExactlyOneArgument / AtLeastOneArgument / NoDestinationArgument.
  it.each(['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'])('%s alone', (cmd) => {
    expect(firstError(`FROM busybox\n${cmd}`)).toBe(wrap(2, `${cmd} requires exactly one argument`));
  });
  it.each(['ENV', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'EXPOSE', 'VOLUME'])('%s alone', (cmd) => {
    expect(firstError(`FROM busybox\n${cmd}`)).toBe(wrap(2, `${cmd} requires at least one argument`));
  });
  it.each(['ADD', 'COPY'])('%s with one argument', (cmd) => {
    expect(firstError(`FROM busybox\n${cmd} arg1`)).toBe(
      wrap(2, `${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`),
    );
  });

  it.each([
    // parse_test.go TestErrorCases
    ['ONBUILD FROM scratch', "FROM isn't allowed as an ONBUILD trigger"],
    ['ONBUILD MAINTAINER me', "MAINTAINER isn't allowed as an ONBUILD trigger"],
    ['ONBUILD ONBUILD RUN touch foobar', "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"],
    ['MAINTAINER --boo joe@example.com', 'unknown flag: --boo'],
    // parse_heredoc_test.go
    ['COPY /foo <<EOF\nEOF', 'COPY cannot accept a heredoc as a destination'],
    ['ADD /foo <<EOF\nEOF', 'ADD cannot accept a heredoc as a destination'],
    // SCENARIOS 59, 62
    ['FNTRYPOINT ["/bin/sh"]', 'unknown instruction: FNTRYPOINT (did you mean ENTRYPOINT?)'],
    ['RUN --mont=type=tmpfs,target=/x true', 'unknown flag: --mont (did you mean mount?)'],
    // bflag.go messages (SEMANTICS §1.6, §7)
    ['COPY --from a b', 'missing a value on flag: --from'],
    ['COPY --from=a --from=b x y', 'duplicate flag specified: --from'],
    ['COPY --link=x a b', 'expecting boolean value for flag --link, not: x'],
    ['COPY --link= a b', 'missing a value on flag: --link'],
    ['COPY --checksum=sha256:abc a b', 'unknown flag: --checksum'],
    ['ADD --unpack=maybe a b', 'expecting boolean value for flag --unpack, not: maybe'],
    ['ADD --keep-git-dir --keep-git-dir a b', 'duplicate flag specified: --keep-git-dir'],
    ['ADD --parents a b', 'unknown flag: --parents'],
    ['WORKDIR --x /a', 'unknown flag: --x'],
    ['CMD --x echo', 'unknown flag: --x'],
    ['ENV --x a=b', 'unknown flag: --x'],
    // RUN hooks (commands_runnetwork.go, commands_runsecurity.go, commands_rundevice.go)
    ['RUN --network=bridge true', 'invalid network mode "bridge"'],
    ['RUN --network= true', 'invalid network mode ""'],
    ['RUN --security=privileged true', 'security "privileged" is not valid'],
    ['RUN --device=a,b true', "invalid field 'b' must be a key=value pair"],
    ['RUN --device=name=a,name=b true', 'device name already set to a'],
    ['RUN --mount=from=$X,target=/t true', "'from' doesn't support variable expansion, define alias stage instead"],
    ['RUN --mount= true', 'failed to parse csv mounts: EOF'],
    // HEALTHCHECK (parse.go parseHealthcheck, parse_test.go TestParseOptInterval)
    ['HEALTHCHECK --interval=50ns CMD true', 'Interval "interval" cannot be less than 1ms'],
    ['HEALTHCHECK --start-period=-1s CMD true', 'Interval "start-period" cannot be less than 1ms'],
    ['HEALTHCHECK --timeout=5 CMD true', 'time: missing unit in duration "5"'],
    ['HEALTHCHECK --retries=-1 CMD true', '--retries cannot be negative (-1)'],
    ['HEALTHCHECK --retries=x CMD true', 'strconv.ParseInt: parsing "x": invalid syntax'],
    ['HEALTHCHECK --retries=3000000000 CMD true', 'strconv.ParseInt: parsing "3000000000": value out of range'],
    ['HEALTHCHECK --intervl=1s CMD true', 'unknown flag: --intervl (did you mean interval?)'],
    ['HEALTHCHECK foo true', 'Unknown type "FOO" in HEALTHCHECK (try CMD)'],
    ['HEALTHCHECK CMD', 'Missing command after HEALTHCHECK CMD'],
    ['HEALTHCHECK NONE extra', 'HEALTHCHECK NONE takes no arguments'],
    // SHELL, VOLUME, ENV, LABEL, ARG (SEMANTICS §1.4, §2, §7)
    ['SHELL /bin/bash -c', 'SHELL requires the arguments to be in JSON form'],
    ['SHELL []', 'SHELL requires at least one argument'],
    ['VOLUME ["/a", ""]', 'VOLUME specified can not be an empty string'],
    ['ENV =x', 'ENV names can not be blank'],
    ['LABEL =x', 'LABEL names can not be blank'],
    ['ARG =x', 'ARG names can not be blank'],
  ])('%j', (line, message) => {
    expect(firstError(`FROM busybox\n${line}`)).toBe(wrap(2, message));
  });

  it.each([
    ['FROM alpine AS 1x', 'invalid name for build stage: "1x", name can\'t start with a number or contain symbols'],
    ['FROM alpine AS my@stage', 'invalid name for build stage: "my@stage", name can\'t start with a number or contain symbols'],
    ['FROM alpine stage', 'FROM requires either one or three arguments'],
    ['FROM alpine AS', 'FROM requires either one or three arguments'],
    ['FROM alpine AS a b', 'FROM requires either one or three arguments'],
    ['FROM alpine IS a', 'FROM requires either one or three arguments'],
    ['FROM --platfrom=linux/amd64 alpine', 'unknown flag: --platfrom (did you mean platform?)'],
  ])('%j', (line, message) => {
    expect(firstError(line)).toBe(wrap(1, message));
  });

  // parse_test.go TestErrorCases keeps the user's casing.
  it.each(['FOO bar', 'foo bar'])('%j is an unknown instruction', (line) => {
    expect(firstError(`FROM busybox\n${line}`)).toContain(`unknown instruction: ${line.split(' ')[0]}`);
  });

  it('reports an instruction before FROM without the parse-error wrapper, over its lines', () => {
    const r = run('ENV a=1 \\\n  b=2\nFROM busybox\n');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBe('no build stage in current context');
    expect(r.error?.code).toBe('SC2004');
    expect([r.error?.range.startLine, r.error?.range.endLine]).toEqual([1, 2]);
  });

  it('checks the instruction itself before the missing stage', () => {
    expect(firstError('ENV =x\nFROM a')).toBe(wrap(1, 'ENV names can not be blank'));
  });

  it('wraps with the first line of a continued instruction', () => {
    const r = run('FROM busybox\nCOPY \\\n  --chmod \\\n  a b');
    expect(r.error?.message).toBe(wrap(2, 'missing a value on flag: --chmod'));
    expect([r.error?.range.startLine, r.error?.range.endLine]).toEqual([2, 4]);
  });

  it.each([
    ['ARG --foo=bar X', 'ARG'],
    ['STOPSIGNAL --foo SIGTERM', 'STOPSIGNAL'],
    ['HEALTHCHECK --bogus NONE', 'HEALTHCHECK NONE'],
  ])('ignores flags on %s (%s never validates them)', (line) => {
    expect(run(`FROM busybox\n${line}`).ok).toBe(true);
  });

  it('does not fail on mount or device problems BuildKit only finds at dispatch', () => {
    const r = run('FROM busybox\nRUN --mount=type=tmp,target=/x --device=/dev/fuse true');
    expect(r.ok).toBe(true);
    const cmd = r.stages[0]?.commands[0];
    expect(cmd?.kind === 'run' && cmd.mounts[0]?.error).toBe('unsupported mount type "tmp" (did you mean tmpfs?)');
    expect(cmd?.kind === 'run' && cmd.devices).toEqual([{ name: '/dev/fuse', required: false }]);
  });

  it('keeps going after an error so later stages stay available', () => {
    const r = run('FROM busybox AS a\nBOGUS x\nRUN --network=x true\nFROM a AS 9b\nCOPY --from=a / /\nFROM alpine AS c\nRUN true\n');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.range.startLine)).toEqual([2, 3, 4]);
    expect(r.stages.map((s) => [s.name, s.from.image, s.commands.map((c) => c.kind), s.startLine, s.endLine])).toEqual([
      ['a', 'busybox', [], 1, 3],
      ['', 'a', ['copy'], 4, 5],
      ['c', 'alpine', ['run'], 6, 7],
    ]);
  });

  it('is not ok when the parser failed, without repeating its errors', () => {
    const parse = parseDockerfile('FROM busybox\nENV PATH\nRUN true\n');
    const r = parseInstructions(parse);
    expect(parse.ok).toBe(false);
    expect(r.ok).toBe(false);
    expect(r.error).toBeNull();
    expect(r.stages[0]?.commands.map((c) => c.kind)).toEqual(['run']);
  });
});
