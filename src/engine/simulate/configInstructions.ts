/**
 * Instructions that only change the image config (no layer, no cache vertex), with the history
 * text BuildKit commits for each (dockerfile2llb/convert.go `dispatch*`, SEMANTICS.md §5):
 * USER, SHELL, CMD, ENTRYPOINT, EXPOSE, VOLUME, LABEL, HEALTHCHECK, STOPSIGNAL, MAINTAINER and
 * ONBUILD (which commits no history entry).
 */
import type { Command, CommandLine } from '../instructions';
import type { ConfigResult } from './envArg';
import { expandAll, expandSplit, expandWord } from './expandWord';
import { parsePortSpecs } from './expose';
import { goDuration, goQuotedSlice, goSlice } from './goFormat';
import type { BuildSession } from './session';
import { checkSignal } from './signals';
import type { StageState } from './stageState';
import type { ImageConfig } from './types';

const DEFAULT_SHELL = ['/bin/sh', '-c'];

/** Shell form gets the image's SHELL (or /bin/sh -c) in front (`withShell`). */
export function withShell(config: ImageConfig, line: CommandLine): string[] {
  if (!line.prependShell) return [...line.cmdLine];
  const shell = config.Shell !== null && config.Shell.length > 0 ? config.Shell : DEFAULT_SHELL;
  return [...shell, line.cmdLine.join(' ')];
}

function healthText(h: NonNullable<ImageConfig['Healthcheck']>): string {
  const d = (ns: number | undefined) => goDuration(ns ?? 0);
  return `HEALTHCHECK {Test:${goSlice(h.Test)} Interval:${d(h.Interval)} Timeout:${d(h.Timeout)} StartPeriod:${d(h.StartPeriod)} StartInterval:${d(h.StartInterval)} Retries:${h.Retries ?? 0}}`;
}

function set(state: StageState, patch: Partial<ImageConfig>, createdBy: string | null): ConfigResult {
  state.config = { ...state.config, ...patch };
  return { ok: true, createdBy };
}

/** Apply a config-only instruction; null when `c` is not one of them. */
export function dispatchConfig(session: BuildSession, state: StageState, c: Command): ConfigResult | null {
  const esc = session.escapeToken;
  switch (c.kind) {
    case 'user': {
      const r = expandWord(c.user, state.env, esc);
      return r.ok ? set(state, { User: r.value }, `USER ${r.value}`) : r;
    }
    case 'shell':
      return set(state, { Shell: [...c.shell] }, `SHELL ${goSlice(c.shell)}`);
    case 'cmd': {
      const args = withShell(state.config, c);
      state.cmdSet = true;
      return set(state, { Cmd: args }, `CMD ${goQuotedSlice(args)}`);
    }
    case 'entrypoint': {
      const args = c.isEmpty ? null : withShell(state.config, c);
      // ENTRYPOINT drops an inherited CMD unless this stage set CMD itself.
      const patch: Partial<ImageConfig> = state.cmdSet ? { Entrypoint: args } : { Entrypoint: args, Cmd: null };
      return set(state, patch, `ENTRYPOINT ${goQuotedSlice(args)}`);
    }
    case 'expose': {
      const words: string[] = [];
      for (const p of c.ports) {
        const r = expandSplit(p, state.env, esc);
        if (!r.ok) return r;
        words.push(...r.values);
      }
      const ports = parsePortSpecs(words);
      if (!ports.ok) return ports;
      const all = [...new Set([...state.config.ExposedPorts, ...ports.ports])].sort();
      return set(state, { ExposedPorts: all }, `EXPOSE ${goSlice(ports.ports)}`);
    }
    case 'volume': {
      const r = expandAll(c.volumes, state.env, esc);
      if (!r.ok) return r;
      if (r.values.some((v) => v === '')) return { ok: false, error: 'VOLUME specified can not be an empty string' };
      const all = [...new Set([...state.config.Volumes, ...r.values])].sort();
      return set(state, { Volumes: all }, `VOLUME ${goSlice(r.values)}`);
    }
    case 'label': {
      const labels = { ...state.config.Labels };
      const parts: string[] = [];
      for (const pair of c.pairs) {
        const key = expandWord(pair.key, state.env, esc);
        if (!key.ok) return key;
        const value = expandWord(pair.value, state.env, esc);
        if (!value.ok) return value;
        labels[key.value] = value.value;
        parts.push(`${key.value}=${value.value}`);
      }
      return set(state, { Labels: labels }, `LABEL ${parts.join(' ')}`);
    }
    case 'healthcheck': {
      const h = c.health;
      const health = { Test: [...h.test], Interval: h.intervalNs, Timeout: h.timeoutNs, StartPeriod: h.startPeriodNs, StartInterval: h.startIntervalNs, Retries: h.retries };
      return set(state, { Healthcheck: health }, healthText(health));
    }
    case 'stopsignal': {
      const r = expandWord(c.signal, state.env, esc);
      if (!r.ok) return r;
      const bad = checkSignal(r.value);
      return bad !== null ? { ok: false, error: bad } : set(state, { StopSignal: r.value }, `STOPSIGNAL ${r.value}`);
    }
    case 'maintainer':
      return { ok: true, createdBy: `MAINTAINER ${c.maintainer}` };
    case 'onbuild':
      return set(state, { OnBuild: [...state.config.OnBuild, c.expression] }, null);
    default:
      return null;
  }
}
