/**
 * curl and wget: a catalogued URL (the ZooKeeper 3.6.1 tarball: 12,350,658 B) downloads its
 * real size; any other URL gets the catalog's estimate (10 MB) and a note. The file remembers
 * its URL in its origin, so tar/unzip can unpack it to the catalogued size. A few installer
 * scripts (NodeSource's setup_XX.x) come with a model of what they do, so `curl ... | bash -`
 * has its effect. With `--network=none` the name lookup fails: curl exits 6, wget 4.
 */
import { estimateArtifact } from '../../../catalog';
import { getEntry, locate, parentPath } from '../../../fs';
import { downloadModel, downloadMs } from '../models';
import { abs, addTime, noteEstimate, parseArgs, print, printErr, putFile } from './api';
import { busybox } from './fsCommon';
import type { Invocation } from './types';

/** What a known installer script does, as shell text the interpreter runs. */
const SCRIPTS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^https?:\/\/deb\.nodesource\.com\/setup_(\d+|lts)\.x$/,
    (m) =>
      `#!/bin/bash\n# Model of NodeSource's setup script: add the apt repository for Node.js ${m[1] ?? ''}.x\napt-get update -qq\n` +
      `mkdir -p /usr/share/keyrings\nprintf 'nodesource key\\n' > /usr/share/keyrings/nodesource.gpg\n` +
      `echo "deb [signed-by=/usr/share/keyrings/nodesource.gpg] https://deb.nodesource.com/node_${m[1] ?? '20'}.x nodistro main" > /etc/apt/sources.list.d/nodesource.list\napt-get update -qq\n`,
  ],
];

export interface Fetched {
  url: string;
  bytes: number;
  /** Text when we know it (installer scripts). */
  content?: string;
  filename: string;
}

export function hostOf(url: string): string {
  return /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? url;
}

/** Resolve a URL to bytes (and text for known scripts), recording the time and any estimate. */
export function fetchUrl(inv: Invocation, url: string): Fetched {
  for (const [re, script] of SCRIPTS) {
    const m = re.exec(url.replace(/\/+$/, ''));
    if (m !== null) {
      const content = script(m);
      addTime(inv, 300, 'script download ~0.3 s');
      return { url, bytes: content.length, content, filename: url.split('/').pop() ?? 'script' };
    }
  }
  const found = estimateArtifact(url);
  if (found.warning !== '') noteEstimate(inv, `download ${url}: ${found.warning}`);
  addTime(inv, downloadMs(found.artifact.downloadBytes), `download: ${downloadModel(found.artifact.downloadBytes)}`);
  return { url, bytes: found.artifact.downloadBytes, filename: found.artifact.filename };
}

/** Write a download to `path`, keeping its URL in the origin for tar/unzip. */
export function saveDownload(inv: Invocation, path: string, f: Fetched): boolean {
  const spec = f.content !== undefined ? { content: f.content } : { size: f.bytes, seed: `download:${f.url}` };
  return putFile(inv, path, spec, { category: 'downloads', url: f.url, packageName: f.filename }).ok;
}

function parentOk(inv: Invocation, path: string): boolean {
  const loc = locate(inv.sh.shared.tree, parentPath(abs(inv, path)));
  return loc.status === 'in-bulk' || (loc.status === 'found' && (loc.entry.kind === 'dir' || loc.entry.kind === 'bulk'));
}

function toStdout(inv: Invocation, f: Fetched): void {
  if (f.content !== undefined) print(inv, f.content);
  else inv.io.stdout.writeOpaque(f.bytes, `download:${f.url}`);
}

export function curlCmd(inv: Invocation): number {
  const p = parseArgs(inv.args, ['o', 'output', 'H', 'header', 'X', 'request', 'd', 'data', 'data-binary', 'u', 'user', 'w', 'write-out', 'retry', 'retry-delay', 'retry-max-time', 'm', 'max-time', 'connect-timeout', 'A', 'user-agent', 'e', 'proto', 'tlsv1.2', 'cacert', 'x', 'proxy', 'C', 'T', 'F', 'form', 'b', 'c', 'r', 'url', 'limit-rate', 'max-redirs', 'continue-at', 'netrc-file', 'key', 'cert', 'resolve', 'dns-servers', 'interface']);
  const urls = [...p.operands, ...(p.values.get('url') ?? [])].filter((u) => /^[a-z]+:\/\//i.test(u) || /\.\w+\//.test(u));
  const outputs = [...(p.values.get('o') ?? []), ...(p.values.get('output') ?? [])];
  const silent = p.flags.has('s') || p.flags.has('silent');
  const showErrors = p.flags.has('S') || p.flags.has('show-error');
  const remoteName = p.flags.has('O') || p.flags.has('remote-name') || p.flags.has('remote-name-all');
  if (urls.length === 0) {
    printErr(inv, "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  let status = 0;
  urls.forEach((url, i) => {
    if (inv.sh.shared.ctx.network === 'none') {
      if (!silent || showErrors) printErr(inv, `curl: (6) Could not resolve host: ${hostOf(url)}\n`);
      status = 6;
      return;
    }
    const f = fetchUrl(inv, url);
    const out = outputs[i] ?? (remoteName ? (f.filename || 'index.html') : undefined);
    if (out === undefined || out === '-') {
      toStdout(inv, f);
      return;
    }
    if (!parentOk(inv, out) && !p.flags.has('create-dirs')) {
      if (!silent || showErrors) printErr(inv, `curl: (23) Failure writing output to destination, passed ${f.bytes} returned 0\n`);
      status = 23;
      return;
    }
    if (!silent) printErr(inv, `  % Total    % Received % Xferd  Average Speed   Time\n100 ${(f.bytes / 1048576).toFixed(1)}M  100 ${(f.bytes / 1048576).toFixed(1)}M    0     0  19.1M      0 --:--:-- --:--:-- --:--:-- 19.1M\n`);
    if (!saveDownload(inv, out, f)) status = 23;
  });
  return status;
}

export function wgetCmd(inv: Invocation): number {
  const p = parseArgs(inv.args, ['O', 'output-document', 'P', 'directory-prefix', 'T', 'timeout', 't', 'tries', 'U', 'user-agent', 'header', 'o', 'a', 'e', 'user', 'password', 'ca-certificate']);
  const urls = p.operands.filter((u) => /^[a-z]+:\/\//i.test(u) || u.includes('/'));
  const output = p.values.get('O')?.[0] ?? p.values.get('output-document')?.[0];
  const prefix = p.values.get('P')?.[0] ?? p.values.get('directory-prefix')?.[0] ?? '.';
  let status = 0;
  for (const url of urls) {
    if (inv.sh.shared.ctx.network === 'none') {
      printErr(inv, busybox(inv) ? `wget: bad address '${hostOf(url)}'\n` : `wget: unable to resolve host address '${hostOf(url)}'\n`);
      status = busybox(inv) ? 1 : 4;
      continue;
    }
    const f = fetchUrl(inv, url);
    if (output === '-') {
      toStdout(inv, f);
      continue;
    }
    let path = output ?? `${prefix}/${f.filename || 'index.html'}`;
    if (output === undefined && getEntry(inv.sh.shared.tree, abs(inv, path)) !== undefined) path = `${path}.1`;
    if (!parentOk(inv, path)) {
      printErr(inv, `${path}: No such file or directory\n`);
      status = 1;
      continue;
    }
    saveDownload(inv, path, f);
  }
  return status;
}
