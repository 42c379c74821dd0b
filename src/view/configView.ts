/** The image config panel's rows: the OCI config fields a Dockerfile sets, worded for display. */
import type { ImageConfig } from '../engine';

export interface ConfigRow {
  key: string;
  /** One display line per value; empty when the field is unset. */
  values: string[];
}

const json = (v: string[] | null): string[] => (v === null ? [] : [JSON.stringify(v)]);

export function toConfigRows(config: ImageConfig | undefined): ConfigRow[] {
  if (!config) return [];
  return [
    { key: 'Env', values: config.Env },
    { key: 'Cmd', values: json(config.Cmd) },
    { key: 'Entrypoint', values: json(config.Entrypoint) },
    { key: 'WorkingDir', values: config.WorkingDir ? [config.WorkingDir] : [] },
    { key: 'User', values: config.User ? [config.User] : [] },
    { key: 'ExposedPorts', values: config.ExposedPorts },
    { key: 'Volumes', values: config.Volumes },
    { key: 'Labels', values: Object.entries(config.Labels).map(([k, v]) => `${k}=${v}`) },
  ];
}
