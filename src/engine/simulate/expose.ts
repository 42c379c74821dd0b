/**
 * EXPOSE port specs (dockerfile2llb/convert_expose.go `parsePortSpec`):
 * `[ip:][hostport:]port[-end][/proto]` gives `port/proto` for every port of the range; the
 * protocol defaults to tcp and is lowercased.
 */
export type PortsResult = { ok: true; ports: string[] } | { ok: false; error: string };

/** Go's strconv.ParseUint(s, 10, 16). */
function parsePort(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n <= 65535 ? n : null;
}

function parseRange(text: string): { start: number; end: number } | null {
  if (text === '') return null;
  if (!text.includes('-')) {
    const p = parsePort(text);
    return p === null ? null : { start: p, end: p };
  }
  const parts = text.split('-');
  if (parts.length !== 2) return null;
  const start = parsePort(parts[0]!);
  const end = parsePort(parts[1]!);
  if (start === null || end === null || end < start) return null;
  return { start, end };
}

function splitParts(raw: string): { ip: string; host: string; container: string } {
  const parts = raw.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', host: '', container: parts[0]! };
  if (n === 2) return { ip: '', host: parts[0]!, container: parts[1]! };
  return { ip: parts.slice(0, n - 2).join(':'), host: parts[n - 2]!, container: parts[n - 1]! };
}

function isIp(text: string): boolean {
  const ip = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (/^(\d{1,3})(\.\d{1,3}){3}$/.test(ip)) return ip.split('.').every((o) => Number(o) <= 255);
  return /^[0-9a-fA-F:]+$/.test(ip) && ip.includes(':');
}

/** Every port of one spec, or BuildKit's error. */
export function parsePortSpec(raw: string): PortsResult {
  const { ip, host, container } = splitParts(raw);
  const slash = container.indexOf('/');
  const port = slash < 0 ? container : container.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : container.slice(slash + 1).toLowerCase() || 'tcp';
  if (port === '') return { ok: false, error: `no port specified: ${container}<empty>` };
  if (!['tcp', 'udp', 'sctp'].includes(proto)) return { ok: false, error: `invalid proto: ${proto}` };
  if (ip !== '' && !isIp(ip)) return { ok: false, error: `invalid IP address: ${ip}` };
  const range = parseRange(port);
  if (range === null) return { ok: false, error: `invalid containerPort: ${port}` };
  if (host !== '') {
    const hostRange = parseRange(host);
    if (hostRange === null) return { ok: false, error: `invalid hostPort: ${host}` };
    if (range.end - range.start !== hostRange.end - hostRange.start && range.end !== range.start) {
      return { ok: false, error: `invalid ranges specified for container and host Ports: ${port} and ${host}` };
    }
  }
  const ports: string[] = [];
  for (let p = range.start; p <= range.end; p++) ports.push(`${p}/${proto}`);
  return { ok: true, ports };
}

/** All specs in order (`parsePortSpecs`). */
export function parsePortSpecs(specs: readonly string[]): PortsResult {
  const ports: string[] = [];
  for (const spec of specs) {
    const r = parsePortSpec(spec);
    if (!r.ok) return r;
    ports.push(...r.ports);
  }
  return { ok: true, ports };
}
